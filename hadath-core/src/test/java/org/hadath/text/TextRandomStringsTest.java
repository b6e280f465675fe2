package org.hadath.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.hadath.model.MappedText;
import org.hadath.text.PhraseMatcher.Match;
import org.hadath.text.ar.ArabicNormalizer;
import org.hadath.text.ar.Clitics;
import org.hadath.text.ar.LightStemmer;
import org.hadath.text.ar.VerbForms;
import org.hadath.text.en.EnglishKeys;
import org.hadath.text.en.EnglishStemmer;
import org.junit.jupiter.api.Test;

/** Random strings through every text function: no exception, valid offsets (Lucene style). */
class TextRandomStringsTest {

  private static final String[] POOL = {
    "ا",
    "ل",
    "ب",
    "و",
    "ف",
    "ك",
    "ة",
    "ى",
    "أ",
    "إ",
    "آ",
    "ٱ",
    "ؤ",
    "ئ",
    "ء",
    "ه",
    "ي",
    "ت",
    "ن",
    "م",
    "ر",
    "ق",
    "حلب",
    "الرقة",
    "بال",
    "لل",
    "وال",
    "ات",
    "ين",
    "ون",
    "ان",
    "\u064E",
    "\u064B",
    "\u0651",
    "\u0670",
    "\u06D6",
    "\u06ED",
    "\u0640",
    "\u200B",
    "\u200C",
    "\u200D",
    "\u200E",
    "\u200F",
    "\u202A",
    "\u202E",
    "\u2066",
    "\u2069",
    "\uFEFF",
    "\u061C",
    "\u00AD",
    "\uFEFB",
    "\uFDF2",
    "\uFDFA",
    "\uFE70",
    "\uFE71",
    "\uFE8D",
    "\uFB50",
    "\uFD3E",
    "٠",
    "٣",
    "٩",
    "۰",
    "۵",
    "٫",
    "٬",
    "0",
    "7",
    ",",
    ".",
    "،",
    "؛",
    "؟",
    "«",
    "»",
    "\"",
    "'",
    "\u2019",
    "(",
    ")",
    "[",
    "-",
    "/",
    "%",
    "٪",
    "$",
    "a",
    "Z",
    "s",
    "ed",
    "ing",
    "ies",
    "İ",
    "é",
    "\u0301",
    "Ж",
    "中",
    " ",
    "  ",
    "\t",
    "\n",
    "\u00A0",
    "\u0000",
    "\uD83D\uDE00",
    "\uD835\uDD38",
    "\uD83D",
    "\uDE00",
    "\uFFFF",
    "\u1EE00",
    "\uD83B\uDE00",
  };

