package org.hadath.text;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalLong;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.hadath.model.Quantity;
import org.hadath.model.Span;
import org.hadath.text.QuantityMatch.Kind;
import org.hadath.text.ar.ArabicNormalizer;
import org.hadath.text.ar.ArabicNumbers;
import org.hadath.text.ar.CliticForms;
import org.hadath.text.en.EnglishMonths;
import org.hadath.text.en.EnglishNumbers;

/**
 * Finds every number phrase in a range of tokens and reads it into a {@link Quantity}, Arabic and
 * English alike (each token is read by its own script, so mixed text works).
 *
 * <p>Readings (see {@link ArabicNumbers} and {@link EnglishNumbers} for the words):
 *
 * <ul>
 *   <li><b>digits</b> ({@code qty:digits}) in any script (the tokenizer gives ASCII): thousands
 *       separators «,» and «٬» between 3-digit groups (1,200), and «.» when every group after it
 *       has 3 digits (1.200 = 1200; 3.5 stays a fraction); a scale word after digits multiplies
 *       («20 ألف», «3 آلاف», «1.5 million»).
 *   <li>Arabic and English number words, vague amounts, «several», «a few» and Arabic duals.
 * </ul>
 *
 * <p>Qualifiers (the span covers them; the rule names them):
 *
 * <ul>
 *   <li><b>more-than</b> ({@code qty:ar:more-than}, {@code qty:en:more-than}) → low = n + 1, no
 *       high: أكثر من، أزيد من، ما يزيد عن/على، ما يربو على، ما يفوق، ما يتجاوز; more than, over,
 *       upwards of, in excess of. «أكثر من 20» = (21, open), as ACLED counts "more than 20".
 *   <li><b>at-least</b> → low = n, no high: ما لا يقل عن، لا يقل عن، على الأقل (before or after),
 *       أو أكثر، فأكثر (after); at least, no fewer than, no less than, not less than, a minimum of,
 *       "or more" (after). An Arabic qualifier after may follow the counted noun: «35 شخصاً على
 *       الأقل» is one match.
 *   <li><b>about</b> → approximate, same bounds: نحو، حوالي، قرابة، زهاء، ما يقارب، ما يقرب من، ما
 *       يناهز، في حدود، تقريبا (before or after); about, around, nearly, almost, approximately,
 *       roughly, some, an estimated, close to, "or so" (after).
 *   <li><b>less-than</b> → (0, n − 1): أقل من، ما يقل عن; less than, fewer than, under. The words
 *       allow zero, so low is 0: hadath does not invent a figure the report does not give.
 *   <li><b>up-to</b> → (0, n): ما يصل إلى; up to, as many as. Same reasoning.
 *   <li><b>range</b> ({@code qty:ar:range}, {@code qty:en:range}, {@code qty:range} for a dash) →
 *       (x, y) when y &gt; x: بين/ما بين x و y, من x إلى/حتى y, x إلى y, x أو y; between x and y,
 *       from x to y, x to y, x or y; x-y, x–y.
 * </ul>
 *
 * <p>Kinds ({@link Kind}; for any kind but {@link Kind#COUNT} the rule is {@code qty:<kind>}):
 *
 * <ul>
 *   <li><b>percent</b>: % or ٪ on either side, بالمئة، في المئة، percent, per cent, pct.
 *   <li><b>money</b>: $ € £ ¥ before, or a currency word after (دولار، ليرة، دينار، يورو …,
 *       dollars, euros, pounds …).
 *   <li><b>time</b>: h:mm or h:mm:ss glued (also qualified: "about 6:30pm"); for unqualified
 *       numbers also الساعة before, صباحا/مساء/ظهرا/ليلا/فجرا/بتوقيت or am/pm/a.m./GMT/o'clock
 *       after.
 *   <li><b>date</b> (1–31, unqualified): a month name after (Syriac, Egyptian, Maghreb, Hijri and
 *       English names; two-word names such as «تشرين الأول»; «يونيو/حزيران»), with the year after
 *       it if given; an English month before ("June 15, 2017"); d/m/y, y-m-d, d.m.y, y.m.d glued;
 *       d/m; «22-يونيو-2024». English "may" and "march" are months only when capitalised ("10 may
 *       have died").
 *   <li><b>year</b> (four digits 1000–2100, unqualified): م or هـ after («2017م»), AD/BC after, a
 *       year word before (عام، سنة، عامي, year), a month name before («حزيران 2017»), or, for
 *       1900–2100, a preposition of time before (في، منذ، خلال، حتى، قبل، بعد, in, since, during,
 *       until, by, of, from, mid- …). In English text (a Latin word before or after) a bare
 *       1900–2100 is a year ("the 2019 rulings"), because English writes a count as 2,000; in
 *       Arabic text it stays a count («قتل 2000 شخص»). Four digits listed right after a year («عامي
 *       2011 و2017») are a year too.
 *   <li><b>label</b> (unqualified): رقم، الفرقة، اللواء، الفوج، الكتيبة، قرار, number, route,
 *       brigade, division … before.
 *   <li><b>measure</b>: a unit after (كم، كلم، متر، ملم، كغ، طن، ميل، ساعة، يوم، أيام، أسبوع، شهر،
 *       سنة، عام، أعوام، عاما …, km, mm, kg, miles, hours, days, years …, also glued: «10كم»,
 *       "120mm", "10-year-old"), or عيار/عمر/caliber/aged before, or an adjectival number after a
 *       unit («يوم واحد»), or a fraction that no scale word follows (3.5), or a number hyphenated
 *       to a word as a modifier ("four-wheel-drive", "25-member").
 *   <li><b>count</b>: everything else.
 *   <li>Ordinal digits (1st, 2nd, 3rd, 21st) and ordinal words (الأول، الثالث, first, third) are
 *       not quantities and give no match.
 * </ul>
 *
 * <p>Matches are in text order and never overlap; at each token the longest phrase starting there
 * wins. The class is stateless and thread-safe; its tables are built once.
 */
