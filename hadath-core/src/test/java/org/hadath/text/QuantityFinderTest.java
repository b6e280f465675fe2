package org.hadath.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hadath.text.QuantityTesting.matches;

import java.util.List;
import java.util.Random;
import org.hadath.model.Quantity;
import org.hadath.model.QuantityMention;
import org.hadath.model.Span;
import org.junit.jupiter.api.Test;

class QuantityFinderTest {

  @Test
  void digitsInAnyScript() {
    assertThat(matches("قتل 10 و١٥ و۲۰"))
        .containsExactly(
            "10=10..10 qty:digits COUNT",
            "١٥=15..15 qty:digits COUNT",
            "۲۰=20..20 qty:digits COUNT");
  }

  @Test
  void thousandsSeparators() {
    assertThat(matches("1,200 و1.200 و١٬٢٠٠ و1,200,000"))
        .containsExactly(
            "1,200=1200..1200 qty:digits COUNT",
            "1.200=1200..1200 qty:digits COUNT",
            "١٬٢٠٠=1200..1200 qty:digits COUNT",
            "1,200,000=1200000..1200000 qty:digits COUNT");
  }

  @Test
  void scaleWordAfterDigits() {
    assertThat(matches("20 ألف و3 آلاف و1.5 million"))
        .containsExactly(
            "20 ألف=20000..20000 qty:digits COUNT",
            "3 آلاف=3000..3000 qty:digits COUNT",
            "1.5 million=1500000..1500000 qty:digits COUNT");
  }

  @Test
  void fractionIsAMeasure() {
    assertThat(matches("3.5 و٣٫٥"))
        .containsExactly("3.5=3..4~ qty:measure MEASURE", "٣٫٥=3..4~ qty:measure MEASURE");
  }

  @Test
  void moreThanIsNPlusOne() {
    assertThat(matches("جرح أكثر من 20 آخرين بأكثر من خمس غارات"))
        .containsExactly(
            "أكثر من 20=21.. qty:ar:more-than COUNT", "بأكثر من خمس=6.. qty:ar:more-than COUNT");
    assertThat(matches("ما يزيد على مئة وما يربو على 40"))
        .containsExactly(
            "ما يزيد على مئة=101.. qty:ar:more-than COUNT",
            "وما يربو على 40=41.. qty:ar:more-than COUNT");
    assertThat(matches("more than 20 and over twenty-one"))
        .containsExactly(
            "more than 20=21.. qty:en:more-than COUNT",
            "over twenty-one=22.. qty:en:more-than COUNT");
  }

  @Test
  void atLeastIsOpenEnded() {
    assertThat(matches("ما لا يقل عن 10 وعلى الأقل 5 و15 على الأقل at least 12 and 20 or more"))
        .containsExactly(
            "ما لا يقل عن 10=10.. qty:ar:at-least COUNT",
            "وعلى الأقل 5=5.. qty:ar:at-least COUNT",
            "15 على الأقل=15.. qty:ar:at-least COUNT",
            "at least 12=12.. qty:en:at-least COUNT",
            "20 or more=20.. qty:en:at-least COUNT");
  }

  @Test
  void atLeastAfterTheCountedNoun() {
    assertThat(matches("مقتل 35 شخصاً على الأقل"))
        .containsExactly("35 شخصاً على الأقل=35.. qty:ar:at-least COUNT");
  }

  @Test
  void aboutIsApproximate() {
    assertThat(matches("نحو 30 وحوالي أربعين وقرابة 435 وزهاء مئة و20 تقريبا"))
        .containsExactly(
            "نحو 30=30..30~ qty:ar:about COUNT",
            "وحوالي أربعين=40..40~ qty:ar:about COUNT",
            "وقرابة 435=435..435~ qty:ar:about COUNT",
            "وزهاء مئة=100..100~ qty:ar:about COUNT",
            "20 تقريبا=20..20~ qty:ar:about COUNT");
    assertThat(matches("about 30, nearly 40, some 50"))
        .containsExactly(
            "about 30=30..30~ qty:en:about COUNT",
            "nearly 40=40..40~ qty:en:about COUNT",
            "some 50=50..50~ qty:en:about COUNT");
  }

