package org.hadath.resolve.time;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.hadath.text.Token;
import org.hadath.text.Tokenizer;
import org.junit.jupiter.api.Test;

/**
 * The start-word gate of {@link TimeFinder#find} skips tokens no rule can start at: the gated scan
 * must find exactly what the ungated scan finds (mentions, dates, spans, rules and problems), on
 * real reports and on random soups of every time word. A rule that tests a new first word without
 * adding it to the gate fails here.
 */
class TimeFinderGateTest {
  private static final String DIR = "/org/hadath/extract/relevance/gold-dev/";

  private static final String[] WORDS = {
    "اليوم",
    "واليوم",
    "باليوم",
    "أمس",
    "وأمس",
    "البارحة",
    "الأربعاء",
    "الجمعة",
    "الخميس",
    "يوم",
    "عقب",
    "بعد",
    "قبيل",
    "أثناء",
    "صلاة",
    "المغرب",
    "الفجر",
    "العشاء",
    "فجر",
    "صباح",
    "مساء",
    "ظهر",
    "ليلة",
    "الليلة",
    "ليل",
    "منتصف",
    "نفسه",
    "ذاته",
    "نفس",
    "ذات",
    "في",
    "من",
    "الشهر",
    "شهر",
    "الجاري",
    "الحالي",
    "مطلع",
    "بداية",
    "أوائل",
    "الماضي",
    "الماضية",
    "المنصرم",
    "الفائت",
    "قبل",
    "منذ",
    "أول",
    "ثاني",
    "أيام",
    "يومين",
    "أسبوع",
    "أسبوعين",
    "الأسبوع",
    "قرابة",
    "نحو",
    "ساعات",
    "ساعة",
    "ثلاثة",
    "3",
    "24",
    "22",
    "15",
    "2017",
    "1438",
    "هـ",
    "-",
    "/",
    "(",
    ")",
    "،",
    ",",
    ".",
    "يونيو",
    "حزيران",
    "تشرين",
    "الأول",
    "الثاني",
    "كانون",
    "ربيع",
    "جمادى",
    "ذي",
    "الحجة",
    "رمضان",
    "عيد",
    "الأضحى",
    "الفطر",
    "عرفة",
    "عاشوراء",
    "المولد",
    "النبوي",
    "مبارك",
    "قتل",
    "غارة",
    "on",
    "On",
    "Thursday",
    "thursday",
    "last",
    "Last",
    "night",
    "yesterday",
    "today",
    "tonight",
    "the",
    "same",
    "day",
    "before",
    "this",
    "month",
    "week",
    "weeks",
    "days",
    "ago",
    "a",
    "one",
    "two",
    "three",
    "early",
    "late",
    "morning",
    "evening",
    "June",
    "June",
    "15,",
    "of",
    "Sept",
    "killed",
    "in",
    "15.06.2017",
    "2017-06-15"
  };

  private static TimeFinder.Result scan(String text, LocalDate pub, boolean gated) {
    List<Token> ts = Tokenizer.tokenize(text);
    return new TimeFinder().scan(text, ts, 0, ts.size(), Optional.ofNullable(pub), "doc-1", gated);
  }

  private static void assertSame(String text, LocalDate pub) {
    TimeFinder.Result gated = scan(text, pub, true);
    TimeFinder.Result full = scan(text, pub, false);
    assertThat(gated.mentions()).as(text).isEqualTo(full.mentions());
    assertThat(gated.problems()).as(text).isEqualTo(full.problems());
  }

  @Test
  void theGateFindsWhatTheFullScanFindsInRealReports() throws IOException {
    List<String> texts = new ArrayList<>();
    ObjectMapper json = new ObjectMapper();
    for (String f :
        List.of(
            "gold-dev-ar.jsonl",
            "gold-dev-en.jsonl",
            "gold-dev-extra-ar.jsonl",
            "gold-dev-extra-en.jsonl")) {
      try (InputStream in = TimeFinderGateTest.class.getResourceAsStream(DIR + f);
          BufferedReader r =
              new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
        String line;
        while ((line = r.readLine()) != null) {
          if (!line.isBlank()) {
            JsonNode n = json.readTree(line);
            texts.add(n.get("text").asText());
          }
        }
      }
    }
    assertThat(texts).hasSizeGreaterThanOrEqualTo(60);
    int found = 0;
    for (String t : texts) {
      assertSame(t, LocalDate.of(2017, 6, 15));
      found += scan(t, LocalDate.of(2017, 6, 15), true).mentions().size();
    }
    assertThat(found).isGreaterThan(100); // the reports do hold time expressions
  }

  @Test
  void theGateFindsWhatTheFullScanFindsInRandomSoupsOfTimeWords() {
    Random rnd = new Random(20261125);
    int found = 0;
    for (int c = 0; c < 20_000; c++) {
      StringBuilder b = new StringBuilder();
      int n = 1 + rnd.nextInt(12);
      for (int k = 0; k < n; k++) {
        b.append(WORDS[rnd.nextInt(WORDS.length)]).append(rnd.nextInt(5) == 0 ? "" : " ");
      }
      LocalDate pub = rnd.nextBoolean() ? LocalDate.of(2017, 6, 15) : null;
      assertSame(b.toString(), pub);
      found += scan(b.toString(), pub, true).mentions().size();
    }
    assertThat(found).isGreaterThan(5_000);
  }
}
