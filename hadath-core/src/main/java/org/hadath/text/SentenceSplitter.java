package org.hadath.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.hadath.model.Span;

/**
 * Splits Arabic and English news text into sentences, as spans of the original text.
 *
 * <p>Every span lies within the requested range, is trimmed of surrounding white space (including
 * bidi marks, zero-width characters and the BOM), holds at least one letter or digit, and the spans
 * come in text order without overlapping. Text that belongs to no span is white space or a fragment
 * without letters or digits (a stray "//" or "***").
 *
 * <p>Rules, in the order they are applied:
 *
 * <ul>
 *   <li><b>line break</b>: every line break ({@code \n}, {@code \r}, U+2028, U+2029, U+0085,
 *       vertical tab, form feed) ends a sentence; nothing spans two lines.
 *   <li><b>short quote</b>: a quote that opens with «, “, „ or a straight {@code "} and closes on
 *       the same line within {@value #MAX_QUOTE} chars is not split inside. A quote mark opens when
 *       it follows white space, the line start or an opening bracket and precedes a non-space;
 *       otherwise it closes. Nested quotes of the same family are counted. An unclosed or longer
 *       quote is not special: sentences inside it split as usual.
 *   <li><b>quote end</b>: a short quote whose last mark before the closing quote is a terminator
 *       (<q>«الوضع كارثي.» وأضاف …</q>) ends the sentence after the closing quote, unless the
 *       attribution follows (see <b>continuation</b>).
 *   <li><b>terminator</b>: a run of {@code . ? ! ؟ ؛ … ۔} ends a sentence; the run counts as one
 *       mark, so «..», «...» and «?!» end one sentence. Closing quotes and brackets right after the
 *       run belong to the sentence it ends. The English semicolon is not a terminator; the Arabic
 *       one (؛) is, because Arabic news uses it between sentences.
 *   <li><b>glued</b>: a terminator directly followed by a Latin letter or a digit does not split
 *       ({@code 3.5}, {@code ٣.٥}, {@code aljazeera.net}, {@code e.g}, {@code ?id=3}); directly
 *       followed by an Arabic letter it splits (careless Arabic typing: «الرقة.وقال»), unless the
 *       abbreviation rules below hold.
 *   <li><b>continuation</b>: no split when the next word starts with a lower-case Latin letter
 *       ({@code "approx. five"}, <q>"We will fight!" he said</q>), when the next mark is a comma,
 *       semicolon or colon ({@code U.S., the}), or, after a closing quote, when an attribution
 *       follows: an Arabic attribution word (قال، قالت، أضاف، أكد، بحسب، حسب، وفق …, without the
 *       conjunction و, which starts a new sentence) or an English reporting verb among the next
 *       three words ({@code "…" Smith said}).
 *   <li><b>Arabic abbreviation</b>: a single Arabic letter before a period («د.» doctor, «م.»
 *       engineer, «أ.د.») never ends a sentence, unless a number precedes it: «عام 2017م.» and
 *       «2017 م.» are the era marker and do end one.
 *   <li><b>English abbreviation</b>: after a listed abbreviation (titles Mr. Dr. Gen. Sen. …,
 *       months Jan. … Dec., No. vs. approx. …), an initialism of single letters (U.S. U.N. a.m.
 *       e.g.) or a capital initial (John F. Kennedy) a period ends the sentence only when the next
 *       word is a typical sentence opener ({@code The, He, It, But, In, …}) or the line ends.
 *   <li><b>list number</b>: a period after a number of one to three digits that opens the line
 *       ({@code "1. Raqqa"}) is a list marker, not a sentence end.
 *   <li><b>decimal</b>: falls out of <b>glued</b>; the Arabic decimal separator ٫ is never a
 *       terminator.
 * </ul>
 *
 * <p>The class is stateless and thread-safe; it runs in one pass with bounded look-ahead.
 */
public final class SentenceSplitter {

  /** The longest quote, in chars from opening to closing mark, that is kept whole. */
  public static final int MAX_QUOTE = 300;

  private SentenceSplitter() {}

  /** English abbreviations that are usually followed by a name or a number. Case-sensitive. */
  private static final Set<String> ABBREVIATIONS =
      Set.of(
          "Mr", "Mrs", "Ms", "Dr", "Prof", "Gen", "Lt", "Col", "Maj", "Capt", "Cpt", "Sgt", "Cpl",
          "Pvt", "Adm", "Brig", "Cmdr", "Gov", "Sen", "Rep", "Rev", "Hon", "Pres", "Amb", "Sheikh",
          "St", "Mt", "Ft", "No", "Nos", "Nr", "vs", "approx", "est", "Jan", "Feb", "Mar", "Apr",
          "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec", "MR", "DR", "Gens", "Messrs",
          "Lieut", "Supt", "Insp", "Dept", "Govt", "Univ", "Fig", "Vol", "pp", "ca", "cf");

