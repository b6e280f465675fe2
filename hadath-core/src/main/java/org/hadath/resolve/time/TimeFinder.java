package org.hadath.resolve.time;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.chrono.HijrahDate;
import java.time.format.TextStyle;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.hadath.model.Problem;
import org.hadath.model.Span;
import org.hadath.model.TimeMention;
import org.hadath.text.Token;
import org.hadath.text.ar.ArabicNormalizer;

/**
 * Finds time expressions in a token range and resolves them against the publication date. Pure and
 * thread-safe.
 *
 * <p>Rules (precision: 1 day, 2 week, 3 month):
 *
 * <ul>
 *   <li>Explicit dates: day, month name, optional year («15 حزيران 2017», «15 يونيو 2017», «23
 *       أكتوبر/ تشرين أول», "15 June 2017", "June 15, 2017"), with Levantine/Iraqi (كانون الثاني …
 *       كانون الأول), Egyptian/Gulf (يناير … ديسمبر), Maghrebi (جانفي، فيفري، أفريل، جوان، جويلية،
 *       أوت) and English names (full and abbreviated); a second month name after «/» is read over.
 *       Without a year: the publication year, or the year before when that puts the date more than
 *       7 days after publication; with neither, the date is empty.
 *   <li>Numeric dates: 2017/06/15, 2017-06-15 (year first) and 15/6/2017, 15-06-2017, 15.06.2017
 *       (day first).
 *   <li>Hijri dates: day, Hijri month name, year, optional «هـ» («20 رمضان 1438 هـ»), converted
 *       with {@link HijrahDate} (Umm al-Qura).
 *   <li>Month and year («حزيران 2017», "June 2017"): the first of the month, precision 3.
 *   <li>Relative days, with optional parts of day before them (فجر، صباح، ظهر، عصر، مساء، ليلة،
 *       ليل، منتصف ليل; "early", "late"): «اليوم» 0, «أمس»/«البارحة»/«الليلة الماضية» −1, «أول
 *       أمس»/«أول من أمس»/«قبل أمس» −2; "today", "tonight", "this morning" 0, "yesterday", "last
 *       night" −1, "the day before yesterday" −2.
 *   <li>Weekdays («يوم الخميس», «مساء السبت», "on Thursday", "Thursday night"): the latest such day
 *       on or before the publication date; with «الماضي/الفائت/المنصرم» or "last": strictly before.
 *   <li>Relative day plus weekday («أمس الأربعاء», «اليوم الخميس», «أمس (الأحد)»): when the weekday
 *       is not the relative day's, a warning quotes the words, the publication date and the day
 *       that fits; the named weekday wins (the latest such day before the publication date for
 *       «أمس», on or before it for «اليوم»), because reports are often published a day after they
 *       were written.
 *   <li>Counted offsets: «قبل يومين»/«منذ يومين» −2, «قبل N أيام» −N (precision 1), «قبل أسبوع»,
 *       «منذ أسبوع», «الأسبوع الماضي», "last week", "a week ago" −7 (precision 2), «الشهر الماضي»,
 *       "last month": the first of the previous month (precision 3).
 *   <li>«منذ أمس» −1; «قبل (قرابة) 24 ساعة» −1, «قبل ساعات» 0.
 *   <li>Prayer times are parts of the day («بعد صلاة المغرب أمس», «فجر اليوم بعد صلاة الفجر», «قبيل
 *       صلاة العصر اليوم»); Friday's prayer names the weekday: «عقب صلاة الجمعة» is the latest
 *       Friday on or before publication, and «اليوم عقب صلاة الجمعة» in a report published on
 *       Saturday is the Friday before, with the weekday warning above.
 *   <li>«في اليوم نفسه/ذاته», «في نفس اليوم», "the same day": the date and precision of the time
 *       expression before it in the document, undated when there is none.
 *   <li>«الشهر الجاري/الحالي», "this month", "earlier this month": the first of the publication
 *       month (precision 3); «مطلع/بداية/أوائل/مستهل الشهر الجاري»: the first of the month
 *       (precision 2).
 *   <li>Dashed dates «22-يونيو-2024» are read like «22 يونيو 2024».
 *   <li>Islamic feasts («عيد الأضحى», «ثاني أيام عيد الفطر», «يوم عرفة», «عاشوراء», «المولد
 *       النبوي»): the feast's Hijri date in the Hijri year of publication (the year before when it
 *       would fall after publication), plus the ordinal day.
 *   <li>With no publication date, relative expressions are kept with an empty date.
 * </ul>
 */
public final class TimeFinder {

  /** A table word as tokens are keyed: normalised (ى → ي, ة → ه, أ → ا). */
  private static String n(String w) {
    return ArabicNormalizer.normalize(w);
  }

  private static Set<String> normSet(String... ws) {
    Set<String> out = new java.util.LinkedHashSet<>();
    for (String w : ws) {
      out.add(n(w));
    }
    return Set.copyOf(out);
  }

  @SuppressWarnings("unchecked")
  private static <V> Map<String, V> normKeys(Object... kv) {
    Map<String, V> out = new HashMap<>();
    for (int i = 0; i < kv.length; i += 2) {
      out.put(n((String) kv[i]), (V) kv[i + 1]);
    }
    return Map.copyOf(out);
  }

