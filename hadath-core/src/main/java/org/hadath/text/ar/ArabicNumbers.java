package org.hadath.text.ar;

import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import org.hadath.model.Quantity;
import org.hadath.text.NumberReading;
import org.hadath.text.Token;

/**
 * Reads Arabic number words, vague amounts and duals from tokens.
 *
 * <p>Every word is looked up once in a table of all its clitic forms ({@link CliticForms}) by
 * {@link Token#norm()}, so «بعشرة» and «وثلاثين» are found like «عشرة» and «ثلاثين». Rules:
 *
 * <ul>
 *   <li><b>units</b> ({@code qty:ar:words}) in both genders and all cases: واحد/واحدة 1,
 *       اثنان/اثنين/اثنتان/اثنتين/ثنتان/ثنتين 2, ثلاثة/ثلاث 3 … تسعة/تسع 9, عشرة/عشر 10.
 *   <li><b>teens</b>: أحد عشر / إحدى عشرة 11, اثنا/اثني/اثنتا/اثنتي عشر(ة) 12, a unit 3–9 followed
 *       by عشر(ة) 13–19. أحد and إحدى alone are not numbers («لم يصب أحد»); «وأحد» is spelt like
 *       «واحد» once hamza is normalised and reads as 1. عشرة after an ordinal («الخامسة عشرة») is
 *       an ordinal teen, not 10.
 *   <li><b>tens</b> عشرون/عشرين … تسعون/تسعين; a unit, then و, then tens: «واحد وعشرون» 21, «ثلاثة
 *       وأربعين» 43.
 *   <li><b>hundreds</b> مئة/مائة 100, مئتان/مئتين/مئتا/مئتي (and مائتان …) 200, ثلاثمئة … تسعمائة,
 *       or a unit before مئة («ثلاث مئة» 300); then optionally و and a number below 100.
 *   <li><b>scales</b>: a number before ألف/ألفا (or آلاف after 3–10), مليون, ملايين, مليار
 *       multiplies it («ثلاثة آلاف» 3000, «عشرين ألفا» 20000); ألف, ألفان/ألفين/ألفي, مليون,
 *       مليونين alone are 1000, 2000, 10⁶, 2·10⁶; after a scale, و and a smaller number add to it
 *       («ألف ومئتان» 1200).
 *   <li><b>conjunction</b>: every word after the first must carry و (no preposition), except
 *       multipliers (مئة, scales) and the عشر of a teen, which carry nothing. A number word may
 *       carry و, ف, ب, ل, ك before it («بعشرة»), but not the article: «الخمسة», «الاثنين» (Monday)
 *       and «العشرين» (the 20th) are not counts.
 *   <li><b>vague amounts</b>, approximate and open-ended, following ACLED's coding of vague numbers
 *       («tens» = 10, «hundreds» = 100): عشرات (10, rule {@code qty:ar:tens}), مئات (100, {@code
 *       qty:ar:hundreds}), آلاف/ألوف (1000, {@code qty:ar:thousands}), ملايين (10⁶, {@code
 *       qty:ar:millions}); followed by آلاف or ملايين they multiply: «عشرات الآلاف» (10000, {@code
 *       qty:ar:tens-of-thousands}), «مئات الآلاف» (100000). These take the article («قتل العشرات»).
 *   <li><b>several</b> ({@code qty:ar:several}) → (10, open, approximate): عدة (spelt with ة,
 *       before a word: «بعده» is "after it"), العديد / عديد (optionally with من), عدد من, عدد كبير
 *       من. ACLED codes an unknown number of fatalities, reported as "several" or "a number of", as
 *       10; hadath does the same.
 *   <li><b>a few</b> ({@code qty:ar:a-few}) → (3, 9, approximate): بضعة, بضع, عدد قليل من; بضع
 *       means three to nine.
 *   <li><b>duals</b> ({@code qty:ar:dual}) → exactly 2: the dual ان/ين of a listed noun whose
 *       plural is not the sound plural in ين, so that the ين form can only be the dual: قتيل، جريح،
 *       شخص، عنصر، طفل، جندي، شهيد، ضابط، رجل، شاب، أسير، حارس، قائد، صاروخ، منزل، هجوم، انفجار،
 *       لغم («قتيلان», «قتيلين», «شخصين»); and the dual تان/تين of listed feminine nouns in ة,
 *       whose plural is ات: غارة، سيارة، طائرة، قذيفة، عبوة، دبابة، مروحية، طفلة، امرأة، سيدة،
 *       فتاة، رهينة، مدرعة، آلية، ضربة، عملية، شاحنة، حافلة («غارتين»). Nouns with a sound plural
 *       in ين (مدني، عسكري، مسلح، مقاتل، مصاب، مواطن …) are deliberately absent: «مدنيين» is far
 *       more often the plural. A dual followed by اثنين/اثنتين («قتيلين اثنين») is one match;
 *       «مدنيين اثنين» is read through its number word.
 * </ul>
 *
 * <p>Values above {@link Integer#MAX_VALUE} are not read. The class is stateless and thread-safe;
 * its tables are built once.
 */