  @Test
  void lessThanStartsAtZero() {
    assertThat(matches("أقل من 5 and fewer than ten"))
        .containsExactly(
            "أقل من 5=0..4 qty:ar:less-than COUNT", "fewer than ten=0..9 qty:en:less-than COUNT");
  }

  @Test
  void upToStartsAtZero() {
    assertThat(matches("ما يصل إلى 100 and up to 40"))
        .containsExactly(
            "ما يصل إلى 100=0..100 qty:ar:up-to COUNT", "up to 40=0..40 qty:en:up-to COUNT");
  }

  @Test
  void rangeWithBetween() {
    assertThat(matches("بين 5 و7 وبين خمسة وسبعة وما بين 3 و4 between 5 and 7"))
        .containsExactly(
            "بين 5 و7=5..7 qty:ar:range COUNT",
            "وبين خمسة وسبعة=5..7 qty:ar:range COUNT",
            "وما بين 3 و4=3..4 qty:ar:range COUNT",
            "between 5 and 7=5..7 qty:en:range COUNT");
  }

  @Test
  void rangeWithToOrDash() {
    assertThat(matches("من 10 إلى 20 و10-15 و30 – 40 وثلاثة أو أربعة 10 to 15 two or three"))
        .containsExactly(
            "من 10 إلى 20=10..20 qty:ar:range COUNT",
            "10-15=10..15 qty:range COUNT",
            "30 – 40=30..40 qty:range COUNT",
            "وثلاثة أو أربعة=3..4 qty:ar:range COUNT",
            "10 to 15=10..15 qty:en:range COUNT",
            "two or three=2..3 qty:en:range COUNT");
  }

  @Test
  void descendingPairIsNoRange() {
    assertThat(matches("15-10"))
        .containsExactly("15=15..15 qty:digits COUNT", "10=10..10 qty:digits COUNT");
  }

  @Test
  void percentOnEitherSideOrInWords() {
    assertThat(matches("50% و٪30 و20 بالمئة و15 في المئة و10 percent"))
        .containsExactly(
            "50%=50..50 qty:percent PERCENT",
            "٪30=30..30 qty:percent PERCENT",
            "20 بالمئة=20..20 qty:percent PERCENT",
            "15 في المئة=15..15 qty:percent PERCENT",
            "10 percent=10..10 qty:percent PERCENT");
  }

  @Test
  void moneyBySymbolOrCurrency() {
    assertThat(matches("5 ملايين دولار و$20 و100 ليرة and 3 million euros"))
        .containsExactly(
            "5 ملايين دولار=5000000..5000000 qty:money MONEY",
            "$20=20..20 qty:money MONEY",
            "100 ليرة=100..100 qty:money MONEY",
            "3 million euros=3000000..3000000 qty:money MONEY");
  }

  @Test
  void timeOfDay() {
    assertThat(matches("10:30 و18:40:57 والساعة 10 و9 صباحا at 5 p.m. about 6:30pm 1730 GMT"))
        .containsExactly(
            "10:30=10..10 qty:time TIME",
            "18:40:57=18..18 qty:time TIME",
            "10=10..10 qty:time TIME",
            "9 صباحا=9..9 qty:time TIME",
            "5 p.m.=5..5 qty:time TIME",
            "about 6:30pm=6..6~ qty:time TIME",
            "1730 GMT=1730..1730 qty:time TIME");
  }

  @Test
  void dateWithMonthName() {
    assertThat(matches("15 حزيران 2017 و23 أكتوبر/ تشرين الأول و1 آب/أغسطس و5 ذو الحجة"))
        .containsExactly(
            "15 حزيران 2017=15..15 qty:date DATE",
            "23 أكتوبر/ تشرين الأول=23..23 qty:date DATE",
            "1 آب/أغسطس=1..1 qty:date DATE",
            "5 ذو الحجة=5..5 qty:date DATE");
    assertThat(matches("on June 15, 2017 and 29 May"))
        .containsExactly("June 15, 2017=15..15 qty:date DATE", "29 May=29..29 qty:date DATE");
  }

  @Test
  void numericDate() {
    assertThat(matches("15/6/2017 و2021-07-16 و22-يونيو-2024 و2023.09.02 و15.6.2017"))
        .containsExactly(
            "15/6/2017=15..15 qty:date DATE",
            "2021-07-16=2021..2021 qty:date DATE",
            "22-يونيو-2024=22..22 qty:date DATE",
            "2023.09.02=2..2 qty:date DATE",
            "15.6.2017=15..15 qty:date DATE");
  }