public final class QuantityFinder {

  private QuantityFinder() {}

  /** How a qualifier changes a quantity. */
  private enum Qualifier {
    MORE_THAN("more-than"),
    AT_LEAST("at-least"),
    ABOUT("about"),
    LESS_THAN("less-than"),
    UP_TO("up-to");

    final String name;

    Qualifier(String name) {
      this.name = name;
    }

    Quantity apply(Quantity q) {
      switch (this) {
        case MORE_THAN:
          {
            long base = q.high() != null ? q.high() : q.low();
            return base + 1 > Integer.MAX_VALUE
                ? q
                : new Quantity((int) base + 1, null, q.approximate());
          }
        case AT_LEAST:
          return new Quantity(q.low(), null, q.approximate());
        case ABOUT:
          return new Quantity(q.low(), q.high(), true);
        case LESS_THAN:
          return new Quantity(0, Math.max(0, q.low() - 1), q.approximate());
        default:
          return new Quantity(0, q.high() != null ? q.high() : q.low(), q.approximate());
      }
    }
  }

  /** A qualifier phrase: the tokens after its first, and what it does. */
  private record Phrase(String[] rest, Qualifier qualifier, String rule) {}

  private static final CliticForms<List<Phrase>> AR_LEAD =
      arabicPhrases(
          Map.of(
              Qualifier.MORE_THAN,
              List.of(
                  "أكثر من",
                  "أزيد من",
                  "ما يزيد عن",
                  "ما يزيد على",
                  "يزيد عن",
                  "يزيد على",
                  "ما يربو على",
                  "ما يربو عن",
                  "يربو على",
                  "ما يفوق",
                  "يفوق",
                  "ما يتجاوز",
                  "يتجاوز"),
              Qualifier.AT_LEAST,
              List.of("ما لا يقل عن", "لا يقل عن", "ما لا يقل على", "لا يقل على", "على الأقل"),
              Qualifier.ABOUT,
              List.of(
                  "نحو",
                  "حوالي",
                  "حوالى",
                  "قرابة",
                  "زهاء",
                  "ما يقارب",
                  "يقارب",
                  "ما يقرب من",
                  "يقرب من",
                  "ما يناهز",
                  "يناهز",
                  "في حدود",
                  "تقريبا"),
              Qualifier.LESS_THAN,
              List.of("أقل من", "ما يقل عن", "يقل عن"),
              Qualifier.UP_TO,
              List.of("ما يصل إلى", "يصل إلى")));

  private static final CliticForms<List<Phrase>> AR_TRAIL =
      arabicPhrases(
          Map.of(
              Qualifier.AT_LEAST,
              List.of("على الأقل", "أو أكثر", "فأكثر"),
              Qualifier.ABOUT,
              List.of("تقريبا")));

  private static final Map<String, List<Phrase>> EN_LEAD =
      englishPhrases(
          Map.of(
              Qualifier.MORE_THAN,
              List.of("more than", "over", "upwards of", "in excess of"),
              Qualifier.AT_LEAST,
              List.of("at least", "no fewer than", "no less than", "not less than", "a minimum of"),
              Qualifier.ABOUT,
              List.of(
                  "about",
                  "around",
                  "nearly",
                  "almost",
                  "approximately",
                  "roughly",
                  "some",
                  "an estimated",
                  "estimated",
                  "close to"),
              Qualifier.LESS_THAN,
              List.of("less than", "fewer than", "under"),
              Qualifier.UP_TO,
              List.of("up to", "as many as")));

  private static final Map<String, List<Phrase>> EN_TRAIL =
      englishPhrases(
          Map.of(
              Qualifier.AT_LEAST, List.of("or more", "at least"),
              Qualifier.ABOUT, List.of("or so")));

  private static CliticForms<List<Phrase>> arabicPhrases(Map<Qualifier, List<String>> byQualifier) {
    Map<String, List<Phrase>> byFirst = new HashMap<>();
    byQualifier.forEach(
        (q, phrases) -> {
          for (String p : phrases) {
            String[] words = ArabicNormalizer.normalize(p).split(" ");
            String[] rest = Arrays.copyOfRange(words, 1, words.length);
            byFirst
                .computeIfAbsent(words[0], k -> new ArrayList<>())
                .add(new Phrase(rest, q, "qty:ar:" + q.name));
          }
        });
    CliticForms.Builder<List<Phrase>> b = CliticForms.builder();
    byFirst.forEach((first, list) -> b.add(first, longestFirst(list), false));
    return b.build();
  }

  private static Map<String, List<Phrase>> englishPhrases(
      Map<Qualifier, List<String>> byQualifier) {
    Map<String, List<Phrase>> byFirst = new HashMap<>();
    byQualifier.forEach(
        (q, phrases) -> {
          for (String p : phrases) {
            String[] words = p.split(" ");
            String[] rest = Arrays.copyOfRange(words, 1, words.length);
            byFirst
                .computeIfAbsent(words[0], k -> new ArrayList<>())
                .add(new Phrase(rest, q, "qty:en:" + q.name));
          }
        });
    Map<String, List<Phrase>> out = new HashMap<>();
    byFirst.forEach((first, list) -> out.put(first, longestFirst(list)));
    return Map.copyOf(out);
  }

  private static List<Phrase> longestFirst(List<Phrase> list) {
    List<Phrase> sorted = new ArrayList<>(list);
    sorted.sort((a, b) -> Integer.compare(b.rest().length, a.rest().length));
    return List.copyOf(sorted);
  }

  private static Set<String> ar(String... words) {
    return Stream.of(words)
        .map(ArabicNormalizer::normalize)
        .collect(Collectors.toUnmodifiableSet());
  }

