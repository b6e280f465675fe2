package org.hadath.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.hadath.model.Document;
import org.hadath.model.Language;
import org.hadath.model.Zone;
import org.junit.jupiter.api.Test;

class ReadersTest {
  private static Reader resource(String name) {
    return new InputStreamReader(
        ReadersTest.class.getResourceAsStream(name), StandardCharsets.UTF_8);
  }

  @Test
  void goldDevLinesBecomeDocumentsWithTheirEvents() throws Exception {
    List<GoldDocument> docs = GoldReader.read(resource("gold-dev-sample.jsonl"), "sample.jsonl");
    assertThat(docs).extracting(GoldDocument::id).containsExactly("ar-003", "en-003");
    assertThat(docs)
        .extracting(GoldDocument::where)
        .containsExactly("sample.jsonl:1", "sample.jsonl:2");
    assertThat(docs.get(0).language()).isEqualTo(Language.AR);
    assertThat(docs.get(0).page()).isTrue();
    GoldEvent e = docs.get(0).events().get(0);
    assertThat(e.eventType()).isEqualTo("Explosions/Remote violence");
    assertThat(e.admin1()).contains("Dar'a");
    assertThat(e.wounded()).contains(2);
    assertThat(e.woundedCoded()).isTrue();
    assertThat(e.date()).isEmpty();
    assertThat(docs.get(1).events())
        .extracting(GoldEvent::fatalities)
        .containsExactly(Optional.of(13), Optional.of(0));
  }

  @Test
  void badGoldLineNamesFileAndLine() {
    String lines =
        "{\"id\": \"x\", \"lang\": \"ar\", \"published\": null, \"text\": \"t\", \"events\": []}\n"
            + "\n"
            + "{\"id\": \"y\", \"lang\": \"fr\", \"text\": \"t\", \"events\": []}\n";
    assertThatThrownBy(() -> GoldReader.read(new StringReader(lines), "g.jsonl"))
        .isInstanceOf(GoldFormatException.class)
        .hasMessageContaining("g.jsonl:3")
        .hasMessageContaining("\"fr\"");
    assertThatThrownBy(() -> GoldReader.read(new StringReader("{not json\n"), "g.jsonl"))
        .isInstanceOf(GoldFormatException.class)
        .hasMessageStartingWith("g.jsonl:1: not a JSON object");
    assertThatThrownBy(
            () ->
                GoldReader.read(
                    new StringReader(
                        "{\"id\": \"x\", \"lang\": \"en\", \"text\": \"t\", \"events\": [{\"event_type\": \"Battles\", \"sub_event_type\": \"Armed clash\", \"date\": \"2020-13-01\"}]}"),
                    "g.jsonl"))
        .hasMessageContaining("g.jsonl:1 event 0: \"date\" must be YYYY-MM-DD");
  }

  @Test
  void goldPagesGoThroughPageAnalysisAndBareTextIsOneBodyZone() throws Exception {
    GoldDocument page = GoldReader.read(resource("gold-dev-sample.jsonl"), "s").get(1);
    Document d = EvalDocuments.of(page);
    assertThat(d.title()).contains("Iraq: Car bomb kills 13, wounds 27");
    assertThat(d.zones(Zone.Kind.BODY)).isNotEmpty();
    GoldDocument bare =
        new GoldDocument("n", "n:1", Language.EN, Optional.empty(), "One line.", false, List.of());
    assertThat(EvalDocuments.of(bare).zones())
        .containsExactly(new Zone(Zone.Kind.BODY, new org.hadath.model.Span(0, 9)));
  }

  @Test
  void acledRowsAreNotesWithOneGoldEvent() throws Exception {
    List<GoldDocument> docs = AcledReader.read(resource("acled-invented.csv"), "a.csv");
    assertThat(docs).hasSize(2); // the row without notes is skipped
    GoldDocument first = docs.get(0);
    assertThat(first.id()).isEqualTo("1");
    assertThat(first.language()).isEqualTo(Language.EN);
    assertThat(first.published()).contains(LocalDate.of(2020, 5, 3));
    assertThat(first.page()).isFalse();
    GoldEvent e = first.events().get(0);
    assertThat(e.actor1()).containsExactly("Military Forces of Gondor (2019-)");
    assertThat(e.actor2()).containsExactly("Orc Militia");
    assertThat(e.location()).containsExactly("Minas Tirith");
    assertThat(e.latitude()).contains(35.5);
    assertThat(e.fatalities()).contains(2);
    assertThat(e.woundedCoded()).isFalse();
    assertThat(e.civilianTargeting()).isEmpty();
    GoldDocument second = docs.get(1);
    assertThat(second.text())
        .isEqualTo(
            "On 4 May 2020, residents protested in Osgiliath, saying \"enough\"\nover fuel prices.");
    assertThat(second.where()).isEqualTo("a.csv:3");
    assertThat(second.events().get(0).actor2()).isEmpty();
    assertThat(second.events().get(0).date()).contains(LocalDate.of(2020, 5, 4));
  }

