package org.hadath.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DedupTest {
  private static final String STORY =
      "غارة على Minas صباح اليوم أسفرت عن مقتل ثلاثة مدنيين وجرح خمسة آخرين بحسب مصادر محلية"
          + " في المدينة، وقال الدفاع المدني إن فرقه انتشلت الجثث من تحت الأنقاض بعد ساعات.";
  private static final String OTHER =
      "غارة على Minas مساء الأمس استهدفت مستودعا للذخيرة قرب المطار العسكري دون أن تسفر عن"
          + " خسائر بشرية، بحسب ما أفاد ناشطون في المنطقة الشرقية من المحافظة.";

  @TempDir Path dir;
  private final ObjectMapper json = new ObjectMapper();

  private String file(String name, String text) throws IOException {
    Path p = dir.resolve(name);
    Files.writeString(p, text, StandardCharsets.UTF_8);
    return p.toString();
  }

  private JsonNode line(Cli.Run r, int i) throws IOException {
    return json.readTree(r.lines().get(i));
  }

  @Test
  void aSyndicatedCopyIsSkippedAsADuplicateOfTheOriginal() throws IOException {
    Path report = dir.resolve("report.jsonl");
    Cli.Run r =
        Cli.run(
            "extract",
            "--threads",
            "2",
            "--report",
            report.toString(),
            file("a.txt", STORY),
            file("b.txt", OTHER),
            file("c.txt", "  " + STORY.replace("،", ",") + " (وكالات)"));
    assertThat(r.code()).isZero();
    JsonNode copy = line(r, 2);
    assertThat(copy.get("status").textValue()).isEqualTo("skipped");
    assertThat(copy.get("reason").textValue())
        .matches("duplicate of a\\.txt \\(similarity 0\\.\\d\\d\\)");
    assertThat(copy.get("duplicate_of").textValue()).isEqualTo("a.txt");
    assertThat(copy.get("events")).isEmpty();
    assertThat(line(r, 0).get("status").textValue()).isEqualTo("processed");
    assertThat(line(r, 0).has("duplicate_of")).isFalse();
    assertThat(line(r, 1).get("status").textValue()).isEqualTo("processed");
    List<String> rep = Files.readAllLines(report);
    assertThat(json.readTree(rep.get(2)).get("duplicate_of").textValue()).isEqualTo("a.txt");
    assertThat(json.readTree(rep.get(0)).has("duplicate_of")).isFalse();
    assertThat(r.err()).contains("3 documents: 2 processed, 1 skipped (1 duplicate), 0 failed");
  }

  @Test
  void noDedupProcessesCopies() throws IOException {
    Cli.Run r = Cli.run("extract", "--no-dedup", file("a.txt", STORY), file("c.txt", STORY));
    assertThat(r.code()).isZero();
    assertThat(line(r, 1).get("status").textValue()).isEqualTo("processed");
    assertThat(line(r, 1).get("events")).isNotEmpty();
    assertThat(r.err()).contains("2 processed, 0 skipped, 0 failed");
  }

  @Test
  void duplicatesAreTheSameWhateverTheNumberOfThreads() throws IOException {
    String[] files = new String[40];
    for (int i = 0; i < files.length; i++) {
      files[i] = file(String.format("d%02d.txt", i), i % 3 == 0 ? STORY : OTHER + " " + i);
    }
    String one = Cli.run(concat("extract", "--threads", "1", files)).out();
    String two = Cli.run(concat("extract", "--threads", "2", files)).out();
    assertThat(two).isEqualTo(one);
    assertThat(one).contains("\"duplicate_of\":\"d00.txt\"");
  }

  private static String[] concat(String a, String b, String c, String[] rest) {
    String[] all = new String[rest.length + 3];
    all[0] = a;
    all[1] = b;
    all[2] = c;
    System.arraycopy(rest, 0, all, 3, rest.length);
    return all;
  }
}