  private static final Set<String> CURRENCY_AR =
      ar(
          "دولار", "دولارا", "دولارات", "يورو", "ليرة", "ليرات", "دينار", "دينارا", "دنانير",
          "ريال", "ريالا", "ريالات", "جنيه", "جنيها", "جنيهات", "درهم", "دراهم", "تومان", "روبل",
          "شيكل", "شيكلا", "شواكل");
  private static final Set<String> CURRENCY_EN =
      Set.of(
          "dollar",
          "dollars",
          "usd",
          "euro",
          "euros",
          "eur",
          "pound",
          "pounds",
          "sterling",
          "gbp",
          "lira",
          "liras",
          "lire",
          "dinar",
          "dinars",
          "riyal",
          "riyals",
          "rial",
          "rials",
          "shekel",
          "shekels",
          "ruble",
          "rubles",
          "rouble",
          "roubles",
          "yen",
          "toman",
          "tomans");
  private static final Set<String> CURRENCY_SYMBOLS = Set.of("$", "€", "£", "¥");
  private static final Set<String> PERCENT_SIGNS = Set.of("%", "٪", "‰");
  private static final Set<String> PERCENT_AR = ar("بالمئة", "بالمائة", "بالمئه", "بالمائه");
  private static final String FI = ArabicNormalizer.normalize("في");
  private static final Set<String> PERCENT_EN = Set.of("percent", "pct", "percentage");
  private static final Set<String> HUNDRED_AR = ar("المئة", "المائة");
  private static final Set<String> UNITS_AR =
      ar(
          "كم",
          "كلم",
          "كيلومتر",
          "كيلومترا",
          "كيلومترات",
          "كيلو",
          "كيلوغرام",
          "كيلوغراما",
          "كغ",
          "كلغ",
          "غرام",
          "غراما",
          "متر",
          "مترا",
          "أمتار",
          "سم",
          "سنتيمتر",
          "ملم",
          "مم",
          "ميليمتر",
          "مليمتر",
          "ميل",
          "أميال",
          "طن",
          "أطنان",
          "هكتار",
          "دونم",
          "دونما",
          "لتر",
          "لترا",
          "ساعة",
          "ساعات",
          "دقيقة",
          "دقائق",
          "ثانية",
          "ثوان",
          "يوم",
          "يوما",
          "أيام",
          "أسبوع",
          "أسابيع",
          "شهر",
          "شهرا",
          "أشهر",
          "شهور",
          "سنة",
          "سنوات",
          "سنين",
          "عام",
          "عاما",
          "أعوام",
          "قرن",
          "عقود",
          "درجة",
          "درجات",
          "ميغاواط");
  private static final Set<String> UNITS_EN =
      Set.of(
          "km",
          "kms",
          "kilometers",
          "kilometres",
          "kilometer",
          "kilometre",
          "mi",
          "mile",
          "miles",
          "meter",
          "meters",
          "metre",
          "metres",
          "cm",
          "mm",
          "millimeter",
          "millimeters",
          "millimetre",
          "millimetres",
          "kg",
          "kgs",
          "kilogram",
          "kilograms",
          "kilo",
          "kilos",
          "gram",
          "grams",
          "ton",
          "tons",
          "tonne",
          "tonnes",
          "hectare",
          "hectares",
          "acre",
          "acres",
          "foot",
          "feet",
          "ft",
          "yard",
          "yards",
          "inch",
          "inches",
          "litre",
          "litres",
          "liter",
          "liters",
          "hour",
          "hours",
          "hr",
          "hrs",
          "minute",
          "minutes",
          "min",
          "mins",
          "seconds",
          "day",
          "days",
          "week",
          "weeks",
          "month",
          "months",
          "year",
          "years",
          "decade",
          "decades",
          "century",
          "centuries",
          "degrees",
          "mw",
          "kw");
  private static final Set<String> MEASURE_BEFORE_AR = ar("عيار", "عمر", "سن");
  private static final Set<String> MEASURE_BEFORE_EN = Set.of("caliber", "calibre", "aged", "age");
  private static final Set<String> TIME_AFTER_AR =
      ar("صباحا", "صباح", "مساء", "مساءا", "ظهرا", "ليلا", "فجرا", "عصرا", "بتوقيت");
  private static final Set<String> TIME_AFTER_EN = Set.of("am", "pm", "gmt", "utc", "o'clock");
  private static final Set<String> TIME_BEFORE_AR = ar("ساعة");
  private static final Set<String> MONTHS_AR =
      ar(
          "كانون", "شباط", "آذار", "نيسان", "أيار", "حزيران", "تموز", "آب", "أيلول", "تشرين",
          "يناير", "فبراير", "مارس", "أبريل", "إبريل", "مايو", "ماي", "يونيو", "يونيه", "يوليو",
          "يوليه", "أغسطس", "غشت", "سبتمبر", "شتنبر", "أكتوبر", "نوفمبر", "نونبر", "ديسمبر",
          "دجنبر", "جانفي", "فيفري", "أفريل", "جوان", "جويلية", "أوت", "محرم", "صفر", "ربيع",
          "جمادى", "رجب", "شعبان", "رمضان", "شوال");
  private static final Set<String> MONTH_SECOND_AR =
      ar("الأول", "الثاني", "الآخر", "الآخرة", "الأولى", "القعدة", "الحجة");
  private static final Set<String> MONTH_DHU_AR = ar("ذو", "ذي");
  private static final Set<String> MONTHS_EN =
      EnglishMonths.with(
          Set.of(), "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov",
          "dec");
  private static final Set<String> YEAR_WORDS_AR = ar("عام", "سنة", "عامي", "سنتي");
  private static final Set<String> YEAR_PREPS_AR =
      ar(
          "في", "منذ", "خلال", "حتى", "قبل", "بعد", "مطلع", "أواخر", "أوائل", "نهاية", "بداية",
          "منتصف", "صيف", "شتاء", "خريف");
  private static final Set<String> YEAR_PREPS_EN =
      Set.of(
          "in", "since", "during", "until", "till", "by", "of", "from", "before", "after", "early",
          "late", "mid", "summer", "winter", "spring", "autumn", "year");
  private static final Set<String> YEAR_AFTER_AR = ar("م", "هـ");
  private static final Set<String> YEAR_AFTER_EN = Set.of("ad", "bc", "ce", "bce");
  private static final Set<String> LABEL_AR = ar("رقم", "فرقة", "لواء", "فوج", "كتيبة", "قرار");
  private static final Set<String> LABEL_EN =
      Set.of(
          "number",
          "route",
          "highway",
          "brigade",
          "division",
          "regiment",
          "battalion",
          "resolution",
          "article",
          "flight");
  private static final Set<String> ORDINAL_SUFFIXES = Set.of("st", "nd", "rd", "th");
  private static final String AND_AR = ArabicNormalizer.normalize("و");
  private static final Set<String> RANGE_AND = Set.of(AND_AR, "and");
  private static final Set<String> RANGE_TO =
      Set.of(ArabicNormalizer.normalize("إلى"), "حتي", "to");
  private static final Set<String> DASHES = Set.of("-", "–", "—");
  private static final Set<String> RANGE_OR = Set.of(ArabicNormalizer.normalize("أو"), "or");
  private static final Set<String> RANGE_LEAD_AND = ar("بين");
  private static final Set<String> RANGE_LEAD_MA = ar("ما");
  private static final Set<String> RANGE_LEAD_TO = ar("من");

