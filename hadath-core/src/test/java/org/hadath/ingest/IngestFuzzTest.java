package org.hadath.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.zip.GZIPOutputStream;
import org.hadath.ingest.html.HtmlExtractor;
import org.hadath.ingest.html.HtmlPage;
import org.hadath.ingest.jsonl.JsonlParser;
import org.hadath.model.Document;
import org.hadath.model.Zone;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Random and mutated inputs through every ingest function and through {@link Ingest#open}: no
 * exception escapes, offsets stay valid, every input is accounted for. Seeds are fixed, so a
 * failure reproduces.
 */
class IngestFuzzTest {
  private static final String ALPHABET =
      "ابتثجحخدذرزسشصضطظعغفقكلمنهويءآأإةىئؤ ًٌٍَُِّْـ٠١٢٣٤٥٦٧٨٩،؛؟«»"
          + "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"
          + " \t\n\r\n\n()[]{}<>-–—_:/|.,!?'\"\\&;#=%*+@~^$\u00a0\u200f\u200e\ufeff\u2028\u0000\u0001\u001b";

  private static final String[] TAGS = {
    "<p>",
    "</p>",
    "<div class=\"related\">",
    "<div class=\"share\">",
    "</div>",
    "<br>",
    "<h1>",
    "</h1>",
    "<article>",
    "</article>",
    "<script>",
    "</script>",
    "<!--",
    "-->",
    "<time datetime=\"2017-06-15\">",
    "<meta property=\"og:site_name\" content=\"",
    "\">",
    "<ul><li>",
    "</li></ul>",
    "<![CDATA[",
    "]]>",
    "<script type=\"application/ld+json\">{\"@type\":\"NewsArticle\",\"author\":[",
    "&amp;",
    "&#8211;",
    "<table><tr><td>",
    "<svg>",
    "<title>",
    "</title>",
    "<h1 class=\"byline\">"
  };

  private static String seedText() throws IOException {
    return Files.readString(Fixtures.path("seed/000_82c0b5339c11801b.txt"), StandardCharsets.UTF_8);
  }

  private static String htmlText() throws IOException {
    return Files.readString(Fixtures.path("html/arabic-cms-article.html"), StandardCharsets.UTF_8);
  }

  private static String randomString(Random r, int maxLen) {
    int n = r.nextInt(maxLen + 1);
    StringBuilder sb = new StringBuilder(n);
    for (int i = 0; i < n; i++) {
      int k = r.nextInt(20);
      if (k == 0) {
        sb.append((char) r.nextInt(0x10000)); // anything, lone surrogates included
      } else {
        sb.append(ALPHABET.charAt(r.nextInt(ALPHABET.length())));
      }
    }
    return sb.toString();
  }

  /** Deletes, duplicates, inserts random text or markup, and swaps chunks. */
  private static String mutate(Random r, String base, boolean markup) {
    StringBuilder sb = new StringBuilder(base);
    int ops = 1 + r.nextInt(8);
    for (int o = 0; o < ops; o++) {
      int len = sb.length();
      int at = len == 0 ? 0 : r.nextInt(len + 1);
      switch (r.nextInt(5)) {
        case 0:
          if (len > 0) {
            int end = Math.min(len, at + r.nextInt(200));
            sb.delete(at, end);
          }
          break;
        case 1:
          sb.insert(at, randomString(r, 40));
          break;
        case 2:
          if (markup) {
            sb.insert(at, TAGS[r.nextInt(TAGS.length)]);
          } else {
            sb.insert(at, r.nextBoolean() ? "\n" : " - ");
          }
          break;
        case 3:
          if (len > 10) {
            int from = r.nextInt(len - 5);
            int end = Math.min(len, from + r.nextInt(100));
            sb.insert(at, sb.substring(from, end));
          }
          break;
        default:
          if (len > 0) {
            sb.setLength(r.nextInt(len + 1));
          }
      }
    }
    return sb.toString();
  }

  /** Every zone is inside the text, non-empty, trimmed, in order and not overlapping. */
  private static void assertZonesValid(String text, List<Zone> zones) {
    int prevEnd = 0;
    for (Zone z : zones) {
      assertThat(z.span().start()).isGreaterThanOrEqualTo(prevEnd);
      assertThat(z.span().end()).isGreaterThan(z.span().start()).isLessThanOrEqualTo(text.length());
      assertThat(Bylines.isSpace(text.charAt(z.span().start()))).isFalse();
      assertThat(Bylines.isSpace(text.charAt(z.span().end() - 1))).isFalse();
      prevEnd = z.span().end();
    }
  }

  @Test
  void randomStringsThroughThePageAnalyzerGiveValidZones() throws IOException {
    Random r = new Random(1);
    String seed = seedText();
    PageAnalyzer a = PageAnalyzer.bundled();
    for (int i = 0; i < 3000; i++) {
      String text = i % 2 == 0 ? randomString(r, 400) : mutate(r, seed, false);
      Page p = a.analyze(text, PageAnalyzer.Hints.none());
      assertZonesValid(text, p.zones());
    }
  }

  @Test
  void randomLinesThroughBylinesAndTitlesNeverThrow() {
    Random r = new Random(2);
    Bylines b = Bylines.bundled();
    Titles t = Titles.bundled();
    String[] bases = {
      "بلدي نيوز – الرقة (مأمون السيد)", "BEIRUT (Reuters) - x y z", "دمشق-سانا", "قاسيون_متابعات"
    };
    for (int i = 0; i < 5000; i++) {
      String line =
          i % 2 == 0 ? randomString(r, 120) : mutate(r, bases[r.nextInt(bases.length)], false);
      Optional<Byline> y = b.read(line, true);
      y.ifPresent(v -> assertThat(v.length()).isBetween(0, line.length()));
      assertThat(t.clean(line, Optional.of(randomString(r, 10))).headline()).isNotNull();
    }
  }

  @Test
  void mutatedHtmlThroughTheExtractorGivesValidKnownLines() throws IOException {
    Random r = new Random(3);
    String html = htmlText();
    for (int i = 0; i < 1500; i++) {
      String h = i % 5 == 0 ? randomString(r, 300) : mutate(r, html, true);
      HtmlPage p = HtmlExtractor.extract(h, "");
      java.util.Map<Integer, Zone.Kind> forced = new java.util.HashMap<>();
      for (HtmlPage.KnownLine k : p.lines()) {
        assertThat(k.start()).isBetween(0, Math.max(0, p.text().length() - 1));
        forced.put(k.start(), k.kind());
      }
      // Every line the markup knows starts a zone of that kind: offsets agree with the analyzer.
      Page page =
          PageAnalyzer.bundled()
              .analyze(
                  p.text(),
                  new PageAnalyzer.Hints(
                      Optional.empty(), Optional.empty(), Optional.empty(), forced));
      assertZonesValid(p.text(), page.zones());
      java.util.Map<Integer, Zone.Kind> starts = new java.util.HashMap<>();
      page.zones().forEach(z -> starts.put(z.span().start(), z.kind()));
      forced.forEach(
          (start, kind) -> assertThat(starts.get(start)).as("zone at %d", start).isEqualTo(kind));
    }
  }

  @Test
  void mutatedJsonLinesParseOrFailCleanly() {
    Random r = new Random(4);
    String base =
        "{\"id\": \"a1\", \"text\": \"دمشق-سانا\\nنص\", \"title\": \"t\", \"published\": \"2019-05-02\", \"language\": \"ar\", \"url\": \"u\"}";
    int ok = 0;
    for (int i = 0; i < 5000; i++) {
      String line = i % 4 == 0 ? randomString(r, 100) : mutate(r, base, false);
      try {
        JsonlParser.parse(line);
        ok++;
      } catch (JsonlParser.InvalidLineException e) {
        assertThat(e.getMessage()).isNotBlank();
      }
    }
    assertThat(ok).isPositive();
  }

  @Test
  void thousandsOfMutatedFilesAreAllAccountedFor(@TempDir Path dir) throws IOException {
    Random r = new Random(5);
    String seed = seedText();
    String html = htmlText();
    long expected = 0;
    int files = 2000;
    for (int i = 0; i < files; i++) {
      String name = String.format(java.util.Locale.ROOT, "%04d", i);
      int kind = r.nextInt(5);
      byte[] bytes;
      switch (kind) {
        case 0:
          bytes = mutate(r, seed, false).getBytes(StandardCharsets.UTF_8);
          name += ".txt";
          expected++;
          break;
        case 1:
          bytes = mutate(r, html, true).getBytes(StandardCharsets.UTF_8);
          name += ".html";
          expected++;
          break;
        case 2:
          {
            StringBuilder jl = new StringBuilder();
            int n = r.nextInt(6);
            for (int l = 0; l < n; l++) {
              jl.append(
                      mutate(
                              r,
                              "{\"id\": \"d" + i + "_" + l + "\", \"text\": \"قصف على حلب\"}",
                              false)
                          .replace("\ufeff", ""))
                  .append('\n');
            }
            bytes = jl.toString().getBytes(StandardCharsets.UTF_8);
            name += ".jsonl";
            expected += countJsonlDocuments(bytes);
            break;
          }
        case 3:
          bytes = mutateBytes(r, seed.getBytes(StandardCharsets.UTF_8));
          name += ".txt";
          expected++;
          break;
        default:
          bytes = gzip(mutate(r, seed, false).getBytes(StandardCharsets.UTF_8));
          if (r.nextInt(4) == 0) {
            bytes = java.util.Arrays.copyOf(bytes, r.nextInt(bytes.length + 1));
          }
          name += ".txt.gz";
          expected++;
      }
      Files.write(dir.resolve(name), bytes);
    }
    long read = 0;
    long failed = 0;
    try (IngestStream s = Ingest.open(List.of(dir.toString()), IngestOptions.defaults())) {
      for (Ingested i : s) {
        if (i instanceof Ingested.Read) {
          read++;
          Document d = ((Ingested.Read) i).document();
          assertZonesValid(d.text(), d.zones());
        } else {
          failed++;
          Ingested.Failed f = (Ingested.Failed) i;
          assertThat(f.cause()).as(f.reason()).isNotEqualTo(Ingested.Cause.INTERNAL);
          assertThat(f.reason()).isNotBlank();
        }
      }
      assertThat(s.skippedCount()).isZero();
    }
    assertThat(read + failed).isEqualTo(expected);
    assertThat(read).isPositive();
    assertThat(failed).isPositive();
  }

  /** What the JSONL reader counts as documents: non-blank lines. */
  private static long countJsonlDocuments(byte[] b) {
    long n = 0;
    boolean content = false;
    boolean any = false;
    for (byte c : b) {
      if (c == '\n') {
        n += content ? 1 : 0;
        content = false;
        any = false;
      } else {
        any = true;
        if (c != ' ' && c != '\t' && c != '\r' && c != '\f') {
          content = true;
        }
      }
    }
    return n + (any && content ? 1 : 0);
  }

  private static byte[] mutateBytes(Random r, byte[] b) {
    byte[] out = b.clone();
    int n = 1 + r.nextInt(10);
    for (int i = 0; i < n && out.length > 0; i++) {
      out[r.nextInt(out.length)] = (byte) r.nextInt(256);
    }
    return out;
  }

  private static byte[] gzip(byte[] b) throws IOException {
    ByteArrayOutputStream bo = new ByteArrayOutputStream();
    try (GZIPOutputStream g = new GZIPOutputStream(bo)) {
      g.write(b);
    }
    return bo.toByteArray();
  }

  @Test
  void randomWholeDocumentsAsFilesNeverThrow(@TempDir Path dir) throws IOException {
    Random r = new Random(6);
    List<String> inputs = new ArrayList<>();
    for (int i = 0; i < 300; i++) {
      Path p = dir.resolve("r" + i + (i % 3 == 0 ? ".html" : i % 3 == 1 ? ".txt" : ".jsonl"));
      byte[] b = new byte[r.nextInt(2000)];
      r.nextBytes(b);
      Files.write(p, b);
      inputs.add(p.toString());
    }
    List<Ingested> all = Fixtures.ingest(inputs.toArray(new String[0]));
    assertThat(all).isNotEmpty();
    assertThat(all)
        .noneMatch(
            i ->
                i instanceof Ingested.Failed
                    && ((Ingested.Failed) i).cause() == Ingested.Cause.INTERNAL);
  }
}