  /**
   * Words that typically open an English sentence; they let a sentence end after an abbreviation.
   */
  private static final Set<String> STARTERS =
      Set.of(
          "The",
          "A",
          "An",
          "He",
          "She",
          "It",
          "They",
          "We",
          "I",
          "You",
          "His",
          "Her",
          "Its",
          "Their",
          "Our",
          "This",
          "That",
          "These",
          "Those",
          "There",
          "But",
          "And",
          "Or",
          "So",
          "In",
          "On",
          "At",
          "As",
          "After",
          "Before",
          "However",
          "Meanwhile",
          "Earlier",
          "Later",
          "Also",
          "Some",
          "Many",
          "According",
          "If",
          "When",
          "While",
          "Since",
          "Although",
          "No",
          "Yet",
          "Still",
          "Then",
          "Now",
          "Today",
          "Yesterday",
          "Both",
          "All",
          "Most",
          "One");

  /** Arabic words that attribute the quote just closed, when they follow it. Exact forms. */
  private static final Set<String> AR_ATTRIBUTION =
      Set.of(
          "قال", "قالت", "قاله", "قالها", "يقول", "تقول", "أضاف", "أضافت", "اضاف", "اضافت", "يضيف",
          "تضيف", "تابع", "تابعت", "أكد", "أكدت", "اكد", "اكدت", "أوضح", "أوضحت", "اوضح", "اوضحت",
          "صرح", "صرحت", "ذكر", "ذكرت", "بحسب", "حسب", "وفق", "وفقا", "وفقاً", "طبقا", "طبقاً",
          "نقلا", "نقلاً", "على", "كما", "حسبما", "بحسبما", "وفقما", "أفاد", "أفادت", "افاد",
          "افادت");

  /** English reporting verbs that mark an attribution after a closing quote. */
  private static final Set<String> EN_ATTRIBUTION =
      Set.of(
          "said",
          "says",
          "told",
          "added",
          "stated",
          "wrote",
          "explained",
          "asked",
          "insisted",
          "according",
          "claimed",
          "warned",
          "noted",
          "continued",
          "tweeted",
          "announced");

  /**
   * The sentences of {@code text} within {@code [start, end)}.
   *
   * @throws IndexOutOfBoundsException if the range is not within the text
   */
  public static List<Span> split(String text, int start, int end) {
    Objects.checkFromToIndex(start, end, text.length());
    List<Span> out = new ArrayList<>();
    int sentenceStart = start;
    int i = start;
    while (i < end) {
      char c = text.charAt(i);
      if (isLineBreak(c)) {
        emit(text, sentenceStart, i, out);
        sentenceStart = i + 1;
        i++;
        continue;
      }
      if (quoteFamily(c) != 0 && opensQuote(text, i, start, end)) {
        int close = findQuoteClose(text, i, end);
        if (close >= 0) {
          int last = close - 1;
          while (last > i && isBlank(text.charAt(last))) {
            last--;
          }
          boolean terminated = last > i && isTerminator(text.charAt(last));
          int after = close + 1;
          int k = after;
          while (k < end && isTerminator(text.charAt(k))) {
            k++;
          }
          if (k > after) {
            terminated = true;
            while (k < end && isCloser(text, k)) {
              k++;
            }
            after = k;
          }
          if (terminated && !continues(text, after, end, true)) {
            emit(text, sentenceStart, after, out);
            sentenceStart = after;
          }
          i = after;
          continue;
        }
      }
      if (isTerminator(c)) {
        int runEnd = i + 1;
        while (runEnd < end && isTerminator(text.charAt(runEnd))) {
          runEnd++;
        }
        int after = runEnd;
        while (after < end && isCloser(text, after)) {
          after++;
        }
        if (endsSentence(text, start, end, i, runEnd, after)) {
          emit(text, sentenceStart, after, out);
          sentenceStart = after;
        }
        i = after;
        continue;
      }
      i++;
    }
    emit(text, sentenceStart, end, out);
    return out;
  }

  /** Whether the terminator run {@code [runStart, runEnd)}, closers up to {@code after}, splits. */
  private static boolean endsSentence(
      String text, int start, int end, int runStart, int runEnd, int after) {
    if (after >= end) {
      return true;
    }
    char first = text.charAt(runStart);
    boolean singlePeriod = first == '.' && runEnd - runStart == 1;
    char next = text.charAt(after);
    if (after == runEnd && (isLatinLetter(next) || Character.isDigit(next))) {
      return false; // glued: 3.5, e.g, example.com
    }
    if (singlePeriod) {
      int abbreviation = abbreviationBefore(text, start, runStart);
      if (abbreviation == HARD) {
        return false;
      }
      if (abbreviation == SOFT) {
        return startsSentence(text, after, end);
      }
      if (listNumberBefore(text, start, runStart)) {
        return false;
      }
    }
    if (after == runEnd && isArabicLetter(next)) {
      return true; // careless spacing: «الرقة.وقال»
    }
    return !continues(text, after, end, after > runEnd);
  }