public final class ArabicNumbers {

  private ArabicNumbers() {}

  private enum Role {
    UNIT,
    TEN,
    TEEN_HEAD,
    TENS,
    HUNDRED,
    HUNDREDS,
    SCALE,
    SCALE_DUAL,
    SCALE_PLURAL,
    VAGUE,
    SEVERAL,
    SEVERAL_BEFORE_MIN,
    NUMBER_OF,
    FEW,
    DUAL_NOUN
  }

  private record Word(Role role, long value, String rule) {
    Word(Role role, long value) {
      this(role, value, "qty:ar:words");
    }
  }

  /** Singular masculine nouns whose ان/ين form can only be the dual (broken plurals). */
  static final List<String> DUAL_MASCULINE =
      List.of(
          "قتيل", "جريح", "شخص", "عنصر", "طفل", "جندي", "شهيد", "ضابط", "رجل", "شاب", "أسير",
          "حارس", "قائد", "صاروخ", "منزل", "هجوم", "انفجار", "لغم");

  /** Singular feminine nouns in ة whose تان/تين form is the dual (plural in ات). */
  static final List<String> DUAL_FEMININE =
      List.of(
          "غارة", "سيارة", "طائرة", "قذيفة", "عبوة", "دبابة", "مروحية", "طفلة", "امرأة", "سيدة",
          "فتاة", "رهينة", "مدرعة", "آلية", "ضربة", "عملية", "شاحنة", "حافلة");

  private static final CliticForms<Word> WORDS = buildWords();