  /** Time expressions and the problems met reading them. */
  public record Result(List<TimeMention> mentions, List<Problem> problems) {
    public Result {
      mentions = List.copyOf(mentions);
      problems = List.copyOf(problems);
    }
  }

  private static final Map<String, Integer> MONTHS = new HashMap<>();
  private static final Map<String, Integer> MONTH_PAIRS = new HashMap<>();

  /** First words of two-word month names, read after the static tables are filled. */
  private static final class PairWords {
    static final java.util.Set<String> FIRST =
        MONTH_PAIRS.keySet().stream()
            .map(k -> k.split(" ")[0])
            .collect(java.util.stream.Collectors.toUnmodifiableSet());
  }

  private static final Map<String, Integer> HIJRI = new HashMap<>();
  private static final Map<String, Integer> HIJRI_PAIRS = new HashMap<>();
  private static final Map<String, DayOfWeek> WEEKDAYS = new HashMap<>();
  private static final Set<String> AR_PARTS =
      normSet(
          "فجر", "صباح", "ظهر", "عصر", "مساء", "ليله", "ليل", "منتصف", "ظهيره", "ضحى", "يوم", "وقت",
          "متاخر", "ساعات", "اولى", "طوال", "نهار", "قبيل", "فجريه");
  private static final Set<String> EN_PARTS =
      Set.of(
          "early",
          "late",
          "on",
          "earlier",
          "this",
          "last",
          "morning",
          "afternoon",
          "evening",
          "night",
          "overnight");
  private static final Set<String> AR_PAST = normSet("ماضي", "فايت", "منصرم", "ماضيه", "فايته");

  /** «اليوم نفسه/ذاته», «نفس/ذات اليوم». */
  private static final Set<String> SAME = normSet("نفسه", "ذاته", "نفس", "ذات");

  /** «الشهر الجاري/الحالي». */
  private static final Set<String> CURRENT = normSet("جاري", "حالي");

  /** «مطلع/بداية/أوائل/مستهل الشهر الجاري». */
  private static final Set<String> MONTH_START = normSet("مطلع", "بدايه", "اوايل", "مستهل");

  /** Words before a prayer that place a time by it: «بعد/عقب/قبيل/أثناء صلاة …». */
  private static final Set<String> PRAYER_PREPOSITIONS =
      normSet("بعد", "عقب", "قبيل", "قبل", "اثناء", "خلال", "عند", "وقت", "ابان", "بعيد");

  /** The daily prayers by name (Friday's names a weekday and is read apart). */
  private static final Set<String> PRAYERS =
      normSet("فجر", "صبح", "ظهر", "عصر", "مغرب", "عشاء", "تراويح");

  static {
    String[][] months = {
      {"كانون ثاني", "1"},
      {"شباط", "2"},
      {"اذار", "3"},
      {"نيسان", "4"},
      {"ايار", "5"},
      {"حزيران", "6"},
      {"تموز", "7"},
      {"اب", "8"},
      {"ايلول", "9"},
      {"تشرين اول", "10"},
      {"تشرين ثاني", "11"},
      {"كانون اول", "12"},
      {"يناير", "1"},
      {"فبراير", "2"},
      {"مارس", "3"},
      {"ابريل", "4"},
      {"مايو", "5"},
      {"يونيو", "6"},
      {"يونيه", "6"},
      {"يوليو", "7"},
      {"يوليه", "7"},
      {"اغسطس", "8"},
      {"سبتمبر", "9"},
      {"اكتوبر", "10"},
      {"نوفمبر", "11"},
      {"ديسمبر", "12"},
      {"جانفي", "1"},
      {"فيفري", "2"},
      {"افريل", "4"},
      {"ماي", "5"},
      {"جوان", "6"},
      {"جويليه", "7"},
      {"اوت", "8"},
      {"january", "1"},
      {"february", "2"},
      {"march", "3"},
      {"april", "4"},
      {"may", "5"},
      {"june", "6"},
      {"july", "7"},
      {"august", "8"},
      {"september", "9"},
      {"october", "10"},
      {"november", "11"},
      {"december", "12"},
      {"jan", "1"},
      {"feb", "2"},
      {"mar", "3"},
      {"apr", "4"},
      {"jun", "6"},
      {"jul", "7"},
      {"aug", "8"},
      {"sep", "9"},
      {"sept", "9"},
      {"oct", "10"},
      {"nov", "11"},
      {"dec", "12"}
    };
    monthTable(months, MONTHS, MONTH_PAIRS);
    String[][] hijri = {
      {"محرم", "1"},
      {"صفر", "2"},
      {"ربيع اول", "3"},
      {"ربيع ثاني", "4"},
      {"ربيع اخر", "4"},
      {"جمادى اولى", "5"},
      {"جمادي اولى", "5"},
      {"جمادى اول", "5"},
      {"جمادي اول", "5"},
      {"جمادى اخره", "6"},
      {"جمادي اخره", "6"},
      {"جمادى ثانيه", "6"},
      {"جمادي ثانيه", "6"},
      {"جمادى ثاني", "6"},
      {"جمادي ثاني", "6"},
      {"رجب", "7"},
      {"شعبان", "8"},
      {"رمضان", "9"},
      {"شوال", "10"},
      {"ذو قعده", "11"},
      {"ذي قعده", "11"},
      {"ذو حجه", "12"},
      {"ذي حجه", "12"}
    };
    monthTable(hijri, HIJRI, HIJRI_PAIRS);
    String[][] days = {
      {"احد", "SUNDAY"},
      {"اثنين", "MONDAY"},
      {"ثلاثاء", "TUESDAY"},
      {"اربعاء", "WEDNESDAY"},
      {"خميس", "THURSDAY"},
      {"جمعه", "FRIDAY"},
      {"سبت", "SATURDAY"},
      {"sunday", "SUNDAY"},
      {"monday", "MONDAY"},
      {"tuesday", "TUESDAY"},
      {"wednesday", "WEDNESDAY"},
      {"thursday", "THURSDAY"},
      {"friday", "FRIDAY"},
      {"saturday", "SATURDAY"}
    };
    for (String[] d : days) {
      WEEKDAYS.put(n(d[0]), DayOfWeek.valueOf(d[1]));
    }
  }

