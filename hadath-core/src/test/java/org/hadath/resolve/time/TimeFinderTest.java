package org.hadath.resolve.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.hadath.model.Problem;
import org.hadath.model.TimeMention;
import org.hadath.text.Token;
import org.hadath.text.Tokenizer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TimeFinderTest {
  /** A Thursday. */
  private static final Optional<LocalDate> PUB = Optional.of(LocalDate.of(2017, 6, 15));

  private static TimeFinder.Result find(String text, Optional<LocalDate> pub) {
    List<Token> ts = Tokenizer.tokenize(text);
    return new TimeFinder().find(text, ts, 0, ts.size(), pub, "doc-1");
  }

  private static TimeMention only(String text) {
    TimeFinder.Result r = find(text, PUB);
    assertThat(r.mentions()).hasSize(1);
    return r.mentions().get(0);
  }

  private static String words(String text, TimeMention m) {
    return text.substring(m.span().start(), m.span().end());
  }

  @Test
  void yesterdayWithMatchingWeekday() {
    String t = "وكان قد قضى 10 مدنيين، أمس الأربعاء، بقصف";
    TimeFinder.Result r = find(t, PUB);
    assertThat(r.problems()).isEmpty();
    TimeMention m = r.mentions().get(0);
    assertThat(words(t, m)).isEqualTo("أمس الأربعاء");
    assertThat(m.date()).contains(LocalDate.of(2017, 6, 14));
    assertThat(m.precision()).isEqualTo(1);
    assertThat(m.rule()).isEqualTo("time:ar:yesterday+weekday");
  }

  @Test
  void weekdayMismatchWarnsAndTrustsTheWeekday() {
    String t = "أمس الأربعاء";
    TimeFinder.Result r = find(t, Optional.of(LocalDate.of(2017, 6, 16)));
    assertThat(r.mentions().get(0).date()).contains(LocalDate.of(2017, 6, 14));
    assertThat(r.mentions().get(0).rule()).endsWith(":mismatch");
    assertThat(r.problems()).hasSize(1);
    Problem p = r.problems().get(0);
    assertThat(p.severity()).isEqualTo(Problem.Severity.WARNING);
    assertThat(p.stage()).isEqualTo("time");
    assertThat(p.document()).isEqualTo("doc-1");
    assertThat(p.message())
        .contains("«أمس الأربعاء»")
        .contains("2017-06-16")
        .contains("2017-06-15 (الخميس (Thursday))")
        .contains("dated 2017-06-14");
  }

  @Test
  void todayWithWeekday() {
    assertThat(only("اليوم الخميس").date()).contains(LocalDate.of(2017, 6, 15));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({
    "اليوم, 2017-06-15, 1",
    "أمس, 2017-06-14, 1",
    "البارحة, 2017-06-14, 1",
    "أول أمس, 2017-06-13, 1",
    "أول من أمس, 2017-06-13, 1",
    "قبل أمس, 2017-06-13, 1",
    "الليلة الماضية, 2017-06-14, 1",
    "فجر اليوم, 2017-06-15, 1",
    "صباح اليوم, 2017-06-15, 1",
    "ظهر اليوم, 2017-06-15, 1",
    "مساء اليوم, 2017-06-15, 1",
    "مساء أمس, 2017-06-14, 1",
    "مساء السبت, 2017-06-10, 1",
    "يوم الخميس, 2017-06-15, 1",
    "الخميس الماضي, 2017-06-08, 1",
    "قبل يومين, 2017-06-13, 1",
    "منذ يومين, 2017-06-13, 1",
    "قبل 3 أيام, 2017-06-12, 1",
    "قبل أسبوع, 2017-06-08, 2",
    "منذ أسبوع, 2017-06-08, 2",
    "الأسبوع الماضي, 2017-06-08, 2",
    "الشهر الماضي, 2017-05-01, 3",
    "today, 2017-06-15, 1",
    "yesterday, 2017-06-14, 1",
    "the day before yesterday, 2017-06-13, 1",
    "on Thursday, 2017-06-15, 1",
    "Thursday night, 2017-06-15, 1",
    "last Thursday, 2017-06-08, 1",
    "last night, 2017-06-14, 1",
    "last week, 2017-06-08, 2",
    "last month, 2017-05-01, 3",
    "two days ago, 2017-06-13, 1",
    "منذ أمس, 2017-06-14, 1",
    "قبل قرابة 24 ساعة, 2017-06-14, 1",
    "قبل ساعات, 2017-06-15, 1",
  })
  void relativeExpression(String text, String date, int precision) {
    TimeMention m = only(text);
    assertThat(m.date()).contains(LocalDate.parse(date));
    assertThat(m.precision()).isEqualTo(precision);
    assertThat(words(text, m)).isEqualTo(text.startsWith("on ") ? text : words(text, m));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({
    "اليوم عقب صلاة الجمعة, 2017-06-09, 1",
    "عقب صلاة الجمعة, 2017-06-09, 1",
    "بعد صلاة المغرب أمس, 2017-06-14, 1",
    "فجر اليوم بعد صلاة الفجر, 2017-06-15, 1",
    "قبيل صلاة العصر اليوم, 2017-06-15, 1",
    "مساء الأحد, 2017-06-11, 1",
    "منذ 3 أيام, 2017-06-12, 1",
    "قبل أسبوعين, 2017-06-01, 2",
    "مطلع الشهر الجاري, 2017-06-01, 2",
    "الشهر الجاري, 2017-06-01, 3",
    "earlier this month, 2017-06-01, 3",
    "this month, 2017-06-01, 3",
    "Thursday's, 2017-06-15, 1",
    "on Sunday morning, 2017-06-11, 1",
  })
  void moreRelativeExpressions(String text, String date, int precision) {
    TimeMention m = only(text);
    assertThat(m.date()).contains(LocalDate.parse(date));
    assertThat(m.precision()).isEqualTo(precision);
    assertThat(words(text, m)).isEqualTo(text);
  }

  @Test
  void prayerOfFridayAfterTodayOnASaturdayIsYesterdayWithAWarning() {
    String t = "ووصف الوالي ما جرى اليوم عقب صلاة الجمعة بأنه مجزرة";
    TimeFinder.Result r = find(t, Optional.of(LocalDate.of(2024, 6, 22)));
    assertThat(r.mentions())
        .singleElement()
        .satisfies(
            m -> {
              assertThat(words(t, m)).isEqualTo("اليوم عقب صلاة الجمعة");
              assertThat(m.date()).contains(LocalDate.of(2024, 6, 21));
              assertThat(m.rule()).isEqualTo("time:ar:today+weekday:mismatch");
            });
    assertThat(r.problems())
        .singleElement()
        .satisfies(p -> assertThat(p.message()).contains("dated 2024-06-21"));
  }

  @Test
  void theSameDayTakesTheDateOfTheTimeBeforeIt() {
    String t = "قصفت المدفعية البلدة أمس، وفي اليوم نفسه قتل شخص";
    TimeFinder.Result r = find(t, PUB);
    assertThat(r.mentions()).hasSize(2);
    TimeMention same = r.mentions().get(1);
    assertThat(words(t, same)).isEqualTo("اليوم نفسه");
    assertThat(same.date()).contains(LocalDate.of(2017, 6, 14));
    assertThat(same.rule()).isEqualTo("time:ar:same-day");
    String e = "Shelling hit the town on Tuesday. The same day, a man was killed.";
    TimeFinder.Result re = find(e, PUB);
    assertThat(re.mentions()).hasSize(2);
    assertThat(re.mentions().get(1).date()).contains(LocalDate.of(2017, 6, 13));
    assertThat(find("وفي اليوم نفسه قتل شخص", PUB).mentions())
        .singleElement()
        .satisfies(m -> assertThat(m.date()).isEmpty());
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({
    "22-يونيو-2024, 2024-06-22",
    "22 - حزيران - 2024, 2024-06-22",
    "الأحد 23 أكتوبر/ تشرين الأول 2016, 2016-10-23",
    "3 كانون الثاني/يناير 2017, 2017-01-03",
    "5 شباط/ فبراير 2017, 2017-02-05",
    "5 أيار 2017, 2017-05-05",
    "5 مايو 2017, 2017-05-05",
    "7 تموز 2017, 2017-07-07",
    "7 يوليو 2017, 2017-07-07",
    "9 أيلول 2017, 2017-09-09",
    "9 سبتمبر 2017, 2017-09-09",
    "2 تشرين الثاني 2017, 2017-11-02",
    "2 نوفمبر 2017, 2017-11-02",
    "25 كانون الأول 2017, 2017-12-25",
    "25 ديسمبر 2017, 2017-12-25",
    "4 آذار 2017, 2017-03-04",
    "4 مارس 2017, 2017-03-04",
    "4 نيسان 2017, 2017-04-04",
    "4 إبريل 2017, 2017-04-04",
    "4 أبريل 2017, 2017-04-04",
    "١٥ حزيران ٢٠١٧, 2017-06-15",
  })
  void explicitDateInEveryMonthFamily(String text, String date) {
    TimeMention m = only(text);
    assertThat(m.date()).contains(LocalDate.parse(date));
    assertThat(m.precision()).isEqualTo(1);
    assertThat(words(text, m)).isEqualTo(text);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({
    "15 حزيران 2017, 2017-06-15",
    "15 يونيو 2017, 2017-06-15",
    "15 يونيه 2017, 2017-06-15",
    "3 كانون الثاني 2017, 2017-01-03",
    "3 تشرين الأول 2017, 2017-10-03",
    "3 تشرين أول 2017, 2017-10-03",
    "1 آب 2017, 2017-08-01",
    "1 أغسطس 2017, 2017-08-01",
    "1 أوت 2017, 2017-08-01",
    "12 جويلية 2017, 2017-07-12",
    "15 من حزيران 2017, 2017-06-15",
    "15 يونيو/حزيران 2017, 2017-06-15",
    "June 15 2017, 2017-06-15",
    "15 June 2017, 2017-06-15",
    "15 Jun 2017, 2017-06-15",
    "2017/06/15, 2017-06-15",
    "2017-06-15, 2017-06-15",
    "15/6/2017, 2017-06-15",
    "15.06.2017, 2017-06-15",
  })
  void explicitDate(String text, String date) {
    TimeMention m = only(text);
    assertThat(m.date()).contains(LocalDate.parse(date));
    assertThat(m.precision()).isEqualTo(1);
    assertThat(words(text, m)).isEqualTo(text);
  }

  @Test
  void englishMonthFirstWithComma() {
    String t = "on June 15, 2017, gunmen";
    TimeMention m = only(t);
    assertThat(words(t, m)).isEqualTo("June 15, 2017");
    assertThat(m.date()).contains(LocalDate.of(2017, 6, 15));
  }

  @Test
  void weekdayAndDateWithAlternateMonthName() {
    String t = "يوم الأحد 23 أكتوبر/ تشرين أول";
    TimeFinder.Result r = find(t, Optional.of(LocalDate.of(2016, 10, 24)));
    assertThat(r.mentions()).hasSize(1);
    assertThat(words(t, r.mentions().get(0))).isEqualTo(t);
    assertThat(r.mentions().get(0).date()).contains(LocalDate.of(2016, 10, 23));
    assertThat(r.problems()).isEmpty();
  }

  @Test
  void weekdayThatDoesNotFitTheDateWarns() {
    TimeFinder.Result r = find("الأحد 22 أكتوبر 2016", PUB);
    assertThat(r.mentions().get(0).date()).contains(LocalDate.of(2016, 10, 22));
    assertThat(r.problems())
        .singleElement()
        .satisfies(p -> assertThat(p.message()).contains("السبت"));
  }

  @Test
  void dateWithoutYearTakesThePublicationYearOrTheYearBefore() {
    assertThat(only("23 أكتوبر").date()).contains(LocalDate.of(2016, 10, 23));
    assertThat(only("10 حزيران").date()).contains(LocalDate.of(2017, 6, 10));
    assertThat(find("10 حزيران", Optional.empty()).mentions().get(0).date()).isEmpty();
  }

  @Test
  void hijriDate() {
    String t = "20 رمضان 1438 هـ";
    TimeMention m = only(t);
    assertThat(m.date()).contains(LocalDate.of(2017, 6, 15));
    assertThat(m.rule()).isEqualTo("time:hijri-date");
    assertThat(only("10 ذو الحجة 1445").date()).contains(LocalDate.of(2024, 6, 16));
  }

  @Test
  void islamicFeastInThePublicationsHijriYear() {
    Optional<LocalDate> pub = Optional.of(LocalDate.of(2024, 6, 22));
    String t = "ثاني أيام عيد الأضحى المبارك";
    TimeMention m = find(t, pub).mentions().get(0);
    assertThat(words(t, m)).isEqualTo(t);
    assertThat(m.date()).contains(LocalDate.of(2024, 6, 17));
    // Eid al-Fitr 1445 fell before publication; 1446 would be after it
    assertThat(find("عيد الفطر", pub).mentions().get(0).date()).contains(LocalDate.of(2024, 4, 10));
  }

  @Test
  void monthAndYearIsPrecisionThree() {
    TimeMention m = only("خلال حزيران 2017");
    assertThat(m.date()).contains(LocalDate.of(2017, 6, 1));
    assertThat(m.precision()).isEqualTo(3);
  }

  @Test
  void partsOfDayStayInTheWords() {
    String t = "في وقت متأخر من مساء أمس الثلاثاء";
    TimeFinder.Result r = find(t, Optional.of(LocalDate.of(2017, 6, 14)));
    assertThat(words(t, r.mentions().get(0))).isEqualTo(t);
    assertThat(r.mentions().get(0).date()).contains(LocalDate.of(2017, 6, 13));
    assertThat(r.problems()).isEmpty();
  }

  @Test
  void weekdayInParentheses() {
    TimeFinder.Result r = find("أمس (الأحد)", Optional.of(LocalDate.of(2017, 6, 12)));
    assertThat(r.mentions().get(0).date()).contains(LocalDate.of(2017, 6, 11));
    assertThat(r.problems()).isEmpty();
  }

  @Test
  void withoutPublicationDateRelativeIsKeptUndated() {
    TimeFinder.Result r = find("أمس الأربعاء", Optional.empty());
    assertThat(r.mentions()).singleElement().satisfies(m -> assertThat(m.date()).isEmpty());
    assertThat(r.problems()).isEmpty();
  }

  @Test
  void wordsThatAreNotTimesAreIgnored() {
    assertThat(find("التقى أحد القادة في اليومية", PUB).mentions()).isEmpty();
    assertThat(find("may be", PUB).mentions()).isEmpty();
  }

  @Test
  void publishedFromDatelineText() {
    assertThat(TimeFinder.publishedFromText("الرقة – 15 حزيران 2017"))
        .contains(LocalDate.of(2017, 6, 15));
    assertThat(TimeFinder.publishedFromText("بلدي نيوز – الرقة")).isEmpty();
  }

  @Test
  void publishedFromUrl() {
    assertThat(TimeFinder.publishedFromUrl("https://example.org/news/2017/10/04/story.html"))
        .contains(LocalDate.of(2017, 10, 4));
    assertThat(TimeFinder.publishedFromUrl("https://example.org/2017-10-04-story"))
        .contains(LocalDate.of(2017, 10, 4));
    assertThat(TimeFinder.publishedFromUrl("https://example.org/2017/13/40/x")).isEmpty();
    assertThat(TimeFinder.publishedFromUrl("https://example.org/story")).isEmpty();
  }
}
