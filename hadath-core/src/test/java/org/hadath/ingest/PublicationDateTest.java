package org.hadath.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Optional;
import org.hadath.model.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Where a document's publication date comes from, one test per source, in priority order. */
class PublicationDateTest {
  private static final String BODY =
      "قتل ثلاثة مدنيين أمس الأربعاء بقصف مدفعي على بلدة في ريف إدلب الجنوبي، بحسب ناشطين.\n"
          + "وقال الدفاع المدني إن فرقه انتشلت الضحايا من تحت الأنقاض.\n";

  @TempDir Path dir;

  private Document read(String name, String content, IngestOptions options) throws IOException {
    Path f = dir.resolve(name);
    Files.writeString(f, content, StandardCharsets.UTF_8);
    return ((Ingested.Read) Fixtures.ingest(options, f.toString()).get(0)).document();
  }

  private Document read(String name, String content) throws IOException {
    return read(name, content, IngestOptions.defaults());
  }

  @Test
  void dateLineBeforeTheBodyGivesThePublicationDate() throws IOException {
    Document d = read("a.txt", "قصف على ريف إدلب يقتل ثلاثة مدنيين\nالخميس 2018/03/29\n" + BODY);
    assertThat(d.published()).contains(LocalDate.of(2018, 3, 29));
  }

  @Test
  void englishDateLineGivesThePublicationDate() throws IOException {
    Document d =
        read(
            "b.txt",
            "Shelling kills three in Idlib\ndate 2018-10-15\n"
                + "Shelling killed three civilians in a town south of Idlib on Sunday, activists"
                + " said.\nRescuers pulled the bodies from the rubble.\n");
    assertThat(d.published()).contains(LocalDate.of(2018, 10, 15));
  }

  @Test
  void aDateInTheBodyIsNotThePublicationDate() throws IOException {
    Document d =
        read(
            "c.txt",
            "قصف على ريف إدلب يقتل ثلاثة مدنيين\n"
                + "قتل ثلاثة مدنيين يوم 12 آذار 2018 بقصف مدفعي على بلدة في ريف إدلب، بحسب ناشطين.\n"
                + "وقال الدفاع المدني إن فرقه انتشلت الضحايا.\n");
    assertThat(d.published()).isEmpty();
  }

  @Test
  void urlPathGivesThePublicationDateBeforeTheDateLine() throws IOException {
    String html =
        "<html><head><link rel=\"canonical\" href=\"https://example.org/news/2017/10/04/story.html\">"
            + "</head><body><article><h1>قصف على ريف إدلب يقتل ثلاثة مدنيين</h1>"
            + "<p>الخميس 2018/03/29</p><p>"
            + BODY.replace("\n", "</p><p>")
            + "</p></article></body></html>";
    assertThat(read("d.html", html).published()).contains(LocalDate.of(2017, 10, 4));
  }

  @Test
  void metadataWinsOverTheUrl() throws IOException {
    String html =
        "<html><head><link rel=\"canonical\" href=\"https://example.org/news/2017/10/04/story.html\">"
            + "<meta property=\"article:published_time\" content=\"2017-10-05T09:00:00+03:00\">"
            + "</head><body><article><h1>قصف على ريف إدلب يقتل ثلاثة مدنيين</h1><p>"
            + BODY.replace("\n", "</p><p>")
            + "</p></article></body></html>";
    assertThat(read("e.html", html).published()).contains(LocalDate.of(2017, 10, 5));
  }

  @Test
  void publishedOptionOnlyWhenTheTextCarriesNoDate() throws IOException {
    IngestOptions o = IngestOptions.defaults().withPublished(LocalDate.of(2020, 1, 1));
    assertThat(read("f.txt", "قصف على ريف إدلب يقتل ثلاثة مدنيين\n" + BODY, o).published())
        .contains(LocalDate.of(2020, 1, 1));
    assertThat(
            read("g.txt", "قصف على ريف إدلب يقتل ثلاثة مدنيين\nالخميس 2018/03/29\n" + BODY, o)
                .published())
        .contains(LocalDate.of(2018, 3, 29));
  }

  @Test
  void fromDateLinesReadsOnlyZonesBeforeTheBody() {
    String t = "عنوان الخبر هنا\nالخميس 2018/03/29\n" + BODY;
    Page p = PageAnalyzer.bundled().analyze(t, PageAnalyzer.Hints.none());
    assertThat(DocumentReader.fromDateLines(t, p))
        .isEqualTo(Optional.of(LocalDate.of(2018, 3, 29)));
  }
}
