package org.hadath.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Random;
import org.hadath.model.Span;
import org.junit.jupiter.api.Test;

class SentenceSplitterTest {

  private static List<String> sentences(String text) {
    return SentenceSplitter.split(text, 0, text.length()).stream()
        .map(s -> text.substring(s.start(), s.end()))
        .toList();
  }

  @Test
  void arabicPeriodEndsSentence() {
    assertThat(sentences("قتل 10 مدنيين في الرقة. وجرح 20 آخرون."))
        .containsExactly("قتل 10 مدنيين في الرقة.", "وجرح 20 آخرون.");
  }

  @Test
  void arabicQuestionMarkEndsSentence() {
    assertThat(sentences("من قصف المستشفى؟ لا أحد يعرف."))
        .containsExactly("من قصف المستشفى؟", "لا أحد يعرف.");
  }

  @Test
  void exclamationMarkEndsSentence() {
    assertThat(sentences("انفجار هائل! وسقط قتلى.")).containsExactly("انفجار هائل!", "وسقط قتلى.");
  }

  @Test
  void arabicSemicolonEndsSentence() {
    assertThat(sentences("قصفت الطائرات البلدة؛ وقتل ثلاثة مدنيين"))
        .containsExactly("قصفت الطائرات البلدة؛", "وقتل ثلاثة مدنيين");
  }

  @Test
  void englishSemicolonDoesNotEndSentence() {
    assertThat(sentences("Two were killed; three were wounded."))
        .containsExactly("Two were killed; three were wounded.");
  }

  @Test
  void lineBreakEndsSentence() {
    assertThat(sentences("مقالات ذات صلة\n\nتطورات مناطق دير الزور\r\nقسد تقترح حلا"))
        .containsExactly("مقالات ذات صلة", "تطورات مناطق دير الزور", "قسد تقترح حلا");
  }

  @Test
  void doublePeriodEndsSentenceOnce() {
    assertThat(sentences("الرقة.. هروب جماعي لعناصر قسد"))
        .containsExactly("الرقة..", "هروب جماعي لعناصر قسد");
  }

  @Test
  void ellipsisCharacterEndsSentence() {
    assertThat(sentences("الرقة… هروب جماعي")).containsExactly("الرقة…", "هروب جماعي");
  }

  @Test
  void ellipsisBeforeLowerCaseContinues() {
    assertThat(sentences("And then... the shelling resumed."))
        .containsExactly("And then... the shelling resumed.");
  }

  @Test
  void mixedTerminatorRunCountsOnce() {
    assertThat(sentences("Who fired?! Nobody knows."))
        .containsExactly("Who fired?!", "Nobody knows.");
  }

  @Test
  void shortQuoteIsNotSplitInside() {
    assertThat(sentences("قال المصدر: «قتل عشرة مدنيين. وجرح عشرون آخرون» في القصف. وانتهى الأمر."))
        .containsExactly(
            "قال المصدر: «قتل عشرة مدنيين. وجرح عشرون آخرون» في القصف.", "وانتهى الأمر.");
  }

  @Test
  void shortStraightQuoteWithNestedQuoteIsNotSplitInside() {
    String text =
        "قوله أن \"جيش النظام مع القوات \"الرديفة\" له بدأ. العملية واسعة\"، مشيرة إلى ذلك.";
    assertThat(sentences(text)).containsExactly(text);
  }

  @Test
  void quoteEndingWithPeriodThenAttributionIsOneSentence() {
    assertThat(sentences("«الوضع في المدينة كارثي.» قال المتحدث باسم الدفاع المدني."))
        .containsExactly("«الوضع في المدينة كارثي.» قال المتحدث باسم الدفاع المدني.");
  }

  @Test
  void quoteEndingWithPeriodThenNewSentenceSplits() {
    assertThat(sentences("وقال: «الوضع في المدينة كارثي.» وأضاف أن القصف مستمر."))
        .containsExactly("وقال: «الوضع في المدينة كارثي.»", "وأضاف أن القصف مستمر.");
  }

  @Test
  void englishQuoteThenNamedSpeakerIsOneSentence() {
    assertThat(sentences("\"The situation is dire.\" Smith said on Monday. Nothing changed."))
        .containsExactly("\"The situation is dire.\" Smith said on Monday.", "Nothing changed.");
  }

  @Test
  void englishQuoteThenLowerCaseAttributionIsOneSentence() {
    assertThat(sentences("\"We will not leave!\" he said. Then he left."))
        .containsExactly("\"We will not leave!\" he said.", "Then he left.");
  }

  @Test
  void unclosedQuoteDoesNotBlockSplits() {
    assertThat(sentences("وأضاف حسين \"من الواضح أن هناك مرحلة حساسة. وهذا يعني الكثير."))
        .containsExactly("وأضاف حسين \"من الواضح أن هناك مرحلة حساسة.", "وهذا يعني الكثير.");
  }

  @Test
  void longQuoteSplitsInside() {
    String longSentence = "ا".repeat(SentenceSplitter.MAX_QUOTE) + ".";
    String text = "«" + longSentence + " وبعد ذلك.»";
    assertThat(sentences(text)).containsExactly("«" + longSentence, "وبعد ذلك.»");
  }

  @Test
  void closingQuoteAfterTerminatorStaysWithSentence() {
    String text = "«" + "ب".repeat(SentenceSplitter.MAX_QUOTE) + " انتهى.» ثم بدأ.";
    assertThat(sentences(text)).last().isEqualTo("ثم بدأ.");
    assertThat(sentences(text).get(0)).endsWith("انتهى.»");
  }

