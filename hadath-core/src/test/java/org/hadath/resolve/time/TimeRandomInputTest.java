package org.hadath.resolve.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.hadath.model.Span;
import org.hadath.model.TimeMention;
import org.hadath.text.Token;
import org.hadath.text.Tokenizer;
import org.junit.jupiter.api.Test;

/**
 * Random soups of time words through {@link TimeFinder} and {@link EventDates}: no exception, spans
 * inside the text and in order, precision 1–3, dates only with a publication date or an explicit
 * date, and any chosen mention is one of the document's or the publication date's.
 */
class TimeRandomInputTest {
  private static final String[] PIECES = {
    "اليوم",
    "أمس",
    "الأربعاء",
    "الجمعة",
    "عقب",
    "بعد",
    "قبيل",
    "صلاة",
    "المغرب",
    "الفجر",
    "فجر",
    "مساء",
    "نفسه",
    "نفس",
    "في",
    "الشهر",
    "الجاري",
    "مطلع",
    "الماضي",
    "الليلة",
    "قبل",
    "منذ",
    "يومين",
    "أسبوع",
    "3",
    "أيام",
    "22",
    "-",
    "/",
    "(",
    ")",
    "،",
    ".",
    "يونيو",
    "حزيران",
    "تشرين",
    "الأول",
    "2024",
    "رمضان",
    "1445",
    "هـ",
    "عيد",
    "الأضحى",
    "ثاني",
    "أيام",
    "the",
    "same",
    "day",
    "this",
    "month",
    "earlier",
    "on",
    "Thursday",
    "Thursday's",
    "last",
    "week",
    "ago",
    "two",
    "June",
    "15,",
    "2017",
    "٢٠١٧",
    "١٥",
    "إن",
    "that",
    "قال",
    "غارة",
    "\u200f",
    "ـ",
    "😀",
    "9999",
    "0",
    "31",
    "12"
  };

  @Test
  void randomTimeWords() {
    Random r = new Random(7);
    TimeFinder tf = new TimeFinder();
    for (int n = 0; n < 5000; n++) {
      StringBuilder sb = new StringBuilder();
      int len = r.nextInt(16);
      for (int i = 0; i < len; i++) {
        if (r.nextInt(6) == 0) {
          sb.append((char) r.nextInt(0x700));
        } else {
          sb.append(PIECES[r.nextInt(PIECES.length)]);
        }
        sb.append(r.nextInt(4) == 0 ? "" : " ");
      }
      String text = sb.toString();
      List<Token> ts = Tokenizer.tokenize(text);
      Optional<LocalDate> pub =
          r.nextBoolean() ? Optional.of(LocalDate.of(2024, 6, 22)) : Optional.empty();
      TimeFinder.Result res = tf.find(text, ts, 0, ts.size(), pub, "d");
      int last = 0;
      for (TimeMention m : res.mentions()) {
        assertThat(m.span().start()).isGreaterThanOrEqualTo(last);
        assertThat(m.span().end()).isLessThanOrEqualTo(text.length());
        assertThat(m.span().start()).isLessThan(m.span().end());
        assertThat(m.precision()).isBetween(1, 3);
        last = m.span().end();
      }
      res.problems().forEach(p -> assertThat(p.message()).isNotBlank());
      Span all = new Span(0, text.length());
      int t = r.nextInt(text.length() + 1);
      Span trigger = new Span(t, Math.min(text.length(), t + r.nextInt(5)));
      Optional<TimeMention> chosen =
          EventDates.inContext(text, res.mentions(), trigger, all, all, pub)
              .or(() -> EventDates.fallback(res.mentions(), List.of(all), pub, trigger));
      chosen.ifPresent(
          m ->
              assertThat(res.mentions().contains(m) || EventDates.fromPublication(m))
                  .as(text)
                  .isTrue());
      if (res.mentions().isEmpty() && pub.isEmpty()) {
        assertThat(chosen).isEmpty();
      }
    }
  }
}