  /** Fills a month table: one-word names into {@code single}, two-word names into {@code pairs}. */
  private static void monthTable(
      String[][] names, Map<String, Integer> single, Map<String, Integer> pairs) {
    for (String[] m : names) {
      (m[0].contains(" ") ? pairs : single).put(n(m[0]), Integer.parseInt(m[1]));
    }
  }

  private static final Set<String> HEDGES = normSet("قرابه", "نحو", "حوالي", "زهاء", "حواليه");

  /** Islamic feasts as (Hijri month, day): «عيد الأضحى» is 10 Dhu al-Hijjah. */
  private static final Map<String, int[]> HOLIDAYS =
      normKeys(
          "عيد اضحي", new int[] {12, 10},
          "عيد فطر", new int[] {10, 1},
          "يوم عرفه", new int[] {12, 9},
          "عاشوراء", new int[] {1, 10},
          "مولد نبوي", new int[] {3, 12});

  /** The first word of every feast name, so most tokens are rejected by one set lookup. */
  private static final java.util.Set<String> HOLIDAY_WORDS =
      HOLIDAYS.keySet().stream()
          .map(k -> k.split(" ")[0])
          .collect(java.util.stream.Collectors.toUnmodifiableSet());

  private static final Map<String, Integer> ORDINAL_DAYS =
      normKeys("اول", 0, "ثاني", 1, "ثالث", 2, "رابع", 3);

  private static final String[] AR_DAY_NAMES = {
    "الإثنين", "الثلاثاء", "الأربعاء", "الخميس", "الجمعة", "السبت", "الأحد"
  };

  /**
   * The time expressions in {@code tokens[fromToken, toToken)}.
   *
   * @param text the text the tokens point into
   * @param published the publication date, if known
   * @param documentId the document id, for problems
   */
  public Result find(
      String text,
      List<Token> tokens,
      int fromToken,
      int toToken,
      Optional<LocalDate> published,
      String documentId) {
    if (fromToken < 0 || toToken < fromToken || toToken > tokens.size()) {
      throw new IndexOutOfBoundsException(
          "token range ["
              + fromToken
              + ", "
              + toToken
              + ") is outside "
              + tokens.size()
              + " tokens");
    }
    return scan(text, tokens, fromToken, toToken, published, documentId, true);
  }

  /**
   * The scan behind {@link #find}; {@code gated} false reads every token in full, the reference the
   * start-word gate is tested against.
   */
  Result scan(
      String text,
      List<Token> tokens,
      int fromToken,
      int toToken,
      Optional<LocalDate> published,
      String documentId,
      boolean gated) {
    Scan s = new Scan(text, tokens, toToken, published, documentId);
    int i = fromToken;
    while (i < toToken) {
      if (gated && !mayStart(tokens.get(i))) {
        i++; // most tokens: one look-up per key instead of every rule's tests
        continue;
      }
      int next = s.explicit(i);
      if (next < 0) {
        next = s.relative(i);
      }
      i = next < 0 ? i + 1 : next;
    }
    return new Result(s.mentions, s.problems);
  }

  /**
   * Every word a rule of {@link Scan#explicit} or {@link Scan#relative} tests at the first token of
   * a time expression; a token with none of them (and no number, no «…اليوم», no «الليلة») starts
   * none. {@code TimeFinderGateTest} checks the gate against the ungated scan.
   */
  private static final class Starts {
    static final Set<String> WORDS = words();

    private static Set<String> words() {
      Set<String> w = new java.util.HashSet<>();
      w.addAll(WEEKDAYS.keySet());
      w.addAll(MONTHS.keySet());
      w.addAll(PairWords.FIRST);
      w.addAll(PRAYER_PREPOSITIONS);
      w.addAll(AR_PARTS);
      w.addAll(SAME);
      w.addAll(MONTH_START);
      w.addAll(ORDINAL_DAYS.keySet());
      w.addAll(HOLIDAY_WORDS);
      w.addAll(EN_PARTS);
      w.addAll(normSet("يوم", "صلاه", "في", "من", "شهر", "امس", "بارحه", "اول", "قبل", "ليله"));
      w.addAll(normSet("منذ", "اسبوع"));
      w.addAll(
          Set.of(
              "today",
              "tonight",
              "yesterday",
              "day",
              "the",
              "month",
              "last",
              "a",
              "one",
              "two",
              "three"));
      return Set.copyOf(w);
    }
  }

  /** Whether a time expression can start at {@code t}. */
  private static boolean mayStart(Token t) {
    if (t.kind() == Token.Kind.NUMBER) {
      return true;
    }
    for (String k : t.keys()) {
      if (Starts.WORDS.contains(k)) {
        return true;
      }
    }
    String n = t.norm();
    return n.endsWith("اليوم") || n.equals("الليله");
  }