  private static final int NONE = 0;
  private static final int SOFT = 1;
  private static final int HARD = 2;

  /** What kind of abbreviation, if any, ends right before the period at {@code dot}. */
  private static int abbreviationBefore(String text, int start, int dot) {
    int b = dot;
    while (b > start && (isWordChar(text.charAt(b - 1)) || text.charAt(b - 1) == '.')) {
      b--;
    }
    if (b == dot) {
      return NONE;
    }
    // b .. dot is the word (letters and inner periods) before the period.
    int letters = 0;
    boolean hasDot = false;
    boolean initialism = true;
    boolean arabic = false;
    int run = 0;
    for (int k = b; k < dot; k++) {
      char ch = text.charAt(k);
      if (ch == '.') {
        hasDot = true;
        if (run != 1) {
          initialism = false;
        }
        run = 0;
      } else if (Character.isDigit(ch)) {
        return NONE;
      } else if (Character.isLetter(ch)) {
        letters++;
        run++;
        arabic |= isArabicLetter(ch);
      }
    }
    if (run != 1) {
      initialism = false;
    }
    if (letters == 0) {
      return NONE;
    }
    if (arabic) {
      if (letters == 1 || initialism) {
        return precededByNumber(text, start, b) ? NONE : HARD;
      }
      return NONE;
    }
    if (letters == 1) {
      return Character.isUpperCase(text.charAt(b)) ? SOFT : NONE;
    }
    if (initialism) {
      return SOFT;
    }
    if (hasDot) {
      return NONE;
    }
    return ABBREVIATIONS.contains(text.substring(b, dot)) ? SOFT : NONE;
  }

  /** Whether a number precedes {@code pos}, directly or after one space («2017م», «2017 م»). */
  private static boolean precededByNumber(String text, int start, int pos) {
    int k = pos;
    if (k > start && text.charAt(k - 1) == ' ') {
      k--;
    }
    return k > start && Character.isDigit(text.charAt(k - 1));
  }

  /** Whether the period at {@code dot} follows a 1–3 digit number that opens its line. */
  private static boolean listNumberBefore(String text, int start, int dot) {
    int k = dot;
    while (k > start && Character.isDigit(text.charAt(k - 1))) {
      k--;
    }
    int digits = dot - k;
    if (digits == 0 || digits > 3) {
      return false;
    }
    while (k > start && isBlank(text.charAt(k - 1))) {
      k--;
    }
    return k == start || isLineBreak(text.charAt(k - 1));
  }

  /**
   * Whether the text from {@code pos} continues the current sentence: a lower-case Latin word, a
   * comma-like mark, or (after a quote) an attribution.
   */
  private static boolean continues(String text, int pos, int end, boolean afterQuote) {
    int k = skipBlanks(text, pos, end);
    if (k >= end || isLineBreak(text.charAt(k))) {
      return false;
    }
    char ch = text.charAt(k);
    if (ch == ',' || ch == '،' || ch == ';' || ch == ':') {
      return true;
    }
    if (isLatinLetter(ch) && Character.isLowerCase(ch)) {
      return true;
    }
    if (!afterQuote) {
      return false;
    }
    int wordEnd = wordEnd(text, k, end);
    if (wordEnd > k && isArabicLetter(ch)) {
      return AR_ATTRIBUTION.contains(text.substring(k, wordEnd));
    }
    // English: a reporting verb among the next three words ("…" Smith said).
    int w = k;
    for (int n = 0; n < 3 && w < end; n++) {
      int e = wordEnd(text, w, end);
      if (e == w) {
        return false;
      }
      if (EN_ATTRIBUTION.contains(text.substring(w, e))) {
        return true;
      }
      w = skipBlanks(text, e, end);
      if (w >= end || isLineBreak(text.charAt(w))) {
        return false;
      }
    }
    return false;
  }

  /** Whether the word at {@code pos} (after blanks) is a typical English sentence opener. */
  private static boolean startsSentence(String text, int pos, int end) {
    int k = skipBlanks(text, pos, end);
    if (k >= end || isLineBreak(text.charAt(k))) {
      return true;
    }
    int e = wordEnd(text, k, end);
    return e > k && STARTERS.contains(text.substring(k, e));
  }

  private static int skipBlanks(String text, int pos, int end) {
    int k = pos;
    while (k < end && isBlank(text.charAt(k))) {
      k++;
    }
    return k;
  }

