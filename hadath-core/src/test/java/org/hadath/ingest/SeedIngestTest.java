package org.hadath.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Collectors;
import org.hadath.model.Document;
import org.hadath.model.Zone;
import org.junit.jupiter.api.Test;

/** The canonical input: a Baladi News report saved as plain text by an aggregator. */
class SeedIngestTest {
  private static final String SEED = "seed/000_82c0b5339c11801b.txt";

  @Test
  void seedMatchesGolden() {
    String actual = Fixtures.render(Fixtures.read(SEED));
    assertThat(actual).isEqualTo(Fixtures.golden("seed.golden", actual));
  }

  @Test
  void seedIdIsTheFileName() {
    assertThat(Fixtures.read(SEED).id()).isEqualTo("000_82c0b5339c11801b.txt");
  }

  @Test
  void seedTextIsTheFileUnchanged() throws Exception {
    String file = java.nio.file.Files.readString(Fixtures.path(SEED));
    assertThat(Fixtures.read(SEED).document().text()).isEqualTo(file);
  }

  @Test
  void seedTitleDropsTheAggregatorSuffix() {
    assertThat(Fixtures.read(SEED).document().title())
        .contains("\"الأسد\" و\"قسد\" يتعاونان على الرقة بمباركة أمريكية");
  }

  @Test
  void seedBylineGivesOutletDatelineAndAuthor() {
    Document d = Fixtures.read(SEED).document();
    assertThat(d.outlet()).contains("Baladi News");
    assertThat(d.dateline()).contains("الرقة");
    assertThat(d.author()).contains("مأمون السيد");
    assertThat(d.zones(Zone.Kind.BYLINE))
        .extracting(z -> d.textAt(z.span()))
        .containsExactly("بلدي نيوز – الرقة (مأمون السيد)");
  }

  @Test
  void seedFirstLineAndRepeatedHeadlineAreTitleZones() {
    Document d = Fixtures.read(SEED).document();
    assertThat(d.zones(Zone.Kind.TITLE))
        .extracting(z -> d.textAt(z.span()))
        .containsExactly(
            "\"الأسد\" و\"قسد\" يتعاونان على الرقة بمباركة أمريكية - It's Over 9000!",
            "\"الأسد\" و\"قسد\" يتعاونان على الرقة بمباركة أمريكية");
  }

  @Test
  void seedRelatedListIsRelatedNotBody() {
    Document d = Fixtures.read(SEED).document();
    List<String> related =
        d.zones(Zone.Kind.RELATED).stream()
            .map(z -> d.textAt(z.span()))
            .collect(Collectors.toList());
    assertThat(related).hasSize(7).startsWith("مقالات ذات صلة");
    assertThat(d.cleanText().text()).doesNotContain("مقالات ذات صلة").doesNotContain("منبج");
  }

  @Test
  void seedBodyIsTheSevenParagraphs() {
    Document d = Fixtures.read(SEED).document();
    List<Zone> body = d.zones(Zone.Kind.BODY);
    assertThat(body).hasSize(7);
    assertThat(d.textAt(body.get(0).span())).startsWith("أكدت مصادر عسكرية");
    assertThat(d.textAt(body.get(6).span())).endsWith("عالقين تحت الأنقاض.");
  }

  @Test
  void seedTrailingSlashesAreBoilerplate() {
    Document d = Fixtures.read(SEED).document();
    assertThat(d.zones(Zone.Kind.BOILERPLATE))
        .extracting(z -> d.textAt(z.span()))
        .containsExactly("//");
  }

  @Test
  void seedReadsWithoutProblems() {
    assertThat(Fixtures.read(SEED).problems()).isEmpty();
  }
}