  /** The state of one scan. */
  private static final class Scan {
    final String text;
    final List<Token> tokens;
    final int to;
    final Optional<LocalDate> published;
    final String doc;
    final List<TimeMention> mentions = new ArrayList<>();
    final List<Problem> problems = new ArrayList<>();

    Scan(String text, List<Token> tokens, int to, Optional<LocalDate> published, String doc) {
      this.text = text;
      this.tokens = tokens;
      this.to = to;
      this.published = published;
      this.doc = doc;
    }

    String key(int i) {
      return i < to ? tokens.get(i).keys()[0] : "";
    }

    boolean hasKey(int i, String k) {
      if (i >= to) {
        return false;
      }
      for (String x : tokens.get(i).keys()) {
        if (x.equals(k)) {
          return true;
        }
      }
      return false;
    }

    String norm(int i) {
      return i < to ? tokens.get(i).norm() : "";
    }

    boolean isNumber(int i) {
      return i < to && tokens.get(i).kind() == Token.Kind.NUMBER;
    }

    boolean isPunct(int i, String p) {
      return i < to && tokens.get(i).kind() == Token.Kind.PUNCT && tokens.get(i).norm().equals(p);
    }

    /** The value of number token {@code i} when it is a plain integer of 1–4 digits, else -1. */
    int number(int i) {
      String n = tokens.get(i).norm();
      int v = 0;
      int digits = 0;
      for (int c = 0; c < n.length(); c++) {
        char ch = n.charAt(c);
        if (ch >= '0' && ch <= '9') {
          v = v * 10 + (ch - '0');
          digits++;
        } else if (ch == '.' || ch == ',') {
          return -1;
        }
      }
      return digits == 0 || digits > 4 ? -1 : v;
    }

    /** A dotted date inside one number token («15.06.2017»), or empty. */
    Optional<LocalDate> dotted(int i) {
      String[] parts = tokens.get(i).norm().split("\\.");
      if (parts.length != 3) {
        return Optional.empty();
      }
      try {
        int a = Integer.parseInt(parts[0]);
        int b = Integer.parseInt(parts[1]);
        int c = Integer.parseInt(parts[2]);
        if (a >= 1900 && a <= 2100) {
          return date(a, b, c);
        }
        if (c >= 1900 && c <= 2100) {
          return date(c, b, a);
        }
      } catch (NumberFormatException e) {
        return Optional.empty();
      }
      return Optional.empty();
    }

    /** A month name at {@code i}: [month, tokens used], or null. */
    int[] month(int i, Map<String, Integer> single, Map<String, Integer> pairs) {
      if (i >= to) {
        return null;
      }
      // build the two-word key only when the first word can start a two-word month name
      Integer p =
          i + 1 < to && (pairs != MONTH_PAIRS || PairWords.FIRST.contains(key(i)))
              ? pairs.get(key(i) + " " + key(i + 1))
              : null;
      if (p != null) {
        return new int[] {p, 2};
      }
      Integer m = single.get(key(i));
      if (m == null) {
        for (String k : tokens.get(i).keys()) {
          m = single.get(k);
          if (m != null) {
            break;
          }
        }
      }
      return m == null ? null : new int[] {m, 1};
    }

    /** Reads over «/ تشرين أول» or «(يونيو)» after a month name; returns the next index. */
    int alternateMonth(int j) {
      if (isPunct(j, "/") || isPunct(j, "(") || isPunct(j, "-")) {
        int[] m2 = month(j + 1, MONTHS, MONTH_PAIRS);
        if (m2 != null) {
          j = j + 1 + m2[1];
          if (isPunct(j, ")")) {
            j++;
          }
        }
      }
      return j;
    }

    void add(int first, int end, Optional<LocalDate> date, int precision, String rule) {
      Span span = new Span(tokens.get(first).start(), tokens.get(end - 1).end());
      mentions.add(new TimeMention(span, date, precision, rule));
    }

    Optional<LocalDate> date(int y, int m, int d) {
      try {
        return Optional.of(LocalDate.of(y, m, d));
      } catch (DateTimeException e) {
        return Optional.empty();
      }
    }

    /** The year for a day and month given without one. */
    Optional<LocalDate> withoutYear(int m, int d) {
      if (published.isEmpty()) {
        return Optional.empty();
      }
      LocalDate p = published.get();
      Optional<LocalDate> x = date(p.getYear(), m, d);
      if (x.isPresent() && x.get().isAfter(p.plusDays(7))) {
        x = date(p.getYear() - 1, m, d);
      }
      return x;
    }

