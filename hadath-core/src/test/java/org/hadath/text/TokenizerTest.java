package org.hadath.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import org.hadath.text.Token.Kind;
import org.junit.jupiter.api.Test;

class TokenizerTest {

  private static List<String> surfaces(String text) {
    return Tokenizer.tokenize(text).stream().map(t -> text.substring(t.start(), t.end())).toList();
  }

  @Test
  void whitespaceSeparates() {
    String text = "قوات  النظام\tفي\nحلب\u00A0اليوم";
    assertThat(surfaces(text)).containsExactly("قوات", "النظام", "في", "حلب", "اليوم");
  }

  @Test
  void lowLineSeparatesTheWordsOfHashtags() {
    String text = "استعادت #القوات_العراقية قرية #إمام_غربي near #Deir_ez_Zor";
    assertThat(surfaces(text))
        .containsExactly(
            "استعادت",
            "#",
            "القوات",
            "العراقية",
            "قرية",
            "#",
            "إمام",
            "غربي",
            "near",
            "#",
            "Deir",
            "ez",
            "Zor");
  }

  @Test
  void spansPointIntoOriginalText() {
    String text = "قصف على حلب";
    assertThat(Tokenizer.tokenize(text))
        .extracting(Token::start, Token::end, Token::kind, Token::norm)
        .containsExactly(
            tuple(0, 3, Kind.ARABIC, "قصف"),
            tuple(4, 7, Kind.ARABIC, "علي"),
            tuple(8, 11, Kind.ARABIC, "حلب"));
  }

  @Test
  void arabicPunctuationIsPunct() {
    String text = "حلب، إدلب؛ لماذا؟ «الرقة»";
    assertThat(Tokenizer.tokenize(text))
        .extracting(t -> text.substring(t.start(), t.end()), Token::kind)
        .containsExactly(
            tuple("حلب", Kind.ARABIC),
            tuple("،", Kind.PUNCT),
            tuple("إدلب", Kind.ARABIC),
            tuple("؛", Kind.PUNCT),
            tuple("لماذا", Kind.ARABIC),
            tuple("؟", Kind.PUNCT),
            tuple("«", Kind.PUNCT),
            tuple("الرقة", Kind.ARABIC),
            tuple("»", Kind.PUNCT));
  }

  @Test
  void quotesAndBracketsAreSeparatePunct() {
    assertThat(surfaces("\"الأسد\" و(قسد)"))
        .containsExactly("\"", "الأسد", "\"", "و", "(", "قسد", ")");
  }

  @Test
  void harakatStayInsideWord() {
    String text = "مَدِينَةٌ كبيرة";
    List<Token> tokens = Tokenizer.tokenize(text);
    assertThat(tokens.get(0).start()).isZero();
    assertThat(tokens.get(0).end()).isEqualTo(9);
    assertThat(tokens.get(0).norm()).isEqualTo("مدينه");
    assertThat(tokens.get(1).start()).isEqualTo(10);
  }

  @Test
  void tatweelStaysInsideWord() {
    String text = "الرقـــة";
    assertThat(Tokenizer.tokenize(text))
        .extracting(Token::start, Token::end, Token::norm)
        .containsExactly(tuple(0, 8, "الرقه"));
  }

  @Test
  void zwnjInsideWordStaysAndTrailingControlIsSkipped() {
    String text = "\u200Fال\u200Cرقة\u200F حلب";
    assertThat(Tokenizer.tokenize(text))
        .extracting(Token::start, Token::end, Token::norm)
        .containsExactly(tuple(1, 7, "الرقه"), tuple(9, 12, "حلب"));
  }

  @Test
  void presentationFormsAreArabicWords() {
    String text = "\uFE8D\uFEDF\uFEAE\uFED7\uFE94 \uFEFB";
    assertThat(Tokenizer.tokenize(text))
        .extracting(Token::start, Token::end, Token::kind, Token::norm)
        .containsExactly(tuple(0, 5, Kind.ARABIC, "الرقه"), tuple(6, 7, Kind.ARABIC, "لا"));
  }

  @Test
  void scriptChangeSplits() {
    String text = "الـBBC قالت";
    assertThat(Tokenizer.tokenize(text))
        .extracting(t -> text.substring(t.start(), t.end()), Token::kind, Token::norm)
        .containsExactly(
            tuple("الـ", Kind.ARABIC, "ال"),
            tuple("BBC", Kind.LATIN, "bbc"),
            tuple("قالت", Kind.ARABIC, "قالت"));
  }

