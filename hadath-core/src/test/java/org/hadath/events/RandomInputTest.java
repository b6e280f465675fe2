package org.hadath.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.hadath.model.Document;
import org.hadath.model.DocumentResult;
import org.hadath.model.Event;
import org.hadath.model.Evidence;
import org.hadath.pipeline.Pipelines;
import org.junit.jupiter.api.Test;

/**
 * Random and mutated text through the whole standard pipeline: it never throws, every document
 * comes back exactly once, and every piece of evidence points at the words it quotes.
 */
class RandomInputTest {
  private static final String[] WORDS = {
    "قصف",
    "غارات",
    "لطيران",
    "التحالف",
    "الدولي",
    "على",
    "حي",
    "المشلب",
    "بمدينة",
    "الرقة",
    "قتل",
    "10",
    "١٥",
    "مدنيين",
    "أكثر",
    "من",
    "20",
    "أمس",
    "الأربعاء",
    "اليوم",
    "قوات",
    "النظام",
    "تنظيم",
    "الدولة",
    "اشتباكات",
    "بين",
    "و",
    "،",
    ".",
    "؟",
    "\"",
    "«",
    "»",
    "\n",
    "لم",
    "سي",
    "عشرات",
    "clashes",
    "killed",
    "Syrian",
    "army",
    "in",
    "Aleppo",
    "on",
    "Thursday",
    "ـ",
    "\u200c",
    "\u064e",
    "ﻻ",
    "\uD83D\uDE00",
    "(",
    ")",
    "-",
    "بينهم",
    "نساء",
    "جرح",
    "ارتفعت",
    "الحصيلة",
    "إلى"
  };

  @Test
  void randomWordSaladNeverBreaksThePipeline() {
    Random r = new Random(20261125L);
    for (int i = 0; i < 3000; i++) {
      StringBuilder sb = new StringBuilder();
      int n = r.nextInt(80);
      for (int w = 0; w < n; w++) {
        sb.append(WORDS[r.nextInt(WORDS.length)]);
        sb.append(r.nextInt(5) == 0 ? "" : " ");
      }
      check(sb.toString(), "salad-" + i);
    }
  }

  @Test
  void randomCharactersNeverBreakThePipeline() {
    Random r = new Random(7L);
    for (int i = 0; i < 2000; i++) {
      char[] cs = new char[r.nextInt(300)];
      for (int c = 0; c < cs.length; c++) {
        int pick = r.nextInt(4);
        cs[c] =
            pick == 0
                ? (char) (0x0600 + r.nextInt(0x100))
                : pick == 1
                    ? (char) (0x20 + r.nextInt(0x60))
                    : pick == 2 ? (char) r.nextInt(0xFFFF) : ' ';
      }
      check(new String(cs), "chars-" + i);
    }
  }

  private static void check(String text, String id) {
    DocumentResult res = Pipelines.standard().process(Document.ofText(id, text));
    assertThat(res.id()).isEqualTo(id);
    assertThat(res.status())
        .as(id + ": " + res.reason())
        .isNotEqualTo(DocumentResult.Status.FAILED);
    for (Event e : res.events()) {
      for (Evidence ev : e.allEvidence()) {
        assertThat(ev.span().end()).isLessThanOrEqualTo(text.length());
        assertThat(ev.text()).isEqualTo(text.substring(ev.span().start(), ev.span().end()));
      }
    }
  }
}