  private static CliticForms<Word> buildWords() {
    CliticForms.Builder<Word> b = CliticForms.builder();
    unit(b, 1, "واحد", "واحدة");
    unit(b, 2, "اثنان", "اثنين", "إثنان", "إثنين", "اثنتان", "اثنتين", "ثنتان", "ثنتين");
    unit(b, 3, "ثلاثة", "ثلاث");
    unit(b, 4, "أربعة", "أربع");
    unit(b, 5, "خمسة", "خمس");
    unit(b, 6, "ستة", "ست");
    unit(b, 7, "سبعة", "سبع");
    unit(b, 8, "ثمانية", "ثماني", "ثمان");
    unit(b, 9, "تسعة", "تسع");
    for (String w : new String[] {"عشرة", "عشر"}) {
      b.add(w, new Word(Role.TEN, 10), false);
    }
    for (String w : new String[] {"أحد", "إحدى"}) {
      b.add(w, new Word(Role.TEEN_HEAD, 1), false);
    }
    for (String w : new String[] {"اثنا", "اثني", "اثنتا", "اثنتي", "إثنا", "إثني"}) {
      b.add(w, new Word(Role.TEEN_HEAD, 2), false);
    }
    String[][] tens = {
      {"عشرون", "عشرين"},
      {"ثلاثون", "ثلاثين"},
      {"أربعون", "أربعين"},
      {"خمسون", "خمسين"},
      {"ستون", "ستين"},
      {"سبعون", "سبعين"},
      {"ثمانون", "ثمانين"},
      {"تسعون", "تسعين"}
    };
    for (int k = 0; k < tens.length; k++) {
      for (String w : tens[k]) {
        b.add(w, new Word(Role.TENS, 20L + 10L * k), false);
      }
    }
    for (String w : new String[] {"مئة", "مائة", "مئه", "مائه"}) {
      b.add(w, new Word(Role.HUNDRED, 100), false);
    }
    for (String w :
        new String[] {"مئتان", "مئتين", "مئتا", "مئتي", "مائتان", "مائتين", "مائتا", "مائتي"}) {
      b.add(w, new Word(Role.HUNDREDS, 200), false);
    }
    String[] hundredPrefixes = {"ثلاث", "أربع", "خمس", "ست", "سبع", "ثمان", "تسع"};
    for (int k = 0; k < hundredPrefixes.length; k++) {
      long v = 100L * (k + 3);
      b.add(hundredPrefixes[k] + "مئة", new Word(Role.HUNDREDS, v), false);
      b.add(hundredPrefixes[k] + "مائة", new Word(Role.HUNDREDS, v), false);
    }
    b.add("ثمانيمئة", new Word(Role.HUNDREDS, 800), false);
    b.add("ثمانيمائة", new Word(Role.HUNDREDS, 800), false);
    for (String w : new String[] {"ألف", "ألفا"}) {
      b.add(w, new Word(Role.SCALE, 1_000), false);
    }
    for (String w : new String[] {"مليون", "مليونا"}) {
      b.add(w, new Word(Role.SCALE, 1_000_000), false);
    }
    for (String w : new String[] {"مليار", "مليارا", "بليون"}) {
      b.add(w, new Word(Role.SCALE, 1_000_000_000), false);
    }
    for (String w : new String[] {"ألفان", "ألفين", "ألفي"}) {
      b.add(w, new Word(Role.SCALE_DUAL, 2_000), false);
    }
    for (String w : new String[] {"مليونان", "مليونين", "مليوني"}) {
      b.add(w, new Word(Role.SCALE_DUAL, 2_000_000), false);
    }
    b.add("آلاف", new Word(Role.SCALE_PLURAL, 1_000, "qty:ar:thousands"), true);
    b.add("ألوف", new Word(Role.SCALE_PLURAL, 1_000, "qty:ar:thousands"), true);
    b.add("ملايين", new Word(Role.SCALE_PLURAL, 1_000_000, "qty:ar:millions"), true);
    b.add("عشرات", new Word(Role.VAGUE, 10, "qty:ar:tens"), true);
    b.add("مئات", new Word(Role.VAGUE, 100, "qty:ar:hundreds"), true);
    b.add("عدة", new Word(Role.SEVERAL, 10, "qty:ar:several"), false);
    b.add("عديد", new Word(Role.SEVERAL_BEFORE_MIN, 10, "qty:ar:several"), true);
    b.add("عدد", new Word(Role.NUMBER_OF, 10, "qty:ar:several"), false);
    b.add("بضعة", new Word(Role.FEW, 3, "qty:ar:a-few"), false);
    b.add("بضع", new Word(Role.FEW, 3, "qty:ar:a-few"), false);
    for (String noun : DUAL_MASCULINE) {
      b.add(noun + "ان", new Word(Role.DUAL_NOUN, 2, "qty:ar:dual"), true);
      b.add(noun + "ين", new Word(Role.DUAL_NOUN, 2, "qty:ar:dual"), true);
    }
    for (String noun : DUAL_FEMININE) {
      String stem = noun.substring(0, noun.length() - 1);
      b.add(stem + "تان", new Word(Role.DUAL_NOUN, 2, "qty:ar:dual"), true);
      b.add(stem + "تين", new Word(Role.DUAL_NOUN, 2, "qty:ar:dual"), true);
    }
    return b.build();
  }

  private static void unit(CliticForms.Builder<Word> b, long value, String... forms) {
    for (String w : forms) {
      b.add(w, new Word(Role.UNIT, value), false);
    }
  }

  private static final String MIN = ArabicNormalizer.normalize("من");
  private static final String BIG = ArabicNormalizer.normalize("كبير");
  private static final String SMALL = ArabicNormalizer.normalize("قليل");

  private static CliticForms.Form<Word> form(List<Token> tokens, int i, int to) {
    if (i >= to) {
      return null;
    }
    Token t = tokens.get(i);
    return t.kind() == Token.Kind.ARABIC ? WORDS.find(t.norm()) : null;
  }

  private static boolean isWord(List<Token> tokens, int i, int to, String norm) {
    return i < to && tokens.get(i).norm().equals(norm);
  }

