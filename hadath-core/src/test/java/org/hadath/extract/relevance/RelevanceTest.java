package org.hadath.extract.relevance;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.hadath.model.Document;
import org.hadath.model.DocumentResult;
import org.hadath.model.Span;
import org.hadath.model.Zone;
import org.hadath.pipeline.Annotated;
import org.hadath.pipeline.Pipeline;
import org.hadath.pipeline.Pipelines;
import org.hadath.pipeline.RelevanceStage;
import org.junit.jupiter.api.Test;

/** One test per rule of {@link Relevance}, run through the standard pipeline. */
class RelevanceTest {
  private static final Pipeline PIPELINE = Pipelines.standard();

  private static Relevance.Decision decide(String title, String text) {
    Document.Builder b =
        Document.builder("t", "test", text)
            .zones(List.of(new Zone(Zone.Kind.BODY, new Span(0, text.length()))));
    if (title != null) {
      b.title(title);
    }
    Annotated a = PIPELINE.run(b.build());
    return a.get(RelevanceStage.RELEVANCE);
  }

  private static Relevance.Decision decide(String text) {
    return decide(null, text);
  }

  @Test
  void aReportWithoutOffTopicWordsIsKeptByTheFirstRule() {
    Relevance.Decision d =
        decide("قتل ثلاثة مدنيين بقصف مدفعي لقوات النظام على بلدة كفرنبل جنوب إدلب اليوم الأحد.");
    assertThat(d.relevant()).isTrue();
    assertThat(d.rule()).isEqualTo("no-off-topic");
    assertThat(d.reason()).isEmpty();
  }

  @Test
  void offTopicWordsBelowTheThresholdsKeepTheDocument() {
    // one sports phrase (weight 1): no topic reaches weight 4 with two phrases
    Relevance.Decision d = decide("احتجز مسلحون عشرات المدنيين في الملعب البلدي بمدينة الرقة.");
    assertThat(d.relevant()).isTrue();
    assertThat(d.rule()).isEqualTo("no-off-topic");
  }

  @Test
  void anOffTopicDocumentWithoutEventWordsIsSkippedQuotingItsWords() {
    Relevance.Decision d =
        decide(
            "توقعت دائرة الأرصاد الجوية أن تتأثر البلاد بمنخفض جوي، وتهطل الأمطار الغزيرة على"
                + " فترات.");
    assertThat(d.relevant()).isFalse();
    assertThat(d.rule()).isEqualTo("off-topic");
    assertThat(d.reason())
        .contains(
            "not a conflict report (weather: «دائرة الأرصاد», «بمنخفض جوي», «الأمطار الغزيرة»;"
                + " no event trigger)");
  }

  @Test
  void aTriggerInsideAnOffTopicPhraseIsNoEventWord() {
    // «ضربة» and «هجمة» are triggers; «ضربة جزاء» and «هجمة مرتدة» explain them
    Relevance.Decision d =
        decide(
            "احتسب حكم المباراة ضربة جزاء للفريق الضيف. وسجل المنتخب هدف التعادل من هجمة مرتدة.");
    assertThat(d.relevant()).isFalse();
    assertThat(d.reason().orElseThrow()).endsWith("; no event trigger)");
  }

  @Test
  void eventWordsInOffTopicSentencesAreReadInContext() {
    Relevance.Decision d =
        decide(
            "شن أصحاب الأرض هجوما مكثفا في الشوط الثاني من المباراة. وأطلق اللاعب قذيفة سكنت"
                + " المرمى.");
    assertThat(d.relevant()).isFalse();
    assertThat(d.conflictWords()).containsExactly("هجوما", "قذيفة");
  }

  @Test
  void anArmedActorOutsideOffTopicSentencesKeepsTheDocument() {
    Relevance.Decision d =
        decide(
            "انتهت المباراة بالتعادل في الشوط الثاني بعد ضربة جزاء. وانتشرت قوات النظام في محيط"
                + " المدينة.");
    assertThat(d.relevant()).isTrue();
    assertThat(d.rule()).isEqualTo("conflict-words");
    assertThat(d.conflictWords()).containsExactly("قوات النظام");
  }

  @Test
  void casualtyWordsOutsideOffTopicSentencesKeepTheDocument() {
    Relevance.Decision d =
        decide(
            "The match ended goalless after extra time and a penalty shootout. Two people were"
                + " killed in the town later that night.");
    assertThat(d.relevant()).isTrue();
    assertThat(d.rule()).isEqualTo("conflict-words");
  }

  @Test
  void aProtestIsADemonstrationEvenInOffTopicContext() {
    Relevance.Decision d =
        decide(
            "Hundreds of football fans held a protest outside the stadium after the match, angry"
                + " at the league and the referee.");
    assertThat(d.relevant()).isTrue();
    assertThat(d.rule()).isEqualTo("conflict-in-context");
    assertThat(d.conflictWords()).containsExactly("protest");
  }

