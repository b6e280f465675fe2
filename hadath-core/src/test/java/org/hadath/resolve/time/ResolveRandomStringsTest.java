package org.hadath.resolve.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.hadath.model.Span;
import org.hadath.resolve.place.DocumentPlaces;
import org.hadath.resolve.place.Geocoder;
import org.hadath.resolve.place.PlaceContext;
import org.hadath.resolve.place.ResolvedPlace;
import org.hadath.text.Token;
import org.hadath.text.Tokenizer;
import org.junit.jupiter.api.Test;

/** Random text through the place and time finders: no exception, spans inside the text. */
class ResolveRandomStringsTest {
  private static final String[] PIECES = {
    "في",
    "بمدينة",
    "الرقة",
    "حي",
    "المشلب",
    "ريف",
    "حلب",
    "الشمالي",
    "أمس",
    "الأربعاء",
    "اليوم",
    "15",
    "حزيران",
    "2017",
    "/",
    "-",
    "(",
    ")",
    "،",
    ".",
    "يونيو",
    "قبل",
    "يومين",
    "أول",
    "من",
    "June",
    "15,",
    "Thursday",
    "last",
    "week",
    "in",
    "near",
    "Aleppo's",
    "countryside",
    "province",
    "رمضان",
    "1438",
    "هـ",
    "٢٠١٧",
    "جنوب",
    "أطراف",
    "محافظة",
    "\u200f",
    "ـ",
    "😀",
    "x",
    "9999",
    "0"
  };

  @Test
  void randomTokenSoup() {
    Random r = new Random(42);
    Geocoder geo = Geocoder.defaultGeocoder();
    TimeFinder tf = new TimeFinder();
    for (int n = 0; n < 2000; n++) {
      StringBuilder sb = new StringBuilder();
      int len = r.nextInt(14);
      for (int i = 0; i < len; i++) {
        if (r.nextInt(5) == 0) {
          sb.append((char) r.nextInt(0x700));
        } else {
          sb.append(PIECES[r.nextInt(PIECES.length)]);
        }
        sb.append(r.nextBoolean() ? " " : "");
      }
      String text = sb.toString();
      List<Token> ts = Tokenizer.tokenize(text);
      Optional<LocalDate> pub =
          r.nextBoolean() ? Optional.of(LocalDate.of(2017, 6, 15)) : Optional.empty();
      TimeFinder.Result res = tf.find(text, ts, 0, ts.size(), pub, "d");
      res.mentions().forEach(m -> assertInside(m.span(), text));
      DocumentPlaces dp = geo.places(text, ts, List.of(), PlaceContext.none());
      for (ResolvedPlace p : dp.places()) {
        assertInside(p.hit().span(), text);
      }
      Span all = new Span(0, text.length());
      geo.locate(dp, new Span(0, 0), all, all)
          .ifPresent(e -> e.mentions().forEach(m -> assertInside(m.span(), text)));
    }
  }

  private static void assertInside(Span s, String text) {
    assertThat(s.end()).isLessThanOrEqualTo(text.length());
    assertThat(s.start()).isLessThanOrEqualTo(s.end());
  }
}