  @Test
  void lettersAndDigitsSplit() {
    assertThat(surfaces("F16 و١٥٠م")).containsExactly("F", "16", "و", "١٥٠", "م");
  }

  @Test
  void numbersInAnyScriptWithSeparators() {
    String text = "قتل ١٬٢٠٠ و3.5 و٢٫٥ و1,000,000.";
    assertThat(Tokenizer.tokenize(text))
        .filteredOn(t -> t.kind() == Kind.NUMBER)
        .extracting(t -> text.substring(t.start(), t.end()), Token::norm)
        .containsExactly(
            tuple("١٬٢٠٠", "1,200"),
            tuple("3.5", "3.5"),
            tuple("٢٫٥", "2.5"),
            tuple("1,000,000", "1,000,000"));
  }

  @Test
  void trailingSeparatorIsNotPartOfNumber() {
    assertThat(surfaces("20, 30.")).containsExactly("20", ",", "30", ".");
  }

  @Test
  void latinApostropheInsideWord() {
    String text = "Assad's forces' 'quoted'";
    assertThat(Tokenizer.tokenize(text))
        .extracting(t -> text.substring(t.start(), t.end()), Token::kind)
        .containsExactly(
            tuple("Assad's", Kind.LATIN),
            tuple("forces", Kind.LATIN),
            tuple("'", Kind.PUNCT),
            tuple("'", Kind.PUNCT),
            tuple("quoted", Kind.LATIN),
            tuple("'", Kind.PUNCT));
  }

  @Test
  void latinKeysAndStems() {
    Token t = Tokenizer.tokenize("Clashes").get(0);
    assertThat(t.norm()).isEqualTo("clashes");
    assertThat(t.keys()).containsExactly("clashes");
    assertThat(t.stems()).containsExactly("clash");
    assertThat(Tokenizer.tokenize("Assad's").get(0).keys()).containsExactly("assad");
  }

  @Test
  void arabicKeysAndStems() {
    Token t = Tokenizer.tokenize("بالغارات").get(0);
    assertThat(t.keys()).containsExactly("بالغارات", "غارات");
    assertThat(t.stems()).containsExactly("بالغار", "غار");
  }

  @Test
  void symbolsAndEmojiAreOtherAndSurrogatePairsStayWhole() {
    String text = "حلب\uD83D\uDE00$";
    assertThat(Tokenizer.tokenize(text))
        .extracting(Token::start, Token::end, Token::kind)
        .containsExactly(
            tuple(0, 3, Kind.ARABIC), tuple(3, 5, Kind.OTHER), tuple(5, 6, Kind.OTHER));
  }

  @Test
  void otherScriptsAreOtherWords() {
    assertThat(Tokenizer.tokenize("Москва"))
        .extracting(Token::kind, Token::norm)
        .containsExactly(tuple(Kind.OTHER, "москва"));
  }

  @Test
  void strayMarksAreSkipped() {
    assertThat(Tokenizer.tokenize(" \u064E\u0640 \u0301")).isEmpty();
  }

  @Test
  void subRangeSpansAreAbsolute() {
    String text = "xx قصف حلب yy";
    assertThat(Tokenizer.tokenize(text, 3, 10))
        .extracting(Token::start, Token::end)
        .containsExactly(tuple(3, 6), tuple(7, 10));
  }

  @Test
  void highSurrogateAtRangeEndIsNotPairedPastEnd() {
    String text = "a\uD83D\uDE00";
    assertThat(Tokenizer.tokenize(text, 0, 2))
        .extracting(Token::start, Token::end)
        .containsExactly(tuple(0, 1), tuple(1, 2));
  }

  @Test
  void firstKeyTokensAreTheSameTokensWithOnlyTheirFirstKey() {
    String text = "والقوات الحكومية للمدينة shelled villages، ٣ غارات";
    List<Token> full = Tokenizer.tokenize(text);
    List<Token> first = Tokenizer.tokenizeFirstKeys(text);
    assertThat(first)
        .extracting(Token::start, Token::end, Token::kind, Token::norm, t -> List.of(t.keys()))
        .containsExactlyElementsOf(
            full.stream()
                .map(t -> tuple(t.start(), t.end(), t.kind(), t.norm(), List.of(t.keys()[0])))
                .toList());
    assertThat(first).allSatisfy(t -> assertThat(t.stems()).containsExactly(t.keys()));
    assertThat(full.get(0).keys()).hasSizeGreaterThan(1); // «والقوات» also has «قوات»
  }
}