  /**
   * Reads the Arabic number phrase that starts at token {@code i}, using tokens before {@code to}.
   */
  public static Optional<NumberReading> read(String text, List<Token> tokens, int i, int to) {
    CliticForms.Form<Word> f = form(tokens, i, to);
    if (f == null) {
      return Optional.empty();
    }
    Word w = f.value();
    switch (w.role()) {
      case TEN:
        if (i > 0 && isOrdinal(tokens.get(i - 1))) {
          return Optional.empty(); // «الخامسة عشرة»: an ordinal teen
        }
        return cardinal(tokens, i, to);
      case DUAL_NOUN:
        {
          int end = i + 1;
          CliticForms.Form<Word> next = form(tokens, end, to);
          if (next != null
              && next.bare()
              && next.value().role() == Role.UNIT
              && next.value().value() == 2) {
            end++;
          }
          return Optional.of(new NumberReading(end, Quantity.exactly(2), w.rule()));
        }
      case VAGUE:
      case SCALE_PLURAL:
        {
          long value = w.value();
          String rule = w.rule();
          int end = i + 1;
          CliticForms.Form<Word> next = form(tokens, end, to);
          if (next != null
              && !next.conjunction()
              && !next.preposition()
              && next.value().role() == Role.SCALE_PLURAL
              && next.value().value() > value) {
            value *= next.value().value();
            rule = rule + "-of-" + next.value().rule().substring("qty:ar:".length());
            end++;
          }
          return vague(end, value, rule);
        }
      case SEVERAL:
        {
          if (i + 1 >= to
              || tokens.get(i + 1).kind() != Token.Kind.ARABIC
              || lastLetter(text, tokens.get(i)) != 'ة') {
            return Optional.empty(); // «بعده» (after it) and «وعده» (his promise) are not «عدة»
          }
          return Optional.of(new NumberReading(i + 1, new Quantity(10, null, true), w.rule()));
        }
      case SEVERAL_BEFORE_MIN:
        {
          int end = isWord(tokens, i + 1, to, MIN) ? i + 2 : i + 1;
          return Optional.of(new NumberReading(end, new Quantity(10, null, true), w.rule()));
        }
      case NUMBER_OF:
        {
          if (isWord(tokens, i + 1, to, MIN)) {
            return Optional.of(new NumberReading(i + 2, new Quantity(10, null, true), w.rule()));
          }
          if (isWord(tokens, i + 1, to, BIG) && isWord(tokens, i + 2, to, MIN)) {
            return Optional.of(new NumberReading(i + 3, new Quantity(10, null, true), w.rule()));
          }
          if (isWord(tokens, i + 1, to, SMALL) && isWord(tokens, i + 2, to, MIN)) {
            return Optional.of(new NumberReading(i + 3, new Quantity(3, 9, true), "qty:ar:a-few"));
          }
          return Optional.empty();
        }
      case FEW:
        return Optional.of(new NumberReading(i + 1, new Quantity(3, 9, true), w.rule()));
      default:
        return cardinal(tokens, i, to);
    }
  }

  private static final java.util.Set<String> ORDINALS =
      java.util.stream.Stream.of(
              "حادي", "حادية", "ثاني", "ثانية", "ثالث", "ثالثة", "رابع", "رابعة", "خامس", "خامسة",
              "سادس", "سادسة", "سابع", "سابعة", "ثامن", "ثامنة", "تاسع", "تاسعة")
          .map(ArabicNormalizer::normalize)
          .collect(java.util.stream.Collectors.toUnmodifiableSet());

  private static boolean isOrdinal(Token t) {
    if (t.kind() != Token.Kind.ARABIC) {
      return false;
    }
    for (String k : t.keys()) {
      if (ORDINALS.contains(k)) {
        return true;
      }
    }
    return false;
  }

  /** The last letter of the token's original text, skipping harakat and tatweel. */
  private static char lastLetter(String text, Token t) {
    for (int k = t.end() - 1; k >= t.start(); k--) {
      char c = text.charAt(k);
      if (Character.isLetter(c) && c != '\u0640') {
        return c;
      }
    }
    return 0;
  }

  private static Optional<NumberReading> vague(int end, long value, String rule) {
    if (value > Integer.MAX_VALUE) {
      return Optional.empty();
    }
    return Optional.of(new NumberReading(end, new Quantity((int) value, null, true), rule));
  }

  /**
   * The multiplier a scale word at token {@code i} gives a number written in digits before it («20
   * ألف», «3 آلاف», «1.5 مليون»), if it is one and carries no clitic.
   */
  public static OptionalLong scale(Token token) {
    if (token.kind() != Token.Kind.ARABIC) {
      return OptionalLong.empty();
    }
    CliticForms.Form<Word> f = WORDS.find(token.norm());
    if (f == null || !f.bare()) {
      return OptionalLong.empty();
    }
    Role r = f.value().role();
    return r == Role.SCALE || r == Role.SCALE_PLURAL
        ? OptionalLong.of(f.value().value())
        : OptionalLong.empty();
  }

  /** Every surface form (normalised, with clitics) that can start an Arabic number phrase. */
  public static java.util.Set<String> startForms() {
    return WORDS.forms();
  }