  @Test
  void acledCsvWithWindowsLineEndsAndQuotedCommas() throws Exception {
    String csv =
        "event_date,event_type,sub_event_type,actor1,actor2,admin1,location,latitude,longitude,fatalities,notes\r\n"
            + "1-May-20,Battles,Armed clash,A,B,C,D,1.5,2.5,3,\"On 1 May 2020, A, B and C met.\"\r\n"
            + "2-May-20,Battles,Armed clash,A,,C,D,,,0,Short note\r\n";
    List<GoldDocument> docs = AcledReader.read(new StringReader(csv), "w.csv");
    assertThat(docs)
        .extracting(GoldDocument::text)
        .containsExactly("On 1 May 2020, A, B and C met.", "Short note");
    assertThat(docs).extracting(GoldDocument::where).containsExactly("w.csv:2", "w.csv:3");
    assertThat(docs.get(1).events().get(0).hasCoordinates()).isFalse();
    assertThat(docs.get(1).id()).isEqualTo("row 3");
  }

  @Test
  void acledRowWithTooFewFieldsNamesItsLine() {
    String csv =
        "event_date,event_type,sub_event_type,actor1,actor2,admin1,location,latitude,longitude,fatalities,notes\n"
            + "1-May-20,Battles\n";
    assertThatThrownBy(() -> AcledReader.read(new StringReader(csv), "t.csv"))
        .isInstanceOf(GoldFormatException.class)
        .hasMessageContaining("t.csv:2: has 2 fields, the header 11");
  }

  @Test
  void acledHeaderWithoutNotesIsAFormatError() {
    assertThatThrownBy(
            () ->
                AcledReader.read(
                    new StringReader("event_date,event_type\n1-May-20,Battles\n"), "a.csv"))
        .isInstanceOf(GoldFormatException.class)
        .hasMessageContaining("a.csv:1")
        .hasMessageContaining("notes");
  }

  @Test
  void acledActorRenamedSinceTheExportAcceptsBothNames() {
    assertThat(AcledReader.names("Military Forces of Yemen (2016-) Supreme Political Council"))
        .containsExactly(
            "Military Forces of Yemen (2016-) Supreme Political Council",
            "Military Forces of Yemen (2017-) Houthi");
    assertThat(AcledReader.names(" Civilians (Yemen) ")).containsExactly("Civilians (Yemen)");
    assertThat(AcledReader.names(" ")).isEmpty();
  }

  @Test
  void acledDateFormats() throws GoldFormatException {
    assertThat(AcledReader.date("9-May-20", "x")).isEqualTo(LocalDate.of(2020, 5, 9));
    assertThat(AcledReader.date("09 May 2020", "x")).isEqualTo(LocalDate.of(2020, 5, 9));
    assertThat(AcledReader.date("2020-05-09", "x")).isEqualTo(LocalDate.of(2020, 5, 9));
    assertThatThrownBy(() -> AcledReader.date("May 9", "a.csv:4"))
        .hasMessageContaining("a.csv:4: event_date \"May 9\"");
  }

  @Test
  void sentencesAreArabicBareTextWithTheirClass() throws IOException, GoldFormatException {
    String lines =
        "{\"id\": \"s1\", \"date\": \"20071208\", \"category\": \"ASSAULT\", \"text\": \"انفجرت سيارة مفخخة\"}\n"
            + "{\"id\": \"s2\", \"category\": \"PROTEST\", \"text\": \"تظاهر المئات\"}\n";
    List<GoldSentence> s = SentenceReader.read(new StringReader(lines), "s.jsonl");
    assertThat(s).extracting(GoldSentence::category).containsExactly("ASSAULT", "PROTEST");
    assertThat(s.get(0).document().published()).contains(LocalDate.of(2007, 12, 8));
    assertThat(s.get(1).document().published()).isEmpty();
    assertThat(s.get(0).document().language()).isEqualTo(Language.AR);
    assertThatThrownBy(
            () ->
                SentenceReader.read(
                    new StringReader("{\"id\": \"s\", \"category\": \"RIOT\", \"text\": \"x\"}"),
                    "s.jsonl"))
        .hasMessageContaining("s.jsonl:1: \"category\" must be one of [ASSAULT, PROTEST]");
  }

  @Test
  void sentenceClassesPerClassCounts() {
    SentenceScores s = new SentenceScores();
    s.add("ASSAULT", java.util.Set.of("ASSAULT"));
    s.add("ASSAULT", java.util.Set.of());
    s.add("PROTEST", java.util.Set.of("ASSAULT", "PROTEST"));
    assertThat(SentenceScores.classOf("Riots")).isEqualTo("PROTEST");
    assertThat(SentenceScores.classOf("Violence against civilians")).isEqualTo("ASSAULT");
    assertThat(SentenceScores.classOf("Strategic developments")).isNull();
    @SuppressWarnings("unchecked")
    java.util.Map<String, Object> assault =
        (java.util.Map<String, Object>)
            ((java.util.Map<String, Object>) s.toMap().get("classes")).get("ASSAULT");
    assertThat(assault)
        .containsEntry("gold", 2)
        .containsEntry("true_positives", 1)
        .containsEntry("false_positives", 1)
        .containsEntry("false_negatives", 1)
        .containsEntry("precision", 0.5)
        .containsEntry("recall", 0.5);
    assertThat(s.toMap()).containsEntry("sentences", 3).containsEntry("sentences_with_event", 2);
  }
}