  private static String randomString(Random r) {
    int parts = r.nextInt(30);
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < parts; i++) {
      if (r.nextInt(10) == 0) {
        sb.append((char) r.nextInt(0x10000));
      } else {
        sb.append(POOL[r.nextInt(POOL.length)]);
      }
    }
    return sb.toString();
  }

  private static boolean splitsPair(String s, int i) {
    return i > 0
        && i < s.length()
        && Character.isHighSurrogate(s.charAt(i - 1))
        && Character.isLowSurrogate(s.charAt(i));
  }

  @Test
  void tokenizerNormalizerAndKeysOnRandomStrings() {
    Random r = new Random(42);
    for (int iter = 0; iter < 20_000; iter++) {
      String s = randomString(r);
      int start = r.nextInt(s.length() + 1);
      int end = start + r.nextInt(s.length() - start + 1);
      List<Token> tokens = Tokenizer.tokenize(s, start, end);
      int prevEnd = start;
      for (Token t : tokens) {
        assertThat(t.start()).as("start of %s in %s", t, s).isGreaterThanOrEqualTo(prevEnd);
        assertThat(t.end()).isGreaterThan(t.start()).isLessThanOrEqualTo(end);
        // A pair may only be cut where the caller's range cuts it.
        assertThat(t.start() > start && splitsPair(s, t.start())).as("splits pair").isFalse();
        assertThat(t.end() < end && splitsPair(s, t.end())).as("splits pair").isFalse();
        assertThat(t.keys()).isNotEmpty();
        assertThat(t.stems()).hasSameSizeAs(t.keys());
        assertThat(t.norm()).isNotEmpty();
        prevEnd = t.end();
      }

      MappedText m = ArabicNormalizer.normalizeWithOffsets(s, start, end);
      assertThat(m.text()).isEqualTo(ArabicNormalizer.normalize(s, start, end));
      int[] map = m.toOriginal();
      assertThat(map[map.length - 1]).isEqualTo(end);
      for (int i = 0; i < map.length; i++) {
        assertThat(map[i]).isBetween(start, end);
        if (i > 0) {
          assertThat(map[i]).isGreaterThanOrEqualTo(map[i - 1]);
        }
      }

      String n = ArabicNormalizer.normalize(s);
      String[] keys = Clitics.keys(n);
      assertThat(keys).isNotEmpty().doesNotHaveDuplicates();
      assertThat(LightStemmer.stems(keys)).hasSameSizeAs(keys);
      for (String k : keys) {
        assertThat(LightStemmer.stem(k).length()).isLessThanOrEqualTo(k.length());
        assertThat(LightStemmer.nounStem(k).length()).isLessThanOrEqualTo(k.length());
        assertThat(VerbForms.of(k))
            .doesNotContain(k)
            .allMatch(f -> f.startsWith(k) || f.length() > 2);
      }
      assertThat(EnglishStemmer.stem(EnglishKeys.key(n))).isNotNull();
    }
  }

  @Test
  void matcherOnRandomStrings() {
    Random r = new Random(7);
    for (PhraseMatcher.Mode mode : PhraseMatcher.Mode.values()) {
      PhraseMatcher.Builder<Integer> b = PhraseMatcher.builder(mode);
      List<String> phrases = new ArrayList<>();
      while (phrases.size() < 300) {
        String p = randomString(r);
        if (!Tokenizer.tokenize(p).isEmpty()) {
          phrases.add(p);
          b.add(p, phrases.size());
        }
      }
      PhraseMatcher<Integer> m = b.build();
      for (int iter = 0; iter < 3_000; iter++) {
        String s = r.nextBoolean() ? randomString(r) : phrases.get(r.nextInt(phrases.size()));
        List<Token> tokens = Tokenizer.tokenize(s);
        for (Match<Integer> match : m.findAll(tokens)) {
          checkMatch(s, tokens, match);
        }
        Match<Integer> prev = null;
        for (Match<Integer> match : m.findLongest(tokens)) {
          checkMatch(s, tokens, match);
          if (prev != null && !prev.span().equals(match.span())) {
            // Values of one phrase share its span; otherwise matches do not overlap.
            assertThat(match.firstToken()).isGreaterThanOrEqualTo(prev.endToken());
          }
          prev = match;
        }
      }
    }
  }

  @Test
  void everyPhraseMatchesItself() {
    Random r = new Random(11);
    for (PhraseMatcher.Mode mode : PhraseMatcher.Mode.values()) {
      for (int iter = 0; iter < 2_000; iter++) {
        String p = randomString(r);
        if (Tokenizer.tokenize(p).isEmpty()) {
          continue;
        }
        PhraseMatcher<String> m = PhraseMatcher.<String>builder(mode).add(p, "v").build();
        List<Token> tokens = Tokenizer.tokenize(p);
        assertThat(m.findAll(tokens))
            .as("phrase %s", p)
            .anySatisfy(
                match -> {
                  assertThat(match.firstToken()).isZero();
                  assertThat(match.endToken()).isEqualTo(tokens.size());
                });
      }
    }
  }

  private static void checkMatch(String s, List<Token> tokens, Match<Integer> match) {
    assertThat(match.firstToken()).isLessThan(match.endToken());
    assertThat(match.endToken()).isLessThanOrEqualTo(tokens.size());
    assertThat(match.span().start()).isEqualTo(tokens.get(match.firstToken()).start());
    assertThat(match.span().end()).isEqualTo(tokens.get(match.endToken() - 1).end());
    assertThat(match.span().end()).isLessThanOrEqualTo(s.length());
  }
}