  /**
   * Whether {@code token} is a number word that follows its noun as an adjective: واحد, واحدة,
   * اثنان, اثنين … («شخص واحد», «مدنيين اثنين»).
   */
  public static boolean isAdjectival(Token token) {
    if (token.kind() != Token.Kind.ARABIC) {
      return false;
    }
    CliticForms.Form<Word> f = WORDS.find(token.norm());
    return f != null && f.value().role() == Role.UNIT && f.value().value() <= 2;
  }

  // Group states.
  private static final int G_UNIT = 1;
  private static final int G_CLOSED = 2;
  private static final int G_HUNDREDS = 3;

  /** Reads a number below 1000 at {@code i}; {@code out[0]} value, {@code out[1]} end. */
  private static boolean group(
      List<Token> tokens, int i, int to, boolean continuation, boolean belowHundred, long[] out) {
    CliticForms.Form<Word> f = form(tokens, i, to);
    if (f == null || f.article() || (continuation && (!f.conjunction() || f.preposition()))) {
      return false;
    }
    Word w = f.value();
    long value;
    int k = i + 1;
    int state;
    switch (w.role()) {
      case HUNDRED:
        value = 100;
        state = G_HUNDREDS;
        break;
      case HUNDREDS:
        value = w.value();
        state = G_HUNDREDS;
        break;
      case UNIT:
        {
          value = w.value();
          state = G_UNIT;
          CliticForms.Form<Word> g = form(tokens, k, to);
          if (g != null && g.bare()) {
            if (g.value().role() == Role.TEN && value >= 3) {
              value += 10;
              k++;
              state = G_CLOSED;
            } else if (g.value().role() == Role.HUNDRED && value >= 3) {
              value *= 100;
              k++;
              state = G_HUNDREDS;
            }
          }
          break;
        }
      case TEEN_HEAD:
        {
          CliticForms.Form<Word> g = form(tokens, k, to);
          if (g == null || !g.bare() || g.value().role() != Role.TEN) {
            return false;
          }
          value = w.value() + 10;
          k++;
          state = G_CLOSED;
          break;
        }
      case TEN:
      case TENS:
        value = w.value();
        state = G_CLOSED;
        break;
      default:
        return false;
    }
    if (belowHundred && state == G_HUNDREDS) {
      return false;
    }
    if (state == G_UNIT) {
      CliticForms.Form<Word> g = form(tokens, k, to);
      if (g != null
          && g.conjunction()
          && !g.preposition()
          && !g.article()
          && g.value().role() == Role.TENS) {
        value += g.value().value();
        k++;
      }
    } else if (state == G_HUNDREDS) {
      long[] rest = new long[2];
      if (group(tokens, k, to, true, true, rest)) {
        value += rest[0];
        k = (int) rest[1];
      }
    }
    out[0] = value;
    out[1] = k;
    return true;
  }

  private static Optional<NumberReading> cardinal(List<Token> tokens, int i, int to) {
    long total = 0;
    long lastScale = Long.MAX_VALUE;
    int j = i;
    boolean continuation = false;
    boolean read = false;
    long[] g = new long[2];
    while (j < to) {
      CliticForms.Form<Word> f = form(tokens, j, to);
      if (f == null || f.article() || (continuation && (!f.conjunction() || f.preposition()))) {
        break;
      }
      Role role = f.value().role();
      if (role == Role.SCALE || role == Role.SCALE_DUAL) {
        long scale = role == Role.SCALE ? f.value().value() : f.value().value() / 2;
        if (scale >= lastScale) {
          break;
        }
        total += f.value().value();
        lastScale = scale;
        j++;
        read = true;
      } else if (group(tokens, j, to, continuation, false, g)) {
        long value = g[0];
        j = (int) g[1];
        read = true;
        CliticForms.Form<Word> s = form(tokens, j, to);
        long scale = 0;
        if (s != null && s.bare()) {
          Role sr = s.value().role();
          if (sr == Role.SCALE || (sr == Role.SCALE_PLURAL && value >= 3 && value <= 10)) {
            scale = s.value().value();
          }
        }
        if (scale > 0 && scale < lastScale) {
          total += value * scale;
          lastScale = scale;
          j++;
        } else {
          total += value;
          break;
        }
      } else {
        break;
      }
      continuation = true;
    }
    if (!read || total > Integer.MAX_VALUE || total <= 0) {
      return Optional.empty();
    }
    return Optional.of(new NumberReading(j, Quantity.exactly((int) total), "qty:ar:words"));
  }
}