  /** A number read at a position, before qualifiers and kinds. */
  private record Core(
      NumberReading reading, boolean digits, boolean fraction, boolean dottedDate, int digitCount) {
    int end() {
      return reading.endToken();
    }

    boolean exact() {
      return !fraction && !dottedDate && reading.quantity().exact();
    }
  }

  /**
   * Every number phrase among {@code tokens[fromToken, toToken)} of {@code text}, in text order,
   * without overlaps.
   *
   * @throws IndexOutOfBoundsException if the token range is not within {@code tokens}
   */
  public static List<QuantityMatch> find(
      String text, List<Token> tokens, int fromToken, int toToken) {
    Objects.requireNonNull(text, "text");
    Objects.checkFromToIndex(fromToken, toToken, tokens.size());
    List<QuantityMatch> out = new ArrayList<>();
    int floor = fromToken;
    int i = fromToken;
    while (i < toToken) {
      QuantityMatch m = canStart(tokens.get(i)) ? matchAt(text, tokens, i, floor, toToken) : null;
      if (m != null) {
        m = yearAfterYear(tokens, out, m);
        out.add(m);
        i = m.endToken();
        floor = i;
      } else {
        i++;
      }
    }
    return out;
  }

  private static final Set<String> YEAR_LIST_CONNECTORS =
      Set.of(
          AND_AR,
          "and",
          ",",
          "،",
          "-",
          "–",
          "to",
          "or",
          ArabicNormalizer.normalize("إلى"),
          ArabicNormalizer.normalize("أو"));

  /** Surface forms that can start a match: number words, qualifiers, range leads (with clitics). */
  private static final Set<String> ARABIC_STARTERS = arabicStarters();

  private static final Set<String> LATIN_STARTERS = latinStarters();

  private static Set<String> arabicStarters() {
    Set<String> out = new HashSet<>(ArabicNumbers.startForms());
    out.addAll(AR_LEAD.forms());
    CliticForms.Builder<Boolean> leads = CliticForms.builder();
    for (String w : new String[] {"بين", "ما", "من"}) {
      leads.add(w, true, false);
    }
    out.addAll(leads.build().forms());
    return Set.copyOf(out);
  }

  private static Set<String> latinStarters() {
    Set<String> out = new HashSet<>(EnglishNumbers.startWords());
    out.addAll(EN_LEAD.keySet());
    out.add("between");
    out.add("from");
    return Set.copyOf(out);
  }

  private static boolean canStart(Token t) {
    switch (t.kind()) {
      case NUMBER:
        return true;
      case ARABIC:
        return ARABIC_STARTERS.contains(t.norm());
      case LATIN:
        return LATIN_STARTERS.contains(t.norm());
      default:
        return false;
    }
  }

  /** «عامي 2011 و2017»: four digits listed right after a year are a year too. */
  private static QuantityMatch yearAfterYear(
      List<Token> tokens, List<QuantityMatch> out, QuantityMatch m) {
    if (m.kind() != Kind.COUNT || out.isEmpty() || !m.rule().equals("qty:digits")) {
      return m;
    }
    QuantityMatch prev = out.get(out.size() - 1);
    Token t = tokens.get(m.firstToken());
    if (prev.kind() != Kind.YEAR
        || m.endToken() != m.firstToken() + 1
        || t.norm().length() != 4
        || m.quantity().low() < 1000
        || m.quantity().low() > 2100) {
      return m;
    }
    for (int k = prev.endToken(); k < m.firstToken(); k++) {
      if (!YEAR_LIST_CONNECTORS.contains(tokens.get(k).norm())) {
        return m;
      }
    }
    return new QuantityMatch(
        m.firstToken(), m.endToken(), m.span(), m.quantity(), "qty:year", Kind.YEAR);
  }

  private static QuantityMatch matchAt(String text, List<Token> tokens, int i, int floor, int to) {
    // 1. a leading qualifier, then a number
    Phrase lead = phraseAt(tokens, i, to, AR_LEAD, EN_LEAD);
    if (lead != null) {
      int at = i + 1 + lead.rest().length;
      Core c = core(text, tokens, at, to);
      if (c != null && !c.dottedDate()) {
        Quantity q = lead.qualifier().apply(c.reading().quantity());
        return finish(text, tokens, i, c.end(), q, lead.rule(), c, true, false, floor, to);
      }
    }
    // 2. a range lead: بين x و y, من x إلى y, between x and y, from x to y
    QuantityMatch range = ledRange(text, tokens, i, floor, to);
    if (range != null) {
      return range;
    }
    // 3. a plain number, maybe the start of a range x-y
    Core c = core(text, tokens, i, to);
    if (c == null) {
      return null;
    }
    if (c.exact() && !slashDateFollows(tokens, c.end(), to)) {
      QuantityMatch r = rangeAfter(text, tokens, i, c, floor, to, false);
      if (r != null) {
        return r;
      }
    }
    return finish(
        text,
        tokens,
        i,
        c.end(),
        c.reading().quantity(),
        c.reading().rule(),
        c,
        false,
        false,
        floor,
        to);
  }