  @Test
  void lowerCaseMayIsNoMonth() {
    assertThat(matches("10 may have died")).containsExactly("10=10..10 qty:digits COUNT");
  }

  @Test
  void yearByMarkerWordOrPreposition() {
    assertThat(matches("عام 2017 و2017م و2017 م و1438هـ في 2015 منذ 2011 حزيران 2017"))
        .containsExactly(
            "2017=2017..2017 qty:year YEAR",
            "2017م=2017..2017 qty:year YEAR",
            "2017 م=2017..2017 qty:year YEAR",
            "1438هـ=1438..1438 qty:year YEAR",
            "2015=2015..2015 qty:year YEAR",
            "2011=2011..2011 qty:year YEAR",
            "2017=2017..2017 qty:year YEAR");
  }

  @Test
  void yearListedAfterYear() {
    assertThat(matches("بين عامي 2011 و2017"))
        .containsExactly("2011=2011..2011 qty:year YEAR", "2017=2017..2017 qty:year YEAR");
  }

  @Test
  void bareFourDigitsInEnglishIsAYear() {
    assertThat(matches("the 2019 rulings, in mid-2013"))
        .containsExactly("2019=2019..2019 qty:year YEAR", "2013=2013..2013 qty:year YEAR");
  }

  @Test
  void bareFourDigitsInArabicIsACount() {
    assertThat(matches("قتل 2000 شخص")).containsExactly("2000=2000..2000 qty:digits COUNT");
  }

  @Test
  void qualifiedFourDigitsIsACount() {
    assertThat(matches("أكثر من 2000"))
        .containsExactly("أكثر من 2000=2001.. qty:ar:more-than COUNT");
  }

  @Test
  void labelAfterUnitName() {
    assertThat(matches("اللواء 35 والفرقة 17 and Route 4"))
        .containsExactly(
            "35=35..35 qty:label LABEL", "17=17..17 qty:label LABEL", "4=4..4 qty:label LABEL");
  }

  @Test
  void measureByUnit() {
    assertThat(matches("10كم و30 كيلومتراً و120 ملم وثلاثة أيام و25 عاماً 10 km 120mm 5 years"))
        .containsExactly(
            "10كم=10..10 qty:measure MEASURE",
            "30 كيلومتراً=30..30 qty:measure MEASURE",
            "120 ملم=120..120 qty:measure MEASURE",
            "وثلاثة أيام=3..3 qty:measure MEASURE",
            "25 عاماً=25..25 qty:measure MEASURE",
            "10 km=10..10 qty:measure MEASURE",
            "120mm=120..120 qty:measure MEASURE",
            "5 years=5..5 qty:measure MEASURE");
  }

  @Test
  void measureByWordBefore() {
    assertThat(matches("عيار 14.5 and aged 40"))
        .containsExactly("14.5=14..15~ qty:measure MEASURE", "40=40..40 qty:measure MEASURE");
  }

  @Test
  void adjectivalNumberAfterUnitIsAMeasure() {
    assertThat(matches("خلال يوم واحد")).containsExactly("واحد=1..1 qty:measure MEASURE");
    assertThat(matches("قتل مدني واحد")).containsExactly("واحد=1..1 qty:ar:words COUNT");
  }

  @Test
  void hyphenatedModifierIsAMeasure() {
    assertThat(matches("a 10-year-old boy in four-wheel-drive cars"))
        .containsExactly(
            "10-year=10..10 qty:measure MEASURE", "four-wheel=4..4 qty:measure MEASURE");
  }

  @Test
  void ordinalsGiveNoMatch() {
    assertThat(matches("the 1st and 2nd brigades, the 21st")).isEmpty();
    assertThat(matches("الأول والثالث والخامسة")).isEmpty();
  }

  @Test
  void mondayIsNoTwo() {
    assertThat(matches("يوم الاثنين الماضي")).isEmpty();
  }