  private static int wordEnd(String text, int pos, int end) {
    int k = pos;
    while (k < end && isWordChar(text.charAt(k))) {
      k++;
    }
    return k;
  }

  /** The closing mark of the quote opened at {@code open}, or -1 when it is not short. */
  private static int findQuoteClose(String text, int open, int end) {
    int family = quoteFamily(text.charAt(open));
    int limit = Math.min(end, open + MAX_QUOTE + 1);
    int depth = 1;
    for (int k = open + 1; k < limit; k++) {
      char ch = text.charAt(k);
      if (isLineBreak(ch)) {
        return -1;
      }
      if (quoteFamily(ch) == family) {
        if (opensQuote(text, k, open, end)) {
          depth++;
        } else if (closesQuote(text, k, open)) {
          depth--;
          if (depth == 0) {
            return k;
          }
        }
      }
    }
    return -1;
  }

  /** Quote families: «», “”„, "; 0 for other chars. */
  private static int quoteFamily(char c) {
    switch (c) {
      case '«':
      case '»':
        return 1;
      case '“':
      case '”':
      case '„':
        return 2;
      case '"':
        return 3;
      default:
        return 0;
    }
  }

  /** A quote mark opens when it follows the start, a blank or an opening mark and precedes text. */
  private static boolean opensQuote(String text, int i, int start, int end) {
    if (i + 1 >= end || isBlank(text.charAt(i + 1)) || isLineBreak(text.charAt(i + 1))) {
      return false;
    }
    if (i == start) {
      return true;
    }
    char prev = text.charAt(i - 1);
    return isBlank(prev)
        || isLineBreak(prev)
        || prev == '('
        || prev == '['
        || prev == ':'
        || prev == '،'
        || prev == ','
        || prev == '-'
        || prev == '—'
        || (quoteFamily(prev) != 0 && quoteFamily(prev) != quoteFamily(text.charAt(i)));
  }

  /** A quote mark closes when something other than a blank precedes it. */
  private static boolean closesQuote(String text, int i, int start) {
    return i > start && !isBlank(text.charAt(i - 1)) && !isLineBreak(text.charAt(i - 1));
  }

  /** Closing marks that stay with the sentence a terminator ends. */
  private static boolean isCloser(String text, int i) {
    char c = text.charAt(i);
    switch (c) {
      case ')':
      case ']':
      case '}':
      case '»':
      case '”':
      case '’':
      case '"':
      case '\'':
        return true;
      default:
        return false;
    }
  }

  private static boolean isTerminator(char c) {
    return c == '.' || c == '?' || c == '!' || c == '؟' || c == '؛' || c == '…' || c == '۔';
  }

  private static boolean isLineBreak(char c) {
    return c == '\n'
        || c == '\r'
        || c == '\u2028'
        || c == '\u2029'
        || c == '\u0085'
        || c == '\u000B'
        || c == '\f';
  }

  /** White space that does not break the line, plus invisible format chars (bidi marks, BOM). */
  private static boolean isBlank(char c) {
    if (isLineBreak(c)) {
      return false;
    }
    return Character.isWhitespace(c)
        || Character.isSpaceChar(c)
        || Character.getType(c) == Character.FORMAT;
  }

  private static boolean isWordChar(char c) {
    return Character.isLetterOrDigit(c) || Character.getType(c) == Character.NON_SPACING_MARK;
  }

  private static boolean isLatinLetter(char c) {
    return (c >= 'a' && c <= 'z')
        || (c >= 'A' && c <= 'Z')
        || (c >= '\u00C0' && c <= '\u024F' && Character.isLetter(c));
  }

  static boolean isArabicLetter(char c) {
    return ((c >= '\u0620' && c <= '\u064A')
            || (c >= '\u066E' && c <= '\u06D3')
            || c == '\u06D5'
            || (c >= '\u0750' && c <= '\u077F')
            || (c >= '\u08A0' && c <= '\u08FF')
            || (c >= '\uFB50' && c <= '\uFDFF')
            || (c >= '\uFE70' && c <= '\uFEFF'))
        && Character.isLetter(c);
  }

  /** Adds the trimmed span {@code [from, to)} when it holds a letter or a digit. */
  private static void emit(String text, int from, int to, List<Span> out) {
    int a = from;
    int b = to;
    while (a < b && (isBlank(text.charAt(a)) || isLineBreak(text.charAt(a)))) {
      a++;
    }
    while (b > a && (isBlank(text.charAt(b - 1)) || isLineBreak(text.charAt(b - 1)))) {
      b--;
    }
    for (int k = a; k < b; k++) {
      if (Character.isLetterOrDigit(text.charAt(k))) {
        out.add(new Span(a, b));
        return;
      }
    }
  }
}