  /** The qualifier phrase at {@code i}, if any. */
  private static Phrase phraseAt(
      List<Token> tokens,
      int i,
      int to,
      CliticForms<List<Phrase>> arabic,
      Map<String, List<Phrase>> english) {
    if (i >= to) {
      return null;
    }
    Token t = tokens.get(i);
    List<Phrase> candidates;
    if (t.kind() == Token.Kind.ARABIC) {
      CliticForms.Form<List<Phrase>> f = arabic.find(t.norm());
      if (f == null || f.article()) {
        return null;
      }
      candidates = f.value();
    } else if (t.kind() == Token.Kind.LATIN) {
      candidates = english.get(t.norm());
    } else {
      return null;
    }
    if (candidates == null) {
      return null;
    }
    for (Phrase p : candidates) {
      if (i + 1 + p.rest().length > to) {
        continue;
      }
      boolean ok = true;
      for (int k = 0; k < p.rest().length && ok; k++) {
        ok = tokens.get(i + 1 + k).norm().equals(p.rest()[k]);
      }
      if (ok) {
        return p;
      }
    }
    return null;
  }

  private static QuantityMatch ledRange(String text, List<Token> tokens, int i, int floor, int to) {
    Token t = tokens.get(i);
    int x;
    boolean and;
    String lang;
    if (t.kind() == Token.Kind.ARABIC) {
      lang = "ar";
      if (arabicIn(t, RANGE_LEAD_AND)) {
        x = i + 1;
        and = true;
      } else if (arabicIn(t, RANGE_LEAD_MA)
          && i + 1 < to
          && RANGE_LEAD_AND.contains(tokens.get(i + 1).norm())) {
        x = i + 2;
        and = true;
      } else if (arabicIn(t, RANGE_LEAD_TO)) {
        x = i + 1;
        and = false;
      } else {
        return null;
      }
    } else if (t.kind() == Token.Kind.LATIN) {
      lang = "en";
      if (t.norm().equals("between")) {
        x = i + 1;
        and = true;
      } else if (t.norm().equals("from")) {
        x = i + 1;
        and = false;
      } else {
        return null;
      }
    } else {
      return null;
    }
    Core cx = core(text, tokens, x, to);
    if (cx == null || !cx.exact()) {
      return null;
    }
    int k = cx.end();
    if (k >= to) {
      return null;
    }
    Token sep = tokens.get(k);
    int y;
    if (and) {
      if (RANGE_AND.contains(sep.norm())) {
        y = k + 1;
      } else if (sep.kind() == Token.Kind.ARABIC && sep.norm().startsWith(AND_AR)) {
        y = k; // «وسبعة»: the conjunction is on the number
      } else {
        return null;
      }
    } else if (RANGE_TO.contains(sep.norm()) || DASHES.contains(sep.norm())) {
      y = k + 1;
    } else {
      return null;
    }
    Core cy = core(text, tokens, y, to);
    if (cy == null
        || !cy.exact()
        || cy.reading().quantity().low() <= cx.reading().quantity().low()) {
      return null;
    }
    Quantity q = new Quantity(cx.reading().quantity().low(), cy.reading().quantity().low(), false);
    return finish(
        text, tokens, i, cy.end(), q, "qty:" + lang + ":range", cx, false, true, floor, to);
  }

  /** x-y, x–y, x إلى y, x to y, x أو y, x or y. */
  private static QuantityMatch rangeAfter(
      String text, List<Token> tokens, int i, Core cx, int floor, int to, boolean qualified) {
    int k = cx.end();
    if (k + 1 >= to) {
      return null;
    }
    Token sep = tokens.get(k);
    String rule;
    if (DASHES.contains(sep.norm())) {
      rule = "qty:range";
    } else if (RANGE_TO.contains(sep.norm()) || RANGE_OR.contains(sep.norm())) {
      rule = sep.kind() == Token.Kind.LATIN ? "qty:en:range" : "qty:ar:range";
    } else {
      return null;
    }
    Core cy = core(text, tokens, k + 1, to);
    if (cy == null
        || !cy.exact()
        || cy.reading().quantity().low() <= cx.reading().quantity().low()) {
      return null;
    }
    if (cx.digits() != cy.digits()) {
      return null;
    }
    Quantity q = new Quantity(cx.reading().quantity().low(), cy.reading().quantity().low(), false);
    return finish(text, tokens, i, cy.end(), q, rule, cx, qualified, true, floor, to);
  }

  /** Reads the number at {@code j}: digits, Arabic words or English words. */
  private static Core core(String text, List<Token> tokens, int j, int to) {
    if (j >= to) {
      return null;
    }
    Token t = tokens.get(j);
    switch (t.kind()) {
      case NUMBER:
        return digits(text, tokens, j, to);
      case ARABIC:
        return ArabicNumbers.read(text, tokens, j, to)
            .map(r -> new Core(r, false, false, false, 0))
            .orElse(null);
      case LATIN:
        return EnglishNumbers.read(tokens, j, to)
            .map(r -> new Core(r, false, false, false, 0))
            .orElse(null);
      default:
        return null;
    }
  }