  @Test
  void aSpecificTriggerWithCasualtiesCountsEvenInOffTopicContext() {
    Relevance.Decision d =
        decide(
            "A car bomb exploded near the stadium during a league match, killing five fans and"
                + " wounding the referee.");
    assertThat(d.relevant()).isTrue();
    assertThat(d.rule()).isEqualTo("conflict-in-context");
  }

  @Test
  void aSpecificTriggerWithoutCasualtiesInOffTopicContextDoesNotCount() {
    Relevance.Decision d =
        decide(
            "The film follows soldiers fighting street by street; critics praised the movie's"
                + " battle scenes and the actors. The box office takings topped $40m.");
    assertThat(d.relevant()).isFalse();
  }

  @Test
  void aLoneLightTriggerIsOutweighedByAHeavyTopic() {
    Relevance.Decision d =
        decide(
            "Liverpool beat Chelsea 3-1 in the Premier League at Anfield, with a hat-trick in the"
                + " second half and a penalty kick in stoppage time. The visitors' attack never"
                + " recovered.");
    assertThat(d.relevant()).isFalse();
    assertThat(d.conflictWords()).contains("attack");
  }

  @Test
  void aLoneLightTriggerKeepsALightlyOffTopicDocument() {
    Relevance.Decision d =
        decide("The match was postponed by the referee. An attack was reported in town.");
    assertThat(d.relevant()).isTrue();
    assertThat(d.rule()).isEqualTo("conflict-words");
  }

  @Test
  void theTitleIsWeighedLikeASentence() {
    Relevance.Decision d =
        decide(
            "غارة جوية تقتل خمسة مدنيين",
            "توقعت دائرة الأرصاد الجوية منخفضا جويا، وتهطل الأمطار الغزيرة وتنخفض درجات"
                + " الحرارة.");
    assertThat(d.relevant()).isTrue();
    assertThat(d.rule()).isEqualTo("conflict-words");
  }

  @Test
  void aSkippedDocumentHasTheReasonAndNoEventsAndWithoutRelevanceItIsProcessed() {
    String text =
        "سجل اللاعب هدف الفوز في الشوط الثاني من المباراة، وشن المنتخب هجوما متواصلا على"
            + " المرمى.";
    DocumentResult skipped = PIPELINE.process(Document.ofText("s", text));
    assertThat(skipped.status()).isEqualTo(DocumentResult.Status.SKIPPED);
    assertThat(skipped.reason().orElseThrow()).startsWith("not a conflict report (sports: «");
    assertThat(skipped.events()).isEmpty();
    assertThat(skipped.language()).isPresent();
    DocumentResult all = Pipelines.withoutRelevance().process(Document.ofText("s", text));
    assertThat(all.status()).isEqualTo(DocumentResult.Status.PROCESSED);
  }

  @Test
  void randomTextNeverThrowsAndAlwaysDecides() {
    String[] words = {
      "هجوم",
      "قذيفة",
      "المباراة",
      "الشوط",
      "الأول",
      "قتل",
      "مدنيين",
      "قوات",
      "النظام",
      "ضربة",
      "جزاء",
      "الطقس",
      "الأمطار",
      "attack",
      "match",
      "killed",
      "the",
      "league",
      "strike",
      "rally",
      "campaign",
      "، ",
      ". ",
      "\n",
      "؟",
      "!",
      "«",
      "»",
      "123",
      "٣",
      "‏",
      "\u064B",
      "ـ",
      " "
    };
    Random rnd = new Random(20261125L);
    for (int i = 0; i < 2000; i++) {
      StringBuilder sb = new StringBuilder();
      int n = rnd.nextInt(60);
      for (int w = 0; w < n; w++) {
        if (rnd.nextInt(10) == 0) {
          sb.append((char) rnd.nextInt(0x700));
        } else {
          sb.append(words[rnd.nextInt(words.length)]).append(rnd.nextBoolean() ? " " : "");
        }
      }
      String text = sb.toString();
      Document doc =
          Document.builder("r" + i, "random", text)
              .title(rnd.nextBoolean() ? words[rnd.nextInt(words.length)] + " المباراة" : null)
              .zones(List.of(new Zone(Zone.Kind.BODY, new Span(0, text.length()))))
              .build();
      DocumentResult r = PIPELINE.process(doc);
      assertThat(r.status()).as(text).isNotEqualTo(DocumentResult.Status.FAILED);
      if (r.status() == DocumentResult.Status.SKIPPED) {
        assertThat(r.reason()).isPresent();
        assertThat(r.events()).isEmpty();
      }
      Optional<String> reason = r.reason();
      reason.ifPresent(s -> assertThat(s).isNotBlank());
    }
  }
}
