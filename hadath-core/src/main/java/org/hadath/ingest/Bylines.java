package org.hadath.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads bylines: the line (or start of a line) near the top of a report that names the outlet, the
 * place it reports from (the dateline) and the author.
 *
 * <p>Rules:
 *
 * <ul>
 *   <li>Wire style: {@code PLACE[, DATE] (OUTLET) -} at the start of a line, e.g. "BEIRUT (Reuters)
 *       -", "DAMASCUS, March 3 (AP) —", «دمشق (رويترز) -»; OUTLET must be in the outlet dictionary.
 *   <li>Capitals dateline: "BEIRUT: …", "BAGHDAD — …" at the start of the first body line gives the
 *       dateline (at least three capital letters, then a colon or a dash).
 *   <li>Author cue: «بقلم: NAME», «كتب NAME», "By NAME" on a short line gives the author; an outlet
 *       after a separator or comma is read too.
 *   <li>Parts: a line of at most {@value #WHOLE_LINE_MAX_WORDS} words split at separators (– — _ :
 *       / | ، and a hyphen with a space beside it or between Arabic letters) into parts, and a
 *       parenthesised part: «بلدي نيوز – الرقة (مأمون السيد)», «دمشق-سانا», «قاسيون_متابعات», «حلب
 *       - خاص». Each part is an outlet (whole-part dictionary match), a byline word («خاص»,
 *       «متابعات»), a date (month or weekday names and numbers), a place (at most {@value
 *       #PLACE_MAX_WORDS} words, no digits), or, in parentheses, an outlet or an author (at most 5
 *       words). It is a byline only if it names an outlet or a byline word, at most one place and
 *       at most one author, and nothing else.
 *   <li>An ambiguous outlet name (also a word or a place: «الجزيرة») names the outlet only when no
 *       unambiguous outlet is in the byline; otherwise it is read as the place.
 *   <li>Inline: when the line is longer, the longest prefix ending at a separator within the first
 *       {@value #INLINE_MAX_CHARS} chars that reads as a byline by the part rules is the byline and
 *       the rest of the line is body («دمشق-سانا: أعلنت …»).
 * </ul>
 *
 * Thread-safe; the only per-call allocation is proportional to the line prefix examined.
 */
public final class Bylines {
  static final int WHOLE_LINE_MAX_WORDS = 12;
  static final int PLACE_MAX_WORDS = 4;
  static final int INLINE_MAX_CHARS = 100;
  private static final int AUTHOR_MAX_WORDS = 5;
  private static final int UNKNOWN_OUTLET_MAX_WORDS = 4;

  /** Lower-case words that may stand inside a Latin place name: "Deir ez-Zor", "Ras al Ain". */
  private static final java.util.Set<String> NAME_PARTICLES =
      java.util.Set.of(
          "al", "el", "ez", "es", "ed", "ad", "as", "ash", "at", "an", "ar", "az", "de", "du", "la",
          "le", "of", "the", "bin", "ibn", "abu", "bani", "beni", "wadi");

  /** "BEIRUT: …", "BAGHDAD — …", "GAZA CITY, Gaza Strip - …": an English dateline in capitals. */
  private static final Pattern CAPS_DATELINE =
      Pattern.compile(
          "^(\\p{Lu}[\\p{Lu}'’.-]{2,}(?: \\p{Lu}[\\p{Lu}'’.-]+){0,3})"
              + "(?:,\\s*\\p{Lu}[\\p{L}.]+(?: \\p{Lu}[\\p{L}.]+){0,2})?\\s*(?::|—|–| - | -- )\\s*");

  private static final Pattern WIRE =
      Pattern.compile(
          "^(?:(\\p{L}[\\p{L}\\p{M}'’. -]{0,40}?)(?:\\s*[,،]\\s*([\\p{L}\\p{M}\\p{N} .]{1,30}?))?\\s*)?"
              + "\\(([^()\\n]{2,40})\\)\\s*[-–—]+\\s*");

  private final Outlets outlets;
  private final PageLexicon lexicon;

  public Bylines(Outlets outlets, PageLexicon lexicon) {
    this.outlets = outlets;
    this.lexicon = lexicon;
  }

  /** Bylines read with the bundled dictionaries. */
  public static Bylines bundled() {
    return Holder.BUNDLED;
  }

  private static final class Holder {
    static final Bylines BUNDLED = new Bylines(Outlets.bundled(), PageLexicon.bundled());
  }

  /**
   * The byline {@code line} is or starts with.
   *
   * @param line one line, trimmed
   * @param inline whether a byline may be followed by body text on the same line
   */
  public Optional<Byline> read(String line, boolean inline) {
    return read(line, inline, Optional.empty());
  }

  /**
   * The byline {@code line} is or starts with, where the page's own site name also counts as an
   * outlet the dictionary lacks: «المفرق - المرصد الأردني» on a page whose og:site_name is «المرصد
   * الأردني» is a byline (dateline المفرق) even though no dictionary knows that outlet.
   *
   * @param siteName the page's site name (og:site_name), if any; a part whose key equals its key,
   *     with or without a leading site word («موقع», «شبكة»), is an outlet
   */
  public Optional<Byline> read(String line, boolean inline, Optional<String> siteName) {
    String siteKey = siteName.map(n -> String.join(" ", NameKey.words(n))).orElse("");
    if (line.isEmpty()) {
      return Optional.empty();
    }
    Optional<Byline> wire = wire(line);
    if (wire.isPresent()) {
      return wire;
    }
    if (inline) {
      Matcher caps = CAPS_DATELINE.matcher(line);
      if (caps.lookingAt()
          && NameKey.words(line.substring(caps.end(), Math.min(line.length(), caps.end() + 200)), 2)
                  .size()
              == 2) {
        return Optional.of(
            new Byline(
                caps.end(),
                Optional.empty(),
                Optional.empty(),
                Optional.of(caps.group(1).strip()),
                Optional.empty()));
      }
    }
    List<String> words = NameKey.words(line, WHOLE_LINE_MAX_WORDS + AUTHOR_MAX_WORDS + 4);
    if (words.isEmpty()) {
      return Optional.empty();
    }
    int cue = lexicon.authorCueWords(words);
    if (cue > 0) {
      Optional<Byline> b = authorLine(line, cue);
      if (b.isPresent()) {
        return b;
      }
    }
    if (words.size() <= WHOLE_LINE_MAX_WORDS && line.length() <= 160) {
      Optional<Byline> b = parts(line, 0, line.length(), true, siteKey);
      if (b.isPresent()) {
        return b;
      }
    }
    if (!inline) {
      return Optional.empty();
    }
    // Inline: the longest prefix ending at a separator that reads as a byline.
    int limit = Math.min(line.length(), INLINE_MAX_CHARS);
    List<int[]> cuts = new ArrayList<>();
    for (int i = 1; i < limit; i++) {
      int len = separatorLength(line, i);
      if (len > 0) {
        cuts.add(new int[] {i, i + len});
        i += len - 1;
      }
    }
    for (int c = cuts.size() - 1; c >= 0; c--) {
      int cut = cuts.get(c)[0];
      int after = skipSpaces(line, cuts.get(c)[1]);
      if (NameKey.words(line.substring(after, Math.min(line.length(), after + 200)), 2).size()
          < 2) {
        continue;
      }
      Optional<Byline> b = parts(line, 0, cut, false, siteKey);
      if (b.isPresent()) {
        Byline y = b.get();
        return Optional.of(new Byline(after, y.outlet(), y.outletText(), y.dateline(), y.author()));
      }
    }
    return Optional.empty();
  }

  private Optional<Byline> wire(String line) {
    int paren = line.indexOf('(');
    if (paren < 0 || paren > 80) {
      return Optional.empty();
    }
    Matcher m = WIRE.matcher(line);
    if (!m.lookingAt()) {
      return Optional.empty();
    }
    Optional<Outlets.Match> o = outlets.exact(m.group(3));
    if (o.isEmpty()) {
      return Optional.empty();
    }
    Optional<String> place = Optional.ofNullable(m.group(1)).map(String::trim);
    if (place.isPresent() && !isPlace(place.get(), NameKey.words(place.get()))) {
      return Optional.empty();
    }
    return Optional.of(
        new Byline(
            m.end(),
            Optional.of(o.get().outlet()),
            Optional.of(m.group(3).strip()),
            place,
            Optional.empty()));
  }

  /** «بقلم: فلان الفلاني», "By Jane Doe, Reuters". */
  private Optional<Byline> authorLine(String line, int cueWords) {
    int i = afterWords(line, cueWords);
    while (i < line.length() && (isSpace(line.charAt(i)) || line.charAt(i) == ':')) {
      i++;
    }
    String rest = line.substring(i);
    // "By The Associated Press October 15, 2018": an agency, not an author.
    List<String> rw = NameKey.words(rest, 7);
    for (int n = Math.min(6, rw.size()); n >= 1; n--) {
      Optional<Outlets.Match> m = outlets.byKey(String.join(" ", rw.subList(0, n)));
      if (m.isPresent() && !m.get().ambiguous()) {
        return Optional.of(
            new Byline(
                line.length(),
                Optional.of(m.get().outlet()),
                Optional.of(m.get().outlet().name()),
                Optional.empty(),
                Optional.empty()));
      }
    }
    int cut = rest.length();
    for (int k = 0; k < rest.length(); k++) {
      char c = rest.charAt(k);
      if (c == ',' || c == '،' || separatorLength(rest, k) > 0) {
        cut = k;
        break;
      }
    }
    String author = rest.substring(0, cut).trim();
    List<String> aw = NameKey.words(author);
    if (aw.isEmpty() || aw.size() > AUTHOR_MAX_WORDS || hasDigit(author)) {
      return Optional.empty();
    }
    Optional<Outlets.Match> self = outlets.byKey(String.join(" ", aw));
    if (self.isPresent()) {
      // «كتب: أ.ف.ب»: the "author" is an agency.
      return Optional.of(
          new Byline(
              line.length(),
              Optional.of(self.get().outlet()),
              Optional.of(author),
              Optional.empty(),
              Optional.empty()));
    }
    Optional<Outlet> outlet = Optional.empty();
    Optional<String> outletText = Optional.empty();
    if (cut < rest.length()) {
      String tail = rest.substring(cut + 1);
      for (String p : tail.split("[,،|–—/:]")) {
        Optional<Outlets.Match> m = outlets.exact(p);
        if (m.isPresent()) {
          outlet = Optional.of(m.get().outlet());
          outletText = Optional.of(p.strip());
          break;
        }
      }
    }
    return Optional.of(
        new Byline(line.length(), outlet, outletText, Optional.empty(), Optional.of(author)));
  }

  private enum PartKind {
    OUTLET,
    AMBIGUOUS_OUTLET,
    /** A name with a site word («صحوة نيوز», «شبكة درعا 24») that the dictionary lacks. */
    UNKNOWN_OUTLET,
    SPECIAL,
    DATE,
    PLACE,
    AUTHOR
  }

  private record Part(String text, PartKind kind, Optional<Outlet> outlet) {}

  /** Reads {@code line[from, to)} as byline parts. */
  private Optional<Byline> parts(String line, int from, int to, boolean wholeLine, String siteKey) {
    List<Part> parts = new ArrayList<>();
    int start = from;
    int i = from;
    while (i < to) {
      char c = line.charAt(i);
      if (c == '(') {
        if (!addPart(parts, line, start, i, false, siteKey)) {
          return Optional.empty();
        }
        int close = line.indexOf(')', i + 1);
        if (close < 0 || close >= to) {
          return Optional.empty();
        }
        if (!addPart(parts, line, i + 1, close, true, siteKey)) {
          return Optional.empty();
        }
        i = close + 1;
        start = i;
        continue;
      }
      int sep = separatorLength(line, i);
      if (sep > 0) {
        if (!addPart(parts, line, start, i, false, siteKey)) {
          return Optional.empty();
        }
        i = Math.min(i + sep, to);
        start = i;
        continue;
      }
      i++;
    }
    if (!addPart(parts, line, start, to, false, siteKey) || parts.isEmpty() || parts.size() > 5) {
      return Optional.empty();
    }
    return resolve(parts, wholeLine);
  }

  private Optional<Byline> resolve(List<Part> parts, boolean wholeLine) {
    boolean unambiguous = false;
    int ambiguous = 0;
    for (Part p : parts) {
      unambiguous |= p.kind() == PartKind.OUTLET;
      ambiguous += p.kind() == PartKind.AMBIGUOUS_OUTLET ? 1 : 0;
    }
    Optional<Outlet> outlet = Optional.empty();
    Optional<String> outletText = Optional.empty();
    Optional<String> place = Optional.empty();
    Optional<String> author = Optional.empty();
    boolean special = false;
    for (Part p : parts) {
      PartKind k = p.kind();
      if (k == PartKind.AMBIGUOUS_OUTLET && (unambiguous || outlet.isPresent())) {
        // Another outlet is named: this ambiguous name («الجزيرة») is the place.
        k = PartKind.PLACE;
      }
      switch (k) {
        case OUTLET:
        case AMBIGUOUS_OUTLET:
        case UNKNOWN_OUTLET:
          if (outletText.isPresent()) {
            return Optional.empty();
          }
          outlet = p.outlet();
          outletText = Optional.of(p.text());
          break;
        case SPECIAL:
          special = true;
          break;
        case DATE:
          break;
        case PLACE:
          if (place.isPresent() || !isPlace(p.text(), NameKey.words(p.text()))) {
            return Optional.empty();
          }
          place = Optional.of(p.text());
          break;
        case AUTHOR:
          if (author.isPresent()) {
            return Optional.empty();
          }
          author = Optional.of(p.text());
          break;
      }
    }
    if (outletText.isEmpty() && !special) {
      return Optional.empty();
    }
    if (!wholeLine && parts.size() == 1 && (outlet.isEmpty() || ambiguous > 0 || special)) {
      return Optional.empty(); // «العربية: …» or «خاص: …» at the start of a paragraph
    }
    return Optional.of(new Byline(0, outlet, outletText, place, author));
  }

  private boolean addPart(
      List<Part> parts, String line, int start, int end, boolean paren, String siteKey) {
    String text = line.substring(start, end).trim();
    List<String> words = NameKey.words(text);
    if (words.isEmpty()) {
      return !paren; // empty between two separators: ignore; empty parentheses: not a byline
    }
    String key = String.join(" ", words);
    Optional<Outlets.Match> m = outlets.byKey(key);
    if (m.isPresent()) {
      parts.add(
          new Part(
              text,
              m.get().ambiguous() ? PartKind.AMBIGUOUS_OUTLET : PartKind.OUTLET,
              Optional.of(m.get().outlet())));
      return true;
    }
    if (isUnknownOutlet(words) || isSiteName(words, key, siteKey)) {
      parts.add(new Part(text, PartKind.UNKNOWN_OUTLET, Optional.empty()));
      return true;
    }
    if (paren) {
      if (words.size() <= AUTHOR_MAX_WORDS && !hasDigit(text) && !isDate(words)) {
        parts.add(new Part(text, PartKind.AUTHOR, Optional.empty()));
        return true;
      }
      return false;
    }
    if (lexicon.isLine(key, PageLexicon.Kind.BYLINE_WORD)) {
      parts.add(new Part(text, PartKind.SPECIAL, Optional.empty()));
      return true;
    }
    // «خاص بلدي نيوز», «خاص لعنب بلدي»: a byline word then an outlet.
    if (words.size() >= 2 && lexicon.isLine(words.get(0), PageLexicon.Kind.BYLINE_WORD)) {
      String rest = String.join(" ", words.subList(1, words.size()));
      Optional<Outlets.Match> r = outlets.byKey(rest);
      if (r.isEmpty() && rest.startsWith("ل")) {
        r = outlets.byKey(rest.substring(1));
      }
      if (r.isPresent() && !r.get().ambiguous()) {
        parts.add(new Part(text, PartKind.OUTLET, Optional.of(r.get().outlet())));
        return true;
      }
    }
    if (isDate(words)) {
      parts.add(new Part(text, PartKind.DATE, Optional.empty()));
      return true;
    }
    if (isPlace(text, words)) {
      parts.add(new Part(text, PartKind.PLACE, Optional.empty()));
      return true;
    }
    return false;
  }

  /**
   * Whether a byline part can be a place: at most {@value #PLACE_MAX_WORDS} words, no digits, no
   * function word («في», «على»), and every Latin word capitalised or a name particle ("al", "ez").
   */
  private boolean isPlace(String text, List<String> words) {
    if (words.isEmpty() || words.size() > PLACE_MAX_WORDS || hasDigit(text)) {
      return false;
    }
    for (String w : words) {
      if (lexicon.isToken(w, PageLexicon.Kind.FUNCTION_WORD)) {
        return false;
      }
    }
    int i = 0;
    int n = text.length();
    while (i < n) {
      while (i < n && !Character.isLetter(text.charAt(i))) {
        i++;
      }
      int start = i;
      while (i < n && Character.isLetter(text.charAt(i))) {
        i++;
      }
      if (start < i && Character.isLowerCase(text.charAt(start))) {
        String w = text.substring(start, i);
        if (!NAME_PARTICLES.contains(w)) {
          return false;
        }
      }
    }
    return true;
  }

  /**
   * A name of at most {@value #UNKNOWN_OUTLET_MAX_WORDS} words with a site word other than its
   * first («صحوة نيوز», «شبكة درعا 24» — the site word may also lead: «وكالة الأنباء X»), and no
   * function word.
   */
  private boolean isUnknownOutlet(List<String> words) {
    if (words.size() < 2 || words.size() > UNKNOWN_OUTLET_MAX_WORDS) {
      return false;
    }
    boolean site = false;
    for (String w : words) {
      if (lexicon.isToken(w, PageLexicon.Kind.FUNCTION_WORD)) {
        return false;
      }
      site |= lexicon.isToken(w, PageLexicon.Kind.SITE_WORD);
    }
    return site;
  }

  /**
   * Whether a part names the page's own site: its key equals the site name's, or one of them is the
   * other with a leading site word («موقع الجنوب اليوم» and «الجنوب اليوم»).
   */
  private boolean isSiteName(List<String> words, String key, String siteKey) {
    if (siteKey.isEmpty()) {
      return false;
    }
    if (key.equals(siteKey)) {
      return true;
    }
    if (words.size() >= 2
        && lexicon.isToken(words.get(0), PageLexicon.Kind.SITE_WORD)
        && key.substring(words.get(0).length() + 1).equals(siteKey)) {
      return true;
    }
    int sp = siteKey.indexOf(' ');
    return sp > 0
        && lexicon.isToken(siteKey.substring(0, sp), PageLexicon.Kind.SITE_WORD)
        && siteKey.substring(sp + 1).equals(key);
  }

  private boolean isDate(List<String> words) {
    boolean named = false;
    for (String w : words) {
      if (lexicon.isToken(w, PageLexicon.Kind.DATE_WORD)) {
        named = true;
      } else if (!isDigits(w)) {
        return false;
      }
    }
    return named || words.size() <= 3;
  }

  /**
   * The length of the byline separator at {@code i} (spaces around it included), or 0. A hyphen
   * separates only with a space on one side or between two Arabic letters, so "Al-Jazeera" and
   * "Deir ez-Zor" stay whole.
   */
  static int separatorLength(String s, int i) {
    char c = s.charAt(i);
    boolean sep;
    switch (c) {
      case '–':
      case '—':
      case '_':
      case ':':
      case '/':
      case '|':
      case '،':
        sep = true;
        break;
      case '-':
        char prev = i > 0 ? s.charAt(i - 1) : ' ';
        char next = i + 1 < s.length() ? s.charAt(i + 1) : ' ';
        sep = isSpace(prev) || isSpace(next) || (isArabic(prev) && isArabic(next));
        break;
      default:
        sep = false;
    }
    if (!sep) {
      return 0;
    }
    int j = i + 1;
    while (j < s.length() && (s.charAt(j) == c || s.charAt(j) == '-')) {
      j++;
    }
    return j - i;
  }

  private static int afterWords(String s, int n) {
    int words = 0;
    boolean inWord = false;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      boolean letter = Character.isLetterOrDigit(c) || NameKey.fold(c) == 0;
      if (letter && !inWord) {
        if (words == n) {
          return i;
        }
        words++;
      }
      inWord = letter;
    }
    return s.length();
  }

  private static int skipSpaces(String s, int i) {
    while (i < s.length() && isSpace(s.charAt(i))) {
      i++;
    }
    return i;
  }

  static boolean isSpace(char c) {
    return NameKey.isBlank(c);
  }

  private static boolean isArabic(char c) {
    return c >= '\u0600' && c <= '\u06FF';
  }

  private static boolean hasDigit(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (Character.isDigit(s.charAt(i))) {
        return true;
      }
    }
    return false;
  }

  private static boolean isDigits(String w) {
    for (int i = 0; i < w.length(); i++) {
      if (!Character.isDigit(w.charAt(i))) {
        return false;
      }
    }
    return !w.isEmpty();
  }
}