  private static Core digits(String text, List<Token> tokens, int j, int to) {
    Token t = tokens.get(j);
    if (j + 1 < to) {
      Token next = tokens.get(j + 1);
      if (next.start() == t.end()
          && next.kind() == Token.Kind.LATIN
          && ORDINAL_SUFFIXES.contains(next.norm())) {
        return null; // 1st, 2nd, 21st
      }
    }
    String s = t.norm();
    ParsedDigits p = parseDigits(s);
    if (p == null) {
      return null;
    }
    if (p.dottedDate()) {
      return new Core(
          new NumberReading(j + 1, Quantity.exactly((int) p.whole()), "qty:digits"),
          true,
          false,
          true,
          0);
    }
    int end = j + 1;
    double value = p.value();
    boolean fraction = p.fraction();
    int digitCount = s.indexOf(',') < 0 && s.indexOf('.') < 0 ? s.length() : 0;
    if (end < to) {
      Token next = tokens.get(end);
      OptionalLong scale = ArabicNumbers.scale(next);
      if (scale.isEmpty()) {
        scale = EnglishNumbers.scale(next);
      }
      if (scale.isPresent()) {
        value = Math.round(value * scale.getAsLong());
        fraction = false;
        digitCount = 0;
        end++;
      }
    }
    if (value > Integer.MAX_VALUE) {
      return null;
    }
    Quantity q =
        fraction
            ? new Quantity((int) Math.floor(value), (int) Math.ceil(value), true)
            : Quantity.exactly((int) value);
    return new Core(new NumberReading(end, q, "qty:digits"), true, fraction, false, digitCount);
  }

  /** Digits as parsed: a value, whether it has a fraction, or a d.m.y date. */
  record ParsedDigits(double value, boolean fraction, boolean dottedDate, long whole) {}

  /**
   * Parses ASCII digits with , and . separators: thousands groups of 3 after the first, the last
   * other separator a decimal point; three dot-separated groups d{1,2}.d{1,2}.d{2,4} a date.
   * Returns null for anything else (too long, empty groups, 1,2,3).
   */
  static ParsedDigits parseDigits(String s) {
    int n = s.length();
    if (n == 0 || n > 24) {
      return null;
    }
    List<String> groups = new ArrayList<>(4);
    List<Character> seps = new ArrayList<>(3);
    int from = 0;
    for (int k = 0; k < n; k++) {
      char c = s.charAt(k);
      if (c == ',' || c == '.') {
        groups.add(s.substring(from, k));
        seps.add(c);
        from = k + 1;
      } else if (c < '0' || c > '9') {
        return null;
      }
    }
    groups.add(s.substring(from));
    for (String g : groups) {
      if (g.isEmpty()) {
        return null;
      }
    }
    if (seps.isEmpty()) {
      if (n > 12) {
        return null;
      }
      long v = Long.parseLong(s);
      return new ParsedDigits(v, false, false, v);
    }
    boolean allThree = true;
    for (int k = 1; k < groups.size(); k++) {
      allThree &= groups.get(k).length() == 3;
    }
    boolean sameSeps = seps.stream().distinct().count() == 1;
    String first = groups.get(0);
    if (sameSeps && allThree && first.length() <= 3 && !first.equals("0")) {
      String digits = String.join("", groups);
      if (digits.length() > 12) {
        return null;
      }
      long v = Long.parseLong(digits);
      return new ParsedDigits(v, false, false, v);
    }
    if (sameSeps && seps.get(0) == '.' && groups.size() == 3) {
      String d = groups.get(0);
      String m = groups.get(1);
      String y = groups.get(2);
      if (d.length() == 4 && y.length() <= 2) {
        String swap = d; // y.m.d
        d = y;
        y = swap;
      }
      if (d.length() <= 2 && m.length() <= 2 && y.length() >= 2 && y.length() <= 4) {
        int day = Integer.parseInt(d);
        int month = Integer.parseInt(m);
        if (day >= 1 && day <= 31 && month >= 1 && month <= 12) {
          return new ParsedDigits(day, false, true, day);
        }
      }
      return null;
    }
    // The last separator is a decimal point, the others thousands separators of 3-digit groups.
    for (int k = 1; k < groups.size() - 1; k++) {
      if (groups.get(k).length() != 3 || seps.get(k - 1) == seps.get(seps.size() - 1)) {
        return null;
      }
    }
    String whole = String.join("", groups.subList(0, groups.size() - 1));
    if (whole.length() > 12) {
      return null;
    }
    double v = Double.parseDouble(whole + "." + groups.get(groups.size() - 1));
    return new ParsedDigits(v, true, false, (long) v);
  }

  private static boolean slashDateFollows(List<Token> tokens, int k, int to) {
    return k + 1 < to
        && isSep(tokens.get(k), "/")
        && glued(tokens, k - 1, k)
        && glued(tokens, k, k + 1)
        && tokens.get(k + 1).kind() == Token.Kind.NUMBER;
  }

  private static boolean glued(List<Token> tokens, int a, int b) {
    return tokens.get(a).end() == tokens.get(b).start();
  }

  private static boolean isSep(Token t, String sep) {
    return t.kind() == Token.Kind.PUNCT && t.norm().equals(sep);
  }

  /** Whether the Arabic token's norm or one of its keys is in {@code set}. */
  private static boolean arabicIn(Token t, Set<String> set) {
    if (t.kind() != Token.Kind.ARABIC) {
      return false;
    }
    if (set.contains(t.norm())) {
      return true;
    }
    for (String k : t.keys()) {
      if (set.contains(k)) {
        return true;
      }
    }
    return false;
  }

  private static boolean latinIn(Token t, Set<String> set) {
    return t.kind() == Token.Kind.LATIN && set.contains(t.norm());
  }

  private static boolean in(Token t, Set<String> arabic, Set<String> latin) {
    return arabicIn(t, arabic) || latinIn(t, latin);
  }