    /** Explicit dates starting at {@code i}; returns the index after, or -1. */
    int explicit(int i) {
      int start = i;
      // optional weekday before a date: «(يوم) الأحد 23 أكتوبر»
      if (key(i).equals("يوم") && WEEKDAYS.containsKey(key(i + 1))) {
        i++;
      }
      DayOfWeek named = WEEKDAYS.get(key(i));
      if (WEEKDAYS.containsKey(key(i)) && isNumber(i + 1)) {
        i++;
        if (isPunct(i, ",") || isPunct(i, "،")) {
          i++;
        }
      } else if (WEEKDAYS.containsKey(key(i)) && (isPunct(i + 1, ",") || isPunct(i + 1, "،"))) {
        i += 2;
      } else {
        named = null;
      }
      int count = mentions.size();
      int r = explicitDate(start, i);
      if (r >= 0 && named != null && mentions.size() > count) {
        TimeMention m = mentions.get(mentions.size() - 1);
        if (m.date().isPresent() && m.date().get().getDayOfWeek() != named) {
          String words = text.substring(m.span().start(), m.span().end());
          problems.add(
              Problem.warning(
                  doc,
                  "time",
                  "«"
                      + words
                      + "» at "
                      + m.span().start()
                      + " names "
                      + dayName(named, "ar")
                      + ", but "
                      + m.date().get()
                      + " is a "
                      + dayName(m.date().get().getDayOfWeek(), "ar")
                      + "; the date is kept as written. Check the report."));
        }
      } else if (r < 0 && start != i) {
        return -1;
      }
      return r;
    }

    /** A date starting at {@code i} (the mention starts at {@code start}); index after, or -1. */
    int explicitDate(int start, int i) {
      if (isNumber(i)) {
        Optional<LocalDate> dot = dotted(i);
        if (dot.isPresent()) {
          add(start, i + 1, dot, 1, "time:numeric-date");
          return i + 1;
        }
        int d = number(i);
        // numeric dates
        if (d >= 0 && (isPunct(i + 1, "/") || isPunct(i + 1, "-") || isPunct(i + 1, "."))) {
          String sep = norm(i + 1);
          if (isNumber(i + 2) && isPunct(i + 3, sep) && isNumber(i + 4)) {
            int a = d;
            int b = number(i + 2);
            int c = number(i + 4);
            Optional<LocalDate> x = Optional.empty();
            if (a >= 1900 && a <= 2100) {
              x = date(a, b, c);
            } else if (c >= 1900 && c <= 2100) {
              x = date(c, b, a);
            }
            if (x.isPresent()) {
              add(start, i + 5, x, 1, "time:numeric-date");
              return i + 5;
            }
          }
        }
        if (d >= 1 && d <= 31) {
          int j = i + 1;
          if (key(j).equals("من") || key(j).equals("of")) {
            j++;
          } else if (isPunct(j, "-") && !isNumber(j + 1)) {
            j++; // «22-يونيو-2024»
          }
          int[] m = month(j, MONTHS, MONTH_PAIRS);
          boolean hijri = false;
          if (m == null) {
            m = month(j, HIJRI, HIJRI_PAIRS);
            hijri = m != null;
          }
          if (m != null) {
            j = alternateMonth(j + m[1]);
            if (isPunct(j, ",") || (isPunct(j, "-") && isNumber(j + 1))) {
              j++;
            }
            if (isNumber(j)
                && number(j) >= (hijri ? 1300 : 1900)
                && number(j) <= (hijri ? 1600 : 2100)) {
              int y = number(j);
              j++;
              if (hijri && (key(j).equals("ه") || key(j).equals("هـ"))) {
                j++;
              }
              if (hijri) {
                Optional<LocalDate> x;
                try {
                  x = Optional.of(LocalDate.from(HijrahDate.of(y, m[0], d)));
                } catch (DateTimeException e) {
                  x = Optional.empty();
                }
                add(start, j, x, 1, "time:hijri-date");
              } else {
                add(start, j, date(y, m[0], d), 1, "time:date");
              }
              return j;
            }
            if (!hijri) {
              add(start, j, withoutYear(m[0], d), 1, "time:date-without-year");
              return j;
            }
          }
        }
      }
      // English month first: "June 15, 2017", "June 15"
      int[] m = month(i, MONTHS, MONTH_PAIRS);
      if (m != null && tokens.get(i).kind() == Token.Kind.LATIN) {
        int j = i + m[1];
        if (isNumber(j) && number(j) >= 1 && number(j) <= 31) {
          int d = number(j);
          j++;
          if (isPunct(j, ",")) {
            j++;
          }
          if (isNumber(j) && number(j) >= 1900 && number(j) <= 2100) {
            add(start, j + 1, date(number(j), m[0], d), 1, "time:date");
            return j + 1;
          }
          add(
              start,
              j > i + m[1] + 1 && isPunct(j - 1, ",") ? j - 1 : j,
              withoutYear(m[0], d),
              1,
              "time:date-without-year");
          return j;
        }
      }
      // month and year: «حزيران 2017», "June 2017"
      if (m != null) {
        int j = alternateMonth(i + m[1]);
        if (isNumber(j) && number(j) >= 1900 && number(j) <= 2100) {
          add(i, j + 1, date(number(j), m[0], 1), 3, "time:month");
          return j + 1;
        }
      }
      return -1;
    }

    /** Relative expressions starting at {@code i}; returns the index after, or -1. */
    int relative(int i) {
      int start = i;
      int j = i;
      Token t0 = tokens.get(i);
      boolean arabic = t0.kind() == Token.Kind.ARABIC;
      // parts of day, and prayers other than Friday's: «بعد صلاة المغرب أمس»
      while (j < to) {
        if (arabic) {
          int[] pr = prayer(j);
          if (pr != null && pr[1] == 0) {
            j = pr[0];
            continue;
          }
        }
        if (!(arabic
            ? (AR_PARTS.contains(key(j)) && !norm(j).endsWith("اليوم"))
                || key(j).equals("في")
                || key(j).equals("من")
            : EN_PARTS.contains(key(j)))) {
          break;
        }
        if (!arabic && key(j).equals("last")) {
          break;
        }
        if (arabic && key(j).equals("ليله") && AR_PAST.contains(key(j + 1))) {
          break;
        }
        j++;
      }
      if (arabic) {
        return arabicRelative(start, j);
      }
      return englishRelative(start, j);
    }

