package org.hadath.text.ner;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Random;
import org.hadath.text.Token;
import org.hadath.text.Tokenizer;
import org.junit.jupiter.api.Test;

/** Random strings through the tagger: no exception, valid spans and token ranges. */
class NerRandomStringsTest {
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
    "ه",
    "ي",
    "ت",
    "ن",
    "م",
    "ر",
    "ق",
    "حي",
    "قرية",
    "لواء",
    "كتائب",
    "جبهة",
    "بلدة",
    "وبال",
    "لل",
    "الرقة",
    "حلب",
    "أبو",
    "\u064E",
    "\u0651",
    "\u0640",
    "\u200E",
    "\u200F",
    "\uFEFF",
    "\uFEFB",
    "\uFDF2",
    "٣",
    "7",
    "12",
    "a",
    "Z",
    "Raqqa",
    " ",
    " ",
    " ",
    "\n",
    ".",
    "،",
    "«",
    "»",
    "(",
    ")",
    "-",
    "\uD83D\uDE00",
    "\uD83D",
    "\uDE00",
    "\u0000",
    "\t"
  };

  @Test
  void randomTextGivesValidSpans() {
    Random r = new Random(42);
    NameFlags flags = org.hadath.extract.ner.DictionaryNames.standard();
    for (int round = 0; round < 2000; round++) {
      StringBuilder sb = new StringBuilder();
      int n = r.nextInt(40);
      for (int i = 0; i < n; i++) {
        sb.append(POOL[r.nextInt(POOL.length)]);
      }
      String s = sb.toString();
      List<Token> t = Tokenizer.tokenize(s);
      int from = t.isEmpty() ? 0 : r.nextInt(t.size());
      int to = t.isEmpty() ? 0 : from + r.nextInt(t.size() - from + 1);
      List<Entity> es =
          NerModel.standard().tag(s, t, from, to, round % 2 == 0 ? flags : NameFlags.NONE);
      int lastEnd = -1;
      for (Entity e : es) {
        assertThat(e.firstToken()).isGreaterThanOrEqualTo(from);
        assertThat(e.endToken()).isLessThanOrEqualTo(to).isGreaterThan(e.firstToken());
        assertThat(e.span().start()).isGreaterThanOrEqualTo(t.get(e.firstToken()).start());
        assertThat(e.span().start()).isLessThan(e.span().end());
        assertThat(e.span().end()).isEqualTo(t.get(e.endToken() - 1).end());
        assertThat(e.span().end()).isLessThanOrEqualTo(s.length());
        assertThat(e.span().start()).isGreaterThanOrEqualTo(lastEnd);
        lastEnd = e.span().end();
      }
    }
  }
}
