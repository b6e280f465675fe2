package org.hadath.resolve.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.hadath.model.Span;
import org.hadath.model.TimeMention;
import org.hadath.text.Token;
import org.hadath.text.Tokenizer;
import org.junit.jupiter.api.Test;

/** Which time expression dates an event: one test per rule of {@link EventDates}. */
class EventDatesTest {
  /** A Thursday. */
  private static final Optional<LocalDate> PUB = Optional.of(LocalDate.of(2017, 6, 15));

  private static List<TimeMention> mentions(String text) {
    List<Token> ts = Tokenizer.tokenize(text);
    return new TimeFinder().find(text, ts, 0, ts.size(), PUB, "doc").mentions();
  }

  private static Span of(String text, String words) {
    int i = text.indexOf(words);
    return new Span(i, i + words.length());
  }

  private static Span sentence(String text, String first, String last) {
    return new Span(text.indexOf(first), text.indexOf(last) + last.length());
  }

  private static String words(String text, Optional<TimeMention> m) {
    return m.map(x -> text.substring(x.span().start(), x.span().end())).orElse("-");
  }

  @Test
  void ownSentenceNearestTheTriggerWins() {
    String t = "قال مسؤول اليوم إن غارة وقعت أمس الأربعاء على البلدة.";
    Span s = new Span(0, t.length());
    assertThat(words(t, EventDates.inContext(t, mentions(t), of(t, "غارة"), s, s, PUB)))
        .isEqualTo("أمس الأربعاء");
  }

  @Test
  void atEqualDistanceADatedExpressionBeatsAnUndatedOne() {
    String t = "غارة";
    TimeMention undated = new TimeMention(new Span(0, 0), Optional.empty(), 1, "x");
    TimeMention dated = new TimeMention(new Span(4, 4), PUB, 1, "y");
    Span s = new Span(0, 4);
    assertThat(EventDates.inContext(t, List.of(undated, dated), s, s, s, PUB)).contains(dated);
  }

  @Test
  void aTimeBeforeAReportedClauseDatesTheStatementNotTheEvent() {
    String t = "قال مسؤول اليوم إن غارة قتلت خمسة مدنيين في البلدة أمس الأربعاء.";
    Span s = new Span(0, t.length());
    assertThat(words(t, EventDates.inContext(t, mentions(t), of(t, "غارة"), s, s, PUB)))
        .isEqualTo("أمس الأربعاء");
    String e = "The army said on Monday that an air strike killed five people on Sunday.";
    Span se = new Span(0, e.length());
    assertThat(words(e, EventDates.inContext(e, mentions(e), of(e, "air strike"), se, se, PUB)))
        .isEqualTo("on Sunday");
    String only = "قال مسؤول اليوم إن غارة قتلت خمسة مدنيين.";
    Span so = new Span(0, only.length());
    assertThat(
            words(only, EventDates.inContext(only, mentions(only), of(only, "غارة"), so, so, PUB)))
        .isEqualTo("اليوم");
  }

  @Test
  void aDateFarFromPublicationIsAReferenceNotTheEventsDay() {
    String t = "On 6 May 2020, forces shelled the July 7 neighbourhood of the city.";
    Span s = new Span(0, t.length());
    Optional<LocalDate> pub = Optional.of(LocalDate.of(2020, 5, 6));
    List<Token> ts = Tokenizer.tokenize(t);
    List<TimeMention> ms = new TimeFinder().find(t, ts, 0, ts.size(), pub, "d").mentions();
    assertThat(words(t, EventDates.inContext(t, ms, of(t, "shelled"), s, s, pub)))
        .isEqualTo("6 May 2020");
  }

  @Test
  void sentenceWithoutTimeTakesTheClosestBeforeItInTheParagraph() {
    String t = "قصفت المدفعية أمس البلدة. وقال ناشطون إن شخصا قتل. وأسفر القصف عن دمار.";
    Span p = new Span(0, t.length());
    Span last = sentence(t, "وأسفر", "دمار.");
    assertThat(words(t, EventDates.inContext(t, mentions(t), of(t, "القصف"), last, p, PUB)))
        .isEqualTo("أمس");
  }

  @Test
  void aTimeAfterTheSentenceOrInAnotherParagraphDoesNotCount() {
    String t = "قتل شخص بقصف. وكان ذلك أمس.";
    Span s1 = sentence(t, "قتل", "بقصف.");
    assertThat(
            EventDates.inContext(t, mentions(t), of(t, "بقصف"), s1, new Span(0, t.length()), PUB))
        .isEmpty();
    String u = "قصفت المدفعية أمس البلدة.\nوقتل شخص.";
    Span s2 = sentence(u, "وقتل", "شخص.");
    assertThat(EventDates.inContext(u, mentions(u), of(u, "وقتل"), s2, s2, PUB)).isEmpty();
  }

  @Test
  void undatedEventTakesTheLeadsFirstDayOrWeek() {
    String t = "خلال حزيران 2017 تصاعد القصف. قصفت المدفعية فجر اليوم البلدة.\nوقتل شخص.";
    List<Span> lead = List.of(sentence(t, "خلال", "القصف."), sentence(t, "قصفت", "البلدة."));
    Optional<TimeMention> m = EventDates.fallback(mentions(t), lead, PUB, of(t, "وقتل"));
    assertThat(words(t, m)).isEqualTo("فجر اليوم");
    assertThat(m.get().date()).isEqualTo(PUB);
  }

  @Test
  void withoutALeadDateThePublicationDateWithPrecisionTwo() {
    String t = "قتل شخص بقصف على البلدة.";
    Span trigger = of(t, "بقصف");
    TimeMention m =
        EventDates.fallback(mentions(t), List.of(new Span(0, t.length())), PUB, trigger)
            .orElseThrow();
    assertThat(m.date()).isEqualTo(PUB);
    assertThat(m.precision()).isEqualTo(2);
    assertThat(m.span()).isEqualTo(trigger);
    assertThat(m.rule()).isEqualTo(EventDates.PUBLICATION_DATE_RULE);
    assertThat(EventDates.fromPublication(m)).isTrue();
  }

  @Test
  void withNeitherNoDate() {
    String t = "قتل شخص بقصف على البلدة.";
    assertThat(
            EventDates.fallback(
                mentions(t), List.of(new Span(0, t.length())), Optional.empty(), of(t, "بقصف")))
        .isEmpty();
  }

  @Test
  void publicationRuleIsExtractionsRule() {
    assertThat(EventDates.PUBLICATION_DATE_RULE)
        .isEqualTo(org.hadath.extract.TimeReader.PUBLICATION_DATE_RULE);
  }
}