  /** Applies kinds and trailing qualifiers, and builds the match. */
  private static QuantityMatch finish(
      String text,
      List<Token> tokens,
      int first,
      int end,
      Quantity quantity,
      String rule,
      Core core,
      boolean qualified,
      boolean range,
      int floor,
      int to) {
    int start = first;
    int stop = end;
    Kind kind = Kind.COUNT;
    Token before = start - 1 >= floor ? tokens.get(start - 1) : null;
    Token after = stop < to ? tokens.get(stop) : null;
    boolean plain = !qualified && !range && !core.fraction();
    int value = quantity.low();

    if (after != null && PERCENT_SIGNS.contains(after.norm())) {
      kind = Kind.PERCENT;
      stop++;
    } else if (before != null
        && PERCENT_SIGNS.contains(before.norm())
        && before.end() == tokens.get(start).start()) {
      kind = Kind.PERCENT;
      start--;
    } else if (after != null && arabicIn(after, PERCENT_AR)) {
      kind = Kind.PERCENT;
      stop++;
    } else if (after != null
        && after.norm().equals(FI)
        && stop + 1 < to
        && HUNDRED_AR.contains(tokens.get(stop + 1).norm())) {
      kind = Kind.PERCENT;
      stop += 2;
    } else if (after != null && latinIn(after, PERCENT_EN)) {
      kind = Kind.PERCENT;
      stop++;
    } else if (after != null
        && after.norm().equals("per")
        && stop + 1 < to
        && tokens.get(stop + 1).norm().equals("cent")) {
      kind = Kind.PERCENT;
      stop += 2;
    } else if (before != null && CURRENCY_SYMBOLS.contains(before.norm())) {
      kind = Kind.MONEY;
      start--;
    } else if (after != null
        && (CURRENCY_SYMBOLS.contains(after.norm()) || in(after, CURRENCY_AR, CURRENCY_EN))) {
      kind = Kind.MONEY;
      stop++;
    }

    if (kind == Kind.COUNT && plain && core.dottedDate()) {
      kind = Kind.DATE;
    }
    if (kind == Kind.COUNT && !range && core.digits() && timeColon(tokens, stop, to)) {
      // h:mm, h:mm:ss, also "about 6:30pm"
      kind = Kind.TIME;
      stop += 2;
      if (timeColon(tokens, stop, to)) {
        stop += 2;
      }
      stop = amPm(tokens, stop, to);
    }
    if (kind == Kind.COUNT && plain && core.digits()) {
      if (after != null
          && stop + 1 < to
          && glued(tokens, stop - 1, stop)
          && glued(tokens, stop, stop + 1)
          && tokens.get(stop + 1).kind() == Token.Kind.NUMBER
          && (isSep(after, "/") || isSep(after, "-") || isSep(after, "."))) {
        // d/m/y, y-m-d, d.m.y; or d/m
        if (stop + 3 < to
            && tokens.get(stop + 2).norm().equals(after.norm())
            && glued(tokens, stop + 1, stop + 2)
            && glued(tokens, stop + 2, stop + 3)
            && tokens.get(stop + 3).kind() == Token.Kind.NUMBER) {
          kind = Kind.DATE;
          stop += 4;
        } else if (isSep(after, "/")) {
          kind = Kind.DATE;
          stop += 2;
        }
      }
    }
    if (kind == Kind.COUNT && plain) {
      if (after != null && in(after, TIME_AFTER_AR, TIME_AFTER_EN)) {
        kind = Kind.TIME;
        stop++;
      } else if (after != null && amPm(tokens, stop, to) > stop) {
        kind = Kind.TIME;
        stop = amPm(tokens, stop, to);
      } else if (before != null && arabicIn(before, TIME_BEFORE_AR)) {
        kind = Kind.TIME;
      }
    }
    if (kind == Kind.COUNT && plain && value >= 1 && value <= 31) {
      int m = monthEnd(text, tokens, stop, to);
      if (m == stop
          && after != null
          && (isSep(after, "-") || isSep(after, "/"))
          && monthEnd(text, tokens, stop + 1, to) > stop + 1) {
        // 22-يونيو-2024
        m = monthEnd(text, tokens, stop + 1, to);
        if (m + 1 < to && tokens.get(m).norm().equals(after.norm())) {
          int y = yearAfter(tokens, m + 1, to);
          m = y > m + 1 ? y : m;
        }
      }
      if (m > stop) {
        kind = Kind.DATE;
        stop = yearAfter(tokens, m, to);
      } else if (before != null && latinIn(before, MONTHS_EN) && core.digits()) {
        kind = Kind.DATE;
        start--;
        stop = yearAfter(tokens, stop, to);
      }
    }
    boolean fourDigits = core.digitCount() == 4;
    if (kind == Kind.COUNT && !qualified && fourDigits && value >= 1000 && value <= 2100) {
      boolean yearRange = !range || (quantity.high() != null && quantity.high() <= 2100);
      int contextAt = start - 1;
      if (before != null
          && isSep(before, "-")
          && start - 2 >= floor
          && glued(tokens, start - 1, start)) {
        contextAt = start - 2; // mid-2013
      }
      Token context = contextAt >= floor ? tokens.get(contextAt) : null;
      boolean english =
          (context != null && context.kind() == Token.Kind.LATIN)
              || (after != null && after.kind() == Token.Kind.LATIN);
      if (yearRange) {
        if (after != null
            && glued(tokens, stop - 1, stop)
            && in(after, YEAR_AFTER_AR, YEAR_AFTER_EN)) {
          kind = Kind.YEAR;
          stop++;
        } else if (after != null && in(after, YEAR_AFTER_AR, YEAR_AFTER_EN) && !range) {
          kind = Kind.YEAR;
          stop++;
        } else if (context != null
            && (arabicIn(context, YEAR_WORDS_AR)
                || isMonth(tokens, contextAt)
                || (value >= 1900 && in(context, YEAR_PREPS_AR, YEAR_PREPS_EN)))) {
          kind = Kind.YEAR;
        } else if (english && value >= 1900 && !range) {
          kind = Kind.YEAR; // English writes 2,000 for a count: bare 1900–2100 is a year
        }
      }
    }
    if (kind == Kind.COUNT && plain && before != null && in(before, LABEL_AR, LABEL_EN)) {
      kind = Kind.LABEL;
    }
    if (kind == Kind.COUNT) {
      Token u = stop < to ? tokens.get(stop) : null;
      if (u != null && in(u, UNITS_AR, UNITS_EN)) {
        kind = Kind.MEASURE;
        stop++;
      } else if (u != null
          && isSep(u, "-")
          && stop + 1 < to
          && glued(tokens, stop - 1, stop)
          && glued(tokens, stop, stop + 1)
          && latinIn(tokens.get(stop + 1), UNITS_EN)) {
        kind = Kind.MEASURE; // 10-year-old
        stop += 2;
      } else if (u != null
          && isSep(u, "-")
          && stop + 1 < to
          && glued(tokens, stop - 1, stop)
          && glued(tokens, stop, stop + 1)
          && tokens.get(stop + 1).kind() == Token.Kind.LATIN
          && EnglishNumbers.read(tokens, stop + 1, to).isEmpty()) {
        kind = Kind.MEASURE; // four-wheel-drive, 25-member: a modifier, not a count
        stop += 2;
      } else if (before != null && in(before, MEASURE_BEFORE_AR, MEASURE_BEFORE_EN)) {
        kind = Kind.MEASURE;
      } else if (before != null
          && !qualified
          && ArabicNumbers.isAdjectival(tokens.get(first))
          && arabicIn(before, UNITS_AR)) {
        kind = Kind.MEASURE; // «يوم واحد»
      } else if (core.fraction()) {
        kind = Kind.MEASURE;
      }
    }
    Quantity q = quantity;
    String r = rule;
    if (!qualified
        && !range
        && (kind == Kind.COUNT
            || kind == Kind.MEASURE
            || kind == Kind.MONEY
            || kind == Kind.PERCENT)) {
      Phrase trail = phraseAt(tokens, stop, to, AR_TRAIL, EN_TRAIL);
      int at = stop;
      if (trail == null
          && kind == Kind.COUNT
          && stop < to
          && tokens.get(stop).kind() == Token.Kind.ARABIC
          && phraseAt(tokens, stop, to, AR_LEAD, Map.of()) == null) {
        // «20 شخصا على الأقل»: the counted noun between the number and the qualifier
        trail = phraseAt(tokens, stop + 1, to, AR_TRAIL, Map.of());
        at = stop + 1;
      }
      if (trail != null) {
        q = trail.qualifier().apply(q);
        r = trail.rule();
        stop = at + 1 + trail.rest().length;
      }
    }
    if (kind != Kind.COUNT) {
      r = "qty:" + kind.name().toLowerCase(Locale.ROOT);
    }
    Span span = new Span(tokens.get(start).start(), tokens.get(stop - 1).end());
    return new QuantityMatch(start, stop, span, q, r, kind);
  }

