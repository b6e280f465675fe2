package org.hadath.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import org.hadath.model.Span;
import org.hadath.text.PhraseMatcher.Match;
import org.hadath.text.PhraseMatcher.Mode;
import org.junit.jupiter.api.Test;

class PhraseMatcherTest {

  private static PhraseMatcher<String> places() {
    return PhraseMatcher.<String>builder(Mode.EXACT)
        .add("مدينة الرقة", "raqqa-city")
        .add("الرقة", "raqqa")
        .add("النظام", "regime")
        .add("المعارضة", "opposition")
        .add("قوات سوريا الديمقراطية", "sdf")
        .add("بغداد", "baghdad")
        .build();
  }

  private static List<Match<String>> longest(PhraseMatcher<String> m, String text) {
    return m.findLongest(Tokenizer.tokenize(text));
  }

  @Test
  void prepositionOnFirstTokenOfMultiwordPhrase() {
    String text = "قصف بمدينة الرقة";
    assertThat(longest(places(), text))
        .extracting(Match::value, Match::span, Match::firstToken, Match::endToken)
        .containsExactly(tuple("raqqa-city", new Span(4, 16), 1, 3));
  }

  @Test
  void lamLamMatchesArticleEntry() {
    assertThat(longest(places(), "التابعة للنظام"))
        .extracting(Match::value)
        .containsExactly("regime");
  }

  @Test
  void conjunctionAndArticleMatchArticleEntry() {
    assertThat(longest(places(), "النظام والمعارضة"))
        .extracting(Match::value)
        .containsExactly("regime", "opposition");
  }

  @Test
  void conjunctionPrepositionArticle() {
    assertThat(longest(places(), "وبالرقة")).extracting(Match::value).containsExactly("raqqa");
  }

  @Test
  void entryBeginningWithBehMatchesLiterally() {
    assertThat(longest(places(), "في بغداد")).extracting(Match::value).containsExactly("baghdad");
    assertThat(longest(places(), "ببغداد")).extracting(Match::value).containsExactly("baghdad");
  }

  @Test
  void multiwordPhraseWithQuotesAround() {
    String text = "مع \"قوات سوريا الديمقراطية\" التي";
    List<Match<String>> ms = longest(places(), text);
    assertThat(ms).extracting(Match::value).containsExactly("sdf");
    Span s = ms.get(0).span();
    assertThat(text.substring(s.start(), s.end())).isEqualTo("قوات سوريا الديمقراطية");
  }

  @Test
  void laterTokensMayNotCarryProclitics() {
    assertThat(longest(places(), "قوات سوريا بالديمقراطية")).isEmpty();
  }

  @Test
  void findAllReportsOverlappingMatches() {
    List<Token> tokens = Tokenizer.tokenize("بمدينة الرقة");
    assertThat(places().findAll(tokens))
        .extracting(Match::value, Match::firstToken, Match::endToken)
        .containsExactly(tuple("raqqa-city", 0, 2), tuple("raqqa", 1, 2));
  }

  @Test
  void findLongestIsLeftmostLongestAndNonOverlapping() {
    PhraseMatcher<String> m =
        PhraseMatcher.<String>builder(Mode.EXACT)
            .add("a b", "ab")
            .add("b c d", "bcd")
            .add("c", "c")
            .add("d", "d")
            .build();
    List<Token> tokens = Tokenizer.tokenize("a b c d");
    assertThat(m.findLongest(tokens)).extracting(Match::value).containsExactly("ab", "c", "d");
    assertThat(m.findAll(tokens)).extracting(Match::value).containsExactly("ab", "bcd", "c", "d");
  }

  @Test
  void severalValuesPerPhrase() {
    PhraseMatcher<Integer> m =
        PhraseMatcher.<Integer>builder(Mode.EXACT).add("حلب", 1).add("حلب", 2).build();
    assertThat(m.findLongest(Tokenizer.tokenize("بحلب")))
        .extracting(Match::value, Match::phrase)
        .containsExactly(tuple(1, "حلب"), tuple(2, "حلب"));
    assertThat(m.size()).isEqualTo(2);
  }

  @Test
  void stemModeMatchesPluralsAndDuals() {
    PhraseMatcher<String> m =
        PhraseMatcher.<String>builder(Mode.STEM)
            .add("غارة", "airstrike")
            .add("اشتباك", "clash")
            .add("قتيل", "killed")
            .add("clash", "clash-en")
            .build();
    assertThat(
            m.findLongest(Tokenizer.tokenize("وشنت الطائرات غارات واشتباكات خلفت قتيلين. Clashes")))
        .extracting(Match::value)
        .containsExactly("airstrike", "clash", "killed", "clash-en");
  }

  @Test
  void exactModeDoesNotStem() {
    PhraseMatcher<String> m = PhraseMatcher.<String>builder(Mode.EXACT).add("غارة", "x").build();
    assertThat(m.findAll(Tokenizer.tokenize("غارات"))).isEmpty();
  }

  @Test
  void englishPhrasesAreCaseInsensitive() {
    PhraseMatcher<String> m =
        PhraseMatcher.<String>builder(Mode.EXACT).add("Syrian Democratic Forces", "sdf").build();
    assertThat(m.findAll(Tokenizer.tokenize("the syrian democratic FORCES said")))
        .extracting(Match::value, Match::span)
        .containsExactly(tuple("sdf", new Span(4, 28)));
  }

  @Test
  void tokenRangeLimitsMatches() {
    List<Token> tokens = Tokenizer.tokenize("مدينة الرقة");
    assertThat(places().findAll(tokens, 0, 1)).isEmpty();
    assertThat(places().findAll(tokens, 1, 2)).extracting(Match::value).containsExactly("raqqa");
    assertThat(places().findLongest(tokens, 1, 2))
        .extracting(Match::value)
        .containsExactly("raqqa");
  }

  @Test
  void badTokenRangeIsRejected() {
    assertThatThrownBy(() -> places().findAll(List.of(), 0, 1))
        .isInstanceOf(IndexOutOfBoundsException.class)
        .hasMessageContaining("[0, 1)");
  }

  @Test
  void emptyPhraseIsRejected() {
    assertThatThrownBy(() -> PhraseMatcher.<String>builder(Mode.EXACT).add("  ", "x"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("has no tokens");
  }

  @Test
  void builderCannotBeReusedAfterBuild() {
    PhraseMatcher.Builder<String> b = PhraseMatcher.<String>builder(Mode.EXACT).add("x", "x");
    b.build();
    assertThatThrownBy(() -> b.add("y", "y")).isInstanceOf(IllegalStateException.class);
  }
}