    int arabicRelative(int start, int j) {
      int offset = Integer.MIN_VALUE;
      String what = null;
      String n = norm(j);
      String k = key(j);
      if (n.endsWith("اليوم") && n.length() <= 7 && SAME.contains(key(j + 1))) {
        return sameDay(start, j + 2, "ar"); // «في اليوم نفسه»
      } else if (SAME.contains(k) && norm(j + 1).endsWith("اليوم") && norm(j + 1).length() <= 7) {
        return sameDay(start, j + 2, "ar"); // «في نفس اليوم»
      } else if (n.endsWith("اليوم") && n.length() <= 7) {
        offset = 0;
        what = "today";
        j++;
      } else if (k.equals("شهر") && CURRENT.contains(key(j + 1))) {
        add(start, j + 2, published.map(p -> p.withDayOfMonth(1)), 3, "time:ar:this-month");
        return j + 2;
      } else if (MONTH_START.contains(k)
          && key(j + 1).equals("شهر")
          && CURRENT.contains(key(j + 2))) {
        add(start, j + 3, published.map(p -> p.withDayOfMonth(1)), 2, "time:ar:start-of-month");
        return j + 3;
      } else if (hasKey(j, "امس") || hasKey(j, "بارحه")) {
        offset = -1;
        what = "yesterday";
        j++;
      } else if ((k.equals("اول") || k.equals("قبل")) && key(j + 1).equals("امس")) {
        offset = -2;
        what = "day-before-yesterday";
        j += 2;
      } else if (k.equals("اول") && key(j + 1).equals("من") && key(j + 2).equals("امس")) {
        offset = -2;
        what = "day-before-yesterday";
        j += 3;
      } else if ((k.equals("ليله") || n.equals("الليله")) && AR_PAST.contains(key(j + 1))) {
        offset = -1;
        what = "last-night";
        j += 2;
      } else if (k.equals("منذ") && hasKey(j + 1, "امس")) {
        offset = -1;
        what = "since-yesterday";
        j += 2;
      } else if ((k.equals("قبل") || k.equals("منذ")) && j + 1 < to) {
        return counted(start, j);
      } else if (holiday(j) != null) {
        return holidayMention(start, j);
      } else if ((k.equals("اسبوع") || k.equals("شهر")) && AR_PAST.contains(key(j + 1))) {
        boolean week = k.equals("اسبوع");
        Optional<LocalDate> d =
            published.map(p -> week ? p.minusDays(7) : p.minusMonths(1).withDayOfMonth(1));
        add(start, j + 2, d, week ? 2 : 3, week ? "time:ar:last-week" : "time:ar:last-month");
        return j + 2;
      }
      // a prayer after the day: «أمس بعد صلاة المغرب»; Friday's names the weekday: «اليوم عقب
      // صلاة الجمعة»
      int[] pr = prayer(j);
      if (pr != null && pr[1] == 0 && offset != Integer.MIN_VALUE) {
        j = pr[0];
      } else if (pr != null && pr[1] == 1) {
        resolveWeekday(start, pr[0], offset, what, DayOfWeek.FRIDAY, false, "ar");
        return pr[0];
      }
      // weekday
      int w = j;
      if (isPunct(w, "(") || isPunct(w, "،") || isPunct(w, ",") || isPunct(w, "-")) {
        w++;
      }
      DayOfWeek day = w < to ? WEEKDAYS.get(key(w)) : null;
      if (day == null && w < to) {
        for (String kk : tokens.get(w).keys()) {
          day = WEEKDAYS.get(kk);
          if (day != null) {
            break;
          }
        }
      }
      if (day != null && (w > start || norm(w).contains("ال" + key(w)))) {
        int end = w + 1;
        if (isPunct(end, ")")) {
          end++;
        }
        boolean past = AR_PAST.contains(key(end));
        if (past) {
          end++;
        }
        resolveWeekday(start, end, offset, what, day, past, "ar");
        return end;
      }
      if (offset != Integer.MIN_VALUE) {
        int off = offset;
        add(start, j, published.map(p -> p.plusDays(off)), 1, "time:ar:" + what);
        return j;
      }
      return -1;
    }

    /**
     * A prayer at {@code j}, with an optional «بعد/عقب/قبيل/أثناء …» before it («عقب صلاة الجمعة»,
     * «بعد صلاة المغرب»): [index after, 1 when it is Friday's prayer else 0], or null.
     */
    int[] prayer(int j) {
      int k = j;
      if (PRAYER_PREPOSITIONS.contains(key(k))) {
        k++;
      }
      if (!key(k).equals("صلاه")) {
        return null;
      }
      String name = key(k + 1);
      if (name.equals("جمعه")) {
        return new int[] {k + 2, 1};
      }
      return PRAYERS.contains(name) ? new int[] {k + 2, 0} : null;
    }