  /** Whether {@code tokens[k]} is a colon glued between two numbers (the minutes of h:mm). */
  private static boolean timeColon(List<Token> tokens, int k, int to) {
    return k + 1 < to
        && k > 0
        && isSep(tokens.get(k), ":")
        && tokens.get(k - 1).kind() == Token.Kind.NUMBER
        && glued(tokens, k - 1, k)
        && glued(tokens, k, k + 1)
        && tokens.get(k + 1).kind() == Token.Kind.NUMBER
        && tokens.get(k + 1).norm().length() == 2;
  }

  /** After a time: "a.m.", "p.m." (tokens a . m .) or am/pm; the new end. */
  private static int amPm(List<Token> tokens, int k, int to) {
    if (k < to && latinIn(tokens.get(k), TIME_AFTER_EN)) {
      return k + 1;
    }
    if (k + 2 < to
        && (tokens.get(k).norm().equals("a") || tokens.get(k).norm().equals("p"))
        && isSep(tokens.get(k + 1), ".")
        && tokens.get(k + 2).norm().equals("m")) {
      return k + 3 < to && isSep(tokens.get(k + 3), ".") ? k + 4 : k + 3;
    }
    return k;
  }

  private static boolean isMonth(List<Token> tokens, int k) {
    if (k < 0) {
      return false;
    }
    Token t = tokens.get(k);
    if (arabicIn(t, MONTHS_AR) || latinIn(t, MONTHS_EN)) {
      return true;
    }
    // the second word of «تشرين الأول», «ذو الحجة»
    return k > 0
        && arabicIn(t, MONTH_SECOND_AR)
        && (arabicIn(tokens.get(k - 1), MONTHS_AR) || arabicIn(tokens.get(k - 1), MONTH_DHU_AR));
  }

  /** The end of a month name starting at {@code k} («حزيران», «تشرين الأول», «يونيو/حزيران»). */
  private static int monthEnd(String text, List<Token> tokens, int k, int to) {
    if (k >= to) {
      return k;
    }
    Token t = tokens.get(k);
    int end;
    if (latinIn(t, MONTHS_EN)
        && (t.norm().equals("may") || t.norm().equals("march"))
        && !Character.isUpperCase(text.charAt(t.start()))) {
      return k; // "10 may have died", "10 march on"
    }
    if (arabicIn(t, MONTHS_AR) || latinIn(t, MONTHS_EN)) {
      end = k + 1;
    } else if (arabicIn(t, MONTH_DHU_AR)
        && k + 1 < to
        && arabicIn(tokens.get(k + 1), MONTH_SECOND_AR)) {
      end = k + 2;
    } else {
      return k;
    }
    if (end < to && arabicIn(t, MONTHS_AR) && arabicIn(tokens.get(end), MONTH_SECOND_AR)) {
      end++;
    }
    if (end + 1 < to
        && isSep(tokens.get(end), "/")
        && monthEnd(text, tokens, end + 1, to) > end + 1) {
      end = monthEnd(text, tokens, end + 1, to);
    }
    return end;
  }

  /** The end after an optional year following a date: «حزيران 2017», "June 15, 2017", «2017م». */
  private static int yearAfter(List<Token> tokens, int k, int to) {
    int y = k;
    if (y < to && isSep(tokens.get(y), ",")) {
      y++;
    }
    if (y < to && tokens.get(y).kind() == Token.Kind.NUMBER && tokens.get(y).norm().length() == 4) {
      int end = y + 1;
      if (end < to && glued(tokens, y, end) && in(tokens.get(end), YEAR_AFTER_AR, YEAR_AFTER_EN)) {
        end++;
      }
      return end;
    }
    return k;
  }
}
