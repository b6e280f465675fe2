package org.hadath.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.hadath.text.ner.NerModel;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code hadath train-ner} on a few sentences written for this test in the NewsFANE format. */
class TrainNerCommandTest {
  @TempDir Path dir;

  private Path corpus() throws IOException {
    StringBuilder sb = new StringBuilder("\uFEFF");
    String[] sentences = {
      "قصفت O|الطائرات O|قرية O|كفرزيتا B-Population-Center|. O",
      "قال O|الناشط O|سامر B-Other_PER|الحلبي I-Other_PER|. O",
      "هاجمت O|حركة B-Non-Governmental|الاحرار I-Non-Governmental|بلدة O|تلعاس B-Population-Center",
      "قصفت O|المدفعية O|بلدة O|سرمين B-Population-Center|. O"
    };
    for (String s : sentences) {
      for (String tok : s.split("\\|")) {
        String[] p = tok.split(" ");
        sb.append('\u200E').append(p[0]).append('\t').append(p[1]).append("\r\n");
      }
      sb.append("\t\r\n");
    }
    Path p = dir.resolve("corpus.txt");
    Files.writeString(p, sb.toString(), StandardCharsets.UTF_8);
    return p;
  }

  @Test
  void trainsWritesTheModelAndPrintsHeldOutScores() throws IOException {
    Path out = dir.resolve("m.bin");
    Cli.Run r =
        Cli.run(
            "train-ner",
            "--corpus",
            corpus().toString(),
            "--out",
            out.toString(),
            "--epochs",
            "3",
            "--dev-fraction",
            "0.5",
            "--bucket-bits",
            "10");
    assertThat(r.code()).as(r.err()).isEqualTo(ExitCodes.OK);
    assertThat(r.lines().get(0)).isEqualTo("held-out dev: 2 sentences (every 2-th), trained on 2");
    assertThat(r.lines().get(1)).startsWith("type");
    assertThat(r.lines()).anyMatch(l -> l.startsWith("LOC "));
    assertThat(r.lines()).anyMatch(l -> l.startsWith("all "));
    assertThat(r.err()).contains("epoch 3:").contains("wrote " + out);
    try (InputStream in = Files.newInputStream(out)) {
      assertThat(NerModel.read(in).description())
          .isEqualTo(
              "newsfane:corpus.txt epochs=3 seed=1 dev-fraction=0.5 bucket-bits=10"
                  + " train-sentences=2");
    }
  }

  @Test
  void aMissingCorpusIsAUsageError() {
    Cli.Run r =
        Cli.run("train-ner", "--corpus", dir.resolve("none.txt").toString(), "--out", "m.bin");
    assertThat(r.code()).isEqualTo(ExitCodes.USAGE);
    assertThat(r.err()).contains("none.txt").contains("check the path");
  }

  @Test
  void aMalformedLineIsAUsageErrorNamingFileAndLine() throws IOException {
    Path c = dir.resolve("bad.txt");
    Files.writeString(c, "قال\tO\nكلمة\n", StandardCharsets.UTF_8);
    Cli.Run r =
        Cli.run("train-ner", "--corpus", c.toString(), "--out", dir.resolve("m.bin").toString());
    assertThat(r.code()).isEqualTo(ExitCodes.USAGE);
    assertThat(r.err()).contains("bad.txt:2");
  }

  @Test
  void badOptionValuesAreUsageErrors() throws IOException {
    Cli.Run r =
        Cli.run(
            "train-ner",
            "--corpus",
            corpus().toString(),
            "--out",
            dir.resolve("m.bin").toString(),
            "--dev-fraction",
            "0.9");
    assertThat(r.code()).isEqualTo(ExitCodes.USAGE);
    assertThat(r.err()).contains("dev fraction");
  }
}