    /** «في اليوم نفسه», "the same day": the day of the time expression before it, if any. */
    int sameDay(int start, int end, String lang) {
      TimeMention prev = mentions.isEmpty() ? null : mentions.get(mentions.size() - 1);
      add(
          start,
          end,
          prev == null ? Optional.empty() : prev.date(),
          prev == null ? 1 : prev.precision(),
          "time:" + lang + ":same-day");
      return end;
    }

    /** The feast named at {@code j} (after an optional «أول/ثاني أيام»): [month, day, tokens]. */
    int[] holiday(int j) {
      int k = j;
      if (ORDINAL_DAYS.containsKey(key(k))
          && (key(k + 1).equals("ايام") || key(k + 1).equals("يوم"))) {
        k += 2;
      }
      if (!HOLIDAY_WORDS.contains(key(k))) {
        return null; // most tokens: no feast starts here, and no string is built
      }
      int[] h = HOLIDAYS.get(key(k) + " " + key(k + 1));
      if (h != null && k + 1 < to) {
        return new int[] {h[0], h[1], k + 2 - j};
      }
      h = HOLIDAYS.get(key(k));
      return h == null ? null : new int[] {h[0], h[1], k + 1 - j};
    }

    /**
     * «ثاني أيام عيد الأضحى»: the feast in the Hijri year of publication (the year before when that
     * falls after publication), plus the ordinal day.
     */
    int holidayMention(int start, int j) {
      int[] h = holiday(j);
      int end = j + h[2];
      if (key(end).equals("مبارك") || key(end).equals("سعيد")) {
        end++;
      }
      int plus = ORDINAL_DAYS.getOrDefault(key(j), 0);
      Optional<LocalDate> d =
          published.flatMap(
              p -> {
                try {
                  int hy = HijrahDate.from(p).get(java.time.temporal.ChronoField.YEAR);
                  LocalDate x = LocalDate.from(HijrahDate.of(hy, h[0], h[1])).plusDays(plus);
                  if (x.isAfter(p)) {
                    x = LocalDate.from(HijrahDate.of(hy - 1, h[0], h[1])).plusDays(plus);
                  }
                  return Optional.of(x);
                } catch (DateTimeException e) {
                  return Optional.empty();
                }
              });
      add(start, end, d, 1, "time:ar:feast");
      return end;
    }

    /** «قبل يومين», «منذ أسبوع», «قبل 3 أيام», «قبل قرابة 24 ساعة». */
    int counted(int start, int j) {
      int k = j + 1;
      if (HEDGES.contains(key(k))) {
        k++;
      }
      String w = key(k);
      int days = -1;
      int precision = 1;
      int end = k + 1;
      if (w.equals("يومين")) {
        days = 2;
      } else if (w.equals("يوم")) {
        days = 1;
      } else if (w.equals("اسبوع")) {
        days = 7;
        precision = 2;
      } else if (w.equals("اسبوعين")) {
        days = 14;
        precision = 2;
      } else if (isNumber(k)
          && number(k) > 0
          && number(k) <= 31
          && (key(k + 1).equals("ايام") || key(k + 1).equals("يوما") || key(k + 1).equals("يوم"))) {
        days = number(k);
        end = k + 2;
      } else if (isNumber(k)
          && number(k) > 0
          && (key(k + 1).equals("ساعه") || key(k + 1).equals("ساعات"))) {
        days = number(k) >= 12 ? (number(k) + 11) / 24 : 0;
        end = k + 2;
      } else if (w.equals("ساعات") || w.equals("ساعه") || w.equals("ساعتين")) {
        days = 0;
      } else if (w.equals("ثلاثه") || w.equals("اربعه") || w.equals("خمسه")) {
        if (key(k + 1).equals("ايام")) {
          days = w.equals("ثلاثه") ? 3 : w.equals("اربعه") ? 4 : 5;
          end = k + 2;
        }
      }
      if (days < 0) {
        return -1;
      }
      int d = days;
      add(
          start,
          end,
          published.map(p -> p.minusDays(d)),
          precision,
          "time:ar:" + days + "-days-ago");
      return end;
    }