  @Test
  void seedSentence() {
    String text =
        "وكان قد قضى 10 مدنيين، وجرح أكثر من 20 آخرين، أمس الأربعاء، بقصف لطيران التحالف الدولي على"
            + " حي المشلب بمدينة الرقة، واستهدف طيران التحالف الأطراف الشرقية من مدينة الرقة بأكثر من"
            + " خمس غارات، حيث أكدت مصادر ميدانية استشهاد 10 مدنيين في حي المشلب بينهم نساء، فيما لا"
            + " يزال العديد من الضحايا عالقين تحت الأنقاض.";
    assertThat(matches(text))
        .containsExactly(
            "10=10..10 qty:digits COUNT",
            "أكثر من 20=21.. qty:ar:more-than COUNT",
            "بأكثر من خمس=6.. qty:ar:more-than COUNT",
            "10=10..10 qty:digits COUNT",
            "العديد من=10..~ qty:ar:several COUNT");
  }

  @Test
  void tokenRangeIsRespected() {
    String text = "قتل 10 وجرح 20";
    List<Token> tokens = Tokenizer.tokenize(text);
    List<QuantityMatch> found = QuantityFinder.find(text, tokens, 2, tokens.size());
    assertThat(found).hasSize(1);
    QuantityMatch m = found.get(0);
    assertThat(m.firstToken()).isEqualTo(3);
    assertThat(m.endToken()).isEqualTo(4);
    assertThat(m.span()).isEqualTo(new Span(text.indexOf("20"), text.length()));
    assertThat(m.mention())
        .isEqualTo(new QuantityMention(m.span(), Quantity.exactly(20), "qty:digits"));
  }

  @Test
  void badTokenRangeIsRejected() {
    List<Token> tokens = Tokenizer.tokenize("10");
    assertThatThrownBy(() -> QuantityFinder.find("10", tokens, 0, 2))
        .isInstanceOf(IndexOutOfBoundsException.class);
  }

  @Test
  void randomInputGivesValidOrderedMatches() {
    Random random = new Random(11);
    String[] words = {
      "10",
      "١٥",
      "1,200",
      "3.5",
      "أكثر",
      "من",
      "عشرين",
      "و",
      "وعشرين",
      "ثلاثة",
      "آلاف",
      "عشرات",
      "الآلاف",
      "بين",
      "إلى",
      "-",
      "/",
      ":",
      "%",
      "$",
      "حزيران",
      "2017",
      "م",
      "عام",
      "قتيلين",
      "عدة",
      "العديد",
      "على",
      "الأقل",
      "more",
      "than",
      "twenty",
      "one",
      "hundred",
      "and",
      "a",
      "dozen",
      "dozens",
      "of",
      "thousands",
      "several",
      "between",
      "to",
      "or",
      "June",
      "May",
      "p",
      ".",
      "m",
      "km",
      "-year",
      "مئة",
      "ألف",
      "مليون",
      "مليار",
      "اثنا",
      "عشر",
      "نحو",
      "ما",
      "يزيد",
      "عن",
      "lakh",
      "٪",
      "،",
      "\n",
      "قتيل",
      "1st",
      "اللواء",
      "GMT"
    };
    for (int round = 0; round < 5_000; round++) {
      StringBuilder sb = new StringBuilder();
      int n = random.nextInt(25);
      for (int k = 0; k < n; k++) {
        sb.append(words[random.nextInt(words.length)]);
        if (random.nextInt(4) != 0) {
          sb.append(' ');
        }
        if (random.nextInt(30) == 0) {
          sb.append((char) random.nextInt(0x10000));
        }
      }
      String text = sb.toString();
      List<Token> tokens = Tokenizer.tokenize(text);
      int from = tokens.isEmpty() ? 0 : random.nextInt(tokens.size() + 1);
      int to = from + random.nextInt(tokens.size() - from + 1);
      int previousEnd = from;
      for (QuantityMatch m : QuantityFinder.find(text, tokens, from, to)) {
        assertThat(m.firstToken()).isGreaterThanOrEqualTo(previousEnd);
        assertThat(m.endToken()).isGreaterThan(m.firstToken()).isLessThanOrEqualTo(to);
        assertThat(m.span().start()).isEqualTo(tokens.get(m.firstToken()).start());
        assertThat(m.span().end()).isEqualTo(tokens.get(m.endToken() - 1).end());
        assertThat(m.rule()).startsWith("qty:");
        previousEnd = m.endToken();
      }
    }
  }
}