  @Test
  void decimalPointDoesNotSplit() {
    assertThat(sentences("بلغت المسافة 3.5 كم. ووصل."))
        .containsExactly("بلغت المسافة 3.5 كم.", "ووصل.");
    assertThat(sentences("بلغت ٣.٥ كم و٣٫٥ ميل.")).containsExactly("بلغت ٣.٥ كم و٣٫٥ ميل.");
  }

  @Test
  void arabicSingleLetterAbbreviationDoesNotSplit() {
    assertThat(sentences("قال د. محمد الأحمد إن م. خالد وصل."))
        .containsExactly("قال د. محمد الأحمد إن م. خالد وصل.");
    assertThat(sentences("أكد أ.د. سامر ذلك.")).containsExactly("أكد أ.د. سامر ذلك.");
  }

  @Test
  void arabicEraLetterAfterYearEndsSentence() {
    assertThat(sentences("وقع ذلك عام 2017م. وبعدها هدأت."))
        .containsExactly("وقع ذلك عام 2017م.", "وبعدها هدأت.");
    assertThat(sentences("وقع ذلك عام 2017 م. وبعدها هدأت."))
        .containsExactly("وقع ذلك عام 2017 م.", "وبعدها هدأت.");
  }

  @Test
  void englishTitleAbbreviationDoesNotSplit() {
    assertThat(sentences("Mr. Smith met Dr. Jones and Gen. Ali on Jan. 5."))
        .containsExactly("Mr. Smith met Dr. Jones and Gen. Ali on Jan. 5.");
  }

  @Test
  void initialismDoesNotSplitBeforeName() {
    assertThat(sentences("The U.S. Army and U.N. envoy met at 5 p.m. Friday."))
        .containsExactly("The U.S. Army and U.N. envoy met at 5 p.m. Friday.");
  }

  @Test
  void abbreviationBeforeSentenceOpenerSplits() {
    assertThat(sentences("Troops left the U.S. The war went on."))
        .containsExactly("Troops left the U.S.", "The war went on.");
  }

  @Test
  void capitalInitialDoesNotSplit() {
    assertThat(sentences("John F. Kennedy was shot.")).containsExactly("John F. Kennedy was shot.");
  }

  @Test
  void gluedPeriodDoesNotSplit() {
    assertThat(sentences("See aljazeera.net for more. Done."))
        .containsExactly("See aljazeera.net for more.", "Done.");
  }

  @Test
  void arabicPeriodWithoutSpaceSplits() {
    assertThat(sentences("قصف على الرقة.وقال المصدر"))
        .containsExactly("قصف على الرقة.", "وقال المصدر");
  }

  @Test
  void lowerCaseNextWordContinues() {
    assertThat(sentences("About 20 people, approx. five children, died."))
        .containsExactly("About 20 people, approx. five children, died.");
  }

  @Test
  void commaAfterPeriodContinues() {
    assertThat(sentences("Forces from the U.K., France and Iraq.")).hasSize(1);
  }

  @Test
  void listNumberAtLineStartDoesNotSplit() {
    assertThat(sentences("1. قصف على الرقة\n2. اشتباكات في دير الزور"))
        .containsExactly("1. قصف على الرقة", "2. اشتباكات في دير الزور");
  }

  @Test
  void spansAreTrimmedAndPunctuationOnlyFragmentsDropped() {
    String text = "  \u200F  وصل الوفد.   \n//\n  ";
    List<Span> spans = SentenceSplitter.split(text, 0, text.length());
    assertThat(spans).containsExactly(new Span(text.indexOf('و'), text.indexOf('.') + 1));
  }

  @Test
  void rangeIsRespected() {
    String text = "أولى. ثانية. ثالثة.";
    int from = text.indexOf('ث');
    int to = text.indexOf("ثالثة");
    assertThat(SentenceSplitter.split(text, from, to)).containsExactly(new Span(from, to - 1));
  }

  @Test
  void seedParagraphSplitsIntoItsSentences() {
    String text =
        "وكان قد قضى 10 مدنيين، وجرح أكثر من 20 آخرين، أمس الأربعاء، بقصف لطيران التحالف الدولي"
            + " على حي المشلب بمدينة الرقة، واستهدف طيران التحالف الأطراف الشرقية من مدينة الرقة"
            + " بأكثر من خمس غارات، حيث أكدت مصادر ميدانية استشهاد 10 مدنيين في حي المشلب بينهم"
            + " نساء، فيما لا يزال العديد من الضحايا عالقين تحت الأنقاض.\n\nمقالات ذات صلة";
    assertThat(sentences(text)).hasSize(2);
  }

  @Test
  void randomStringsGiveValidOrderedSpans() {
    Random random = new Random(42);
    String alphabet = "اب ت.؟!؛…«»“”\"\n\r 0123456789٣٫،,:U.S.Mr دم'()ة\u200F\uD83D\uDE00aZ";
    for (int round = 0; round < 20_000; round++) {
      int length = random.nextInt(60);
      StringBuilder sb = new StringBuilder();
      for (int k = 0; k < length; k++) {
        sb.append(
            random.nextInt(10) == 0
                ? (char) random.nextInt(0x10000)
                : alphabet.charAt(random.nextInt(alphabet.length())));
      }
      String text = sb.toString();
      int from = text.isEmpty() ? 0 : random.nextInt(text.length() + 1);
      int to = from + random.nextInt(text.length() - from + 1);
      List<Span> spans = SentenceSplitter.split(text, from, to);
      int previousEnd = from;
      for (Span span : spans) {
        assertThat(span.start()).isGreaterThanOrEqualTo(previousEnd);
        assertThat(span.end()).isGreaterThan(span.start()).isLessThanOrEqualTo(to);
        assertThat(Character.isWhitespace(text.charAt(span.start()))).isFalse();
        assertThat(Character.isWhitespace(text.charAt(span.end() - 1))).isFalse();
        previousEnd = span.end();
      }
    }
  }
}