    int englishRelative(int start, int j) {
      String k = key(j);
      int offset = Integer.MIN_VALUE;
      String what = null;
      if (k.equals("today") || k.equals("tonight")) {
        offset = 0;
        what = "today";
        j++;
      } else if (k.equals("yesterday")) {
        offset = -1;
        what = "yesterday";
        j++;
      } else if (k.equals("day") && key(j + 1).equals("before") && key(j + 2).equals("yesterday")) {
        offset = -2;
        what = "day-before-yesterday";
        if (start == j && key(j - 1).equals("the")) {
          start = j - 1;
        }
        j += 3;
      } else if (k.equals("the") && key(j + 1).equals("same") && key(j + 2).equals("day")) {
        return sameDay(start, j + 3, "en");
      } else if (k.equals("month") && j > start && key(j - 1).equals("this")) {
        add(start, j + 1, published.map(p -> p.withDayOfMonth(1)), 3, "time:en:this-month");
        return j + 1;
      } else if (k.equals("last") && (key(j + 1).equals("week") || key(j + 1).equals("month"))) {
        boolean week = key(j + 1).equals("week");
        add(
            start,
            j + 2,
            published.map(p -> week ? p.minusDays(7) : p.minusMonths(1).withDayOfMonth(1)),
            week ? 2 : 3,
            week ? "time:en:last-week" : "time:en:last-month");
        return j + 2;
      } else if ((k.equals("a")
              || k.equals("one")
              || k.equals("two")
              || k.equals("three")
              || isNumber(j))
          && (key(j + 1).equals("week")
              || key(j + 1).equals("weeks")
              || key(j + 1).equals("days")
              || key(j + 1).equals("day"))
          && key(j + 2).equals("ago")) {
        int n = isNumber(j) ? number(j) : k.equals("two") ? 2 : k.equals("three") ? 3 : 1;
        boolean week = key(j + 1).startsWith("week");
        int days = week ? 7 * n : n;
        add(
            start,
            j + 3,
            published.map(p -> p.minusDays(days)),
            week ? 2 : 1,
            "time:en:" + days + "-days-ago");
        return j + 3;
      } else if (k.equals("last") && key(j + 1).equals("night")) {
        offset = -1;
        what = "last-night";
        j += 2;
      }
      boolean past = false;
      int w = j;
      if (key(w).equals("last") && WEEKDAYS.containsKey(key(w + 1))) {
        past = true;
        w++;
      }
      DayOfWeek day = w < to ? WEEKDAYS.get(key(w)) : null;
      if (day != null && Character.isUpperCase(text.charAt(tokens.get(w).start()))) {
        int end = w + 1;
        while (end < to
            && (key(end).equals("night")
                || key(end).equals("morning")
                || key(end).equals("evening")
                || key(end).equals("afternoon"))) {
          end++;
        }
        resolveWeekday(start, end, offset, what, day, past, "en");
        return end;
      }
      if (offset != Integer.MIN_VALUE) {
        int end = j;
        while (end < to
            && (key(end).equals("night")
                || key(end).equals("morning")
                || key(end).equals("evening")
                || key(end).equals("afternoon"))) {
          end++;
        }
        int off = offset;
        add(
            start,
            Math.max(end, start + 1),
            published.map(p -> p.plusDays(off)),
            1,
            "time:en:" + what);
        return Math.max(end, start + 1);
      }
      return -1;
    }

    void resolveWeekday(
        int start, int end, int offset, String what, DayOfWeek day, boolean past, String lang) {
      if (published.isEmpty()) {
        add(
            start,
            end,
            Optional.empty(),
            1,
            "time:" + lang + ":" + (what == null ? "" : what + "+") + "weekday");
        return;
      }
      LocalDate p = published.get();
      LocalDate named =
          (past || (offset != Integer.MIN_VALUE && offset < 0))
              ? p.minusDays(1).with(TemporalAdjusters.previousOrSame(day))
              : p.with(TemporalAdjusters.previousOrSame(day));
      if (offset == Integer.MIN_VALUE) {
        add(
            start,
            end,
            Optional.of(named),
            1,
            "time:" + lang + ":" + (past ? "last-" : "") + "weekday");
        return;
      }
      LocalDate rel = p.plusDays(offset);
      if (rel.getDayOfWeek() != day) {
        Span span = new Span(tokens.get(start).start(), tokens.get(end - 1).end());
        String words = text.substring(span.start(), span.end());
        problems.add(
            Problem.warning(
                doc,
                "time",
                "«"
                    + words
                    + "» at "
                    + span.start()
                    + " names "
                    + dayName(day, lang)
                    + ", but "
                    + what.replace('-', ' ')
                    + " of the publication date "
                    + p
                    + " ("
                    + dayName(p.getDayOfWeek(), lang)
                    + ") is "
                    + rel
                    + " ("
                    + dayName(rel.getDayOfWeek(), lang)
                    + "); dated "
                    + named
                    + ", the "
                    + dayName(day, lang)
                    + " nearest before publication. Check the publication date."));
        add(start, end, Optional.of(named), 1, "time:" + lang + ":" + what + "+weekday:mismatch");
        return;
      }
      add(start, end, Optional.of(rel), 1, "time:" + lang + ":" + what + "+weekday");
    }

    static String dayName(DayOfWeek d, String lang) {
      String en = d.getDisplayName(TextStyle.FULL, Locale.ENGLISH);
      return lang.equals("ar") ? AR_DAY_NAMES[d.getValue() - 1] + " (" + en + ")" : en;
    }
  }

  /** The first explicit date in a dateline or byline («الرقة – 15 حزيران 2017»), if any. */
  public static Optional<LocalDate> publishedFromText(String text) {
    List<Token> ts = org.hadath.text.Tokenizer.tokenize(text);
    Result r = new TimeFinder().find(text, ts, 0, ts.size(), Optional.empty(), "");
    for (TimeMention m : r.mentions()) {
      if (m.date().isPresent() && m.precision() == 1) {
        return m.date();
      }
    }
    return Optional.empty();
  }

  private static final Pattern URL_DATE =
      Pattern.compile("/((?:19|20)\\d\\d)[/-](\\d{1,2})[/-](\\d{1,2})(?:/|$|[^\\d])");

  /** The publication date a URL path carries ("/2017/10/04/", "/2017-10-04-"), if any. */
  public static Optional<LocalDate> publishedFromUrl(String url) {
    Matcher m = URL_DATE.matcher(url);
    if (m.find()) {
      try {
        return Optional.of(
            LocalDate.of(
                Integer.parseInt(m.group(1)),
                Integer.parseInt(m.group(2)),
                Integer.parseInt(m.group(3))));
      } catch (DateTimeException e) {
        return Optional.empty();
      }
    }
    return Optional.empty();
  }
}
