package org.hadath.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.hadath.model.Span;
import org.hadath.model.Zone;

/**
 * Finds the structure of a news page given as lines of text: title, byline, body paragraphs,
 * related-article lists and page furniture. The same rules serve plain-text pages, JSONL texts and
 * the text ingest extracts from HTML.
 *
 * <p>Rules, in order (a "line" is a non-blank line, trimmed; zones cover trimmed lines):
 *
 * <ul>
 *   <li><b>Title.</b> The first line (the second, if the first is only a date) is the TITLE if a
 *       title is known and the line's key equals it, or one key starts with the other and is at
 *       most about twice as long; or, with no known title, if the page has another line, the first
 *       line has at most {@value #TITLE_MAX_WORDS} words, is not a byline, a related heading or
 *       furniture, and its cleaned form ({@link Titles}) does not end with a full stop. The title
 *       is the cleaned first line (a known title wins).
 *   <li><b>Repeated headline.</b> Within the next {@value #HEADLINE_REPEAT_WINDOW} lines, a line
 *       whose key equals the title's (or the whole first line's) is TITLE too.
 *   <li><b>Byline.</b> Of the next {@value #BYLINE_WINDOW} lines, those that {@link Bylines} reads
 *       as a whole-line byline, and date-only lines between them, are BYLINE; the first line that
 *       is not may start with an inline byline (BYLINE for the prefix, BODY for the rest).
 *   <li><b>Furniture.</b> A line without letters or digits ("//", "***") is BOILERPLATE; a line the
 *       {@link PageLexicon} marks as boilerplate is BOILERPLATE.
 *   <li><b>Related lists.</b> A line that is or starts with a related heading («مقالات ذات صلة»,
 *       «اقرأ أيضاً:», "Read more") is RELATED, and so is each following headline-like line (at
 *       most {@value #HEADLINE_MAX_WORDS} words, not ending with a full stop) until a line that is
 *       not.
 *   <li><b>Body.</b> Every other line is one BODY zone.
 *   <li><b>Hints.</b> A caller that knows a line's role (HTML: the h1, a related widget) forces it;
 *       forced lines are never re-read by the rules above.
 * </ul>
 *
 * Outlet: the byline's (canonical name if the dictionary has it, else as written), else the site
 * name if it names a dictionary outlet (canonical name) or else as given, else a removed title
 * suffix that names a dictionary outlet. Author: the byline's, else the hinted one.
 */
public final class PageAnalyzer {
  static final int TITLE_MAX_WORDS = 30;
  static final int HEADLINE_REPEAT_WINDOW = 3;
  static final int BYLINE_WINDOW = 3;
  static final int HEADLINE_MAX_WORDS = 30;
  private static final int HEADLINE_MAX_CHARS = 250;
  private static final int DATE_LINE_MAX_CHARS = 80;

  private final Outlets outlets;
  private final PageLexicon lexicon;
  private final Bylines bylines;
  private final Titles titles;

  public PageAnalyzer(Outlets outlets, PageLexicon lexicon) {
    this.outlets = outlets;
    this.lexicon = lexicon;
    this.bylines = new Bylines(outlets, lexicon);
    this.titles = new Titles(outlets, lexicon);
  }

  /** The analyzer with the bundled dictionaries. */
  public static PageAnalyzer bundled() {
    return Holder.BUNDLED;
  }

  private static final class Holder {
    static final PageAnalyzer BUNDLED = new PageAnalyzer(Outlets.bundled(), PageLexicon.bundled());
  }

  /**
   * What a caller already knows about a page.
   *
   * @param title the headline from metadata (JSONL title, og:title), if any
   * @param siteName the site name (og:site_name), if any
   * @param author the author from metadata, if any
   * @param forced roles of lines the caller knows, by the start offset of the trimmed line
   */
  public record Hints(
      Optional<String> title,
      Optional<String> siteName,
      Optional<String> author,
      Map<Integer, Zone.Kind> forced) {
    public Hints {
      Objects.requireNonNull(title, "title");
      Objects.requireNonNull(siteName, "siteName");
      Objects.requireNonNull(author, "author");
      forced = Map.copyOf(forced);
    }

    public static Hints none() {
      return new Hints(Optional.empty(), Optional.empty(), Optional.empty(), Map.of());
    }

    public static Hints title(Optional<String> title) {
      return new Hints(title, Optional.empty(), Optional.empty(), Map.of());
    }
  }

  /** One trimmed non-blank line: {@code [start, end)} in the text. */
  private record Line(int start, int end) {}

  /** The structure of {@code text}. */
  public Page analyze(String text, Hints hints) {
    List<Line> lines = lines(text);
    List<Zone> zones = new ArrayList<>(lines.size() + 2);
    Optional<String> title = hints.title().map(String::strip).filter(t -> !t.isEmpty());
    Optional<String> siteName = Optional.empty();
    Optional<Outlet> outlet = Optional.empty();
    Optional<String> outletText = Optional.empty();
    Optional<String> author = Optional.empty();
    Optional<String> dateline = Optional.empty();

    // Title: the first line, or the second when the first is only a date («22-يونيو-2024»).
    int titleIdx = -1;
    String titleKey = null;
    String firstLineKey = null;
    int candidate = 0;
    if (lines.size() >= 3
        && title.isEmpty()
        && !hints.forced().containsKey(lines.get(0).start())
        && isDateLine(text.substring(lines.get(0).start(), lines.get(0).end()))) {
      candidate = 1;
    }
    if (candidate < lines.size()) {
      Line first = lines.get(candidate);
      String s = text.substring(first.start(), first.end());
      Zone.Kind forced = hints.forced().get(first.start());
      boolean isTitle;
      Titles.Cleaned cleaned = titles.clean(s, hints.siteName());
      if (forced != null) {
        isTitle = forced == Zone.Kind.TITLE;
      } else if (title.isPresent()) {
        isTitle = sameTitle(s, cleaned.headline(), title.get(), hints.siteName());
      } else {
        isTitle = lines.size() >= candidate + 2 && looksLikeTitle(s, cleaned.headline());
      }
      if (isTitle) {
        titleIdx = candidate;
        if (title.isEmpty()) {
          title = Optional.of(cleaned.headline());
        }
        siteName = cleaned.siteName();
        titleKey = NameKey.of(title.get());
        firstLineKey = NameKey.of(s);
      }
    }
    int i = titleIdx + 1;
    if (titleKey == null && title.isPresent()) {
      titleKey = NameKey.of(titles.clean(title.get(), hints.siteName()).headline());
    }
    // Repeated headline.
    int repeat = -1;
    if (titleKey != null && !titleKey.isEmpty()) {
      for (int j = i; j < Math.min(lines.size(), i + HEADLINE_REPEAT_WINDOW); j++) {
        Line l = lines.get(j);
        if (hints.forced().containsKey(l.start())) {
          continue;
        }
        String k = NameKey.of(text.substring(l.start(), l.end()));
        if (k.equals(titleKey) || k.equals(firstLineKey)) {
          repeat = j;
          break;
        }
      }
    }

    // Byline and body.
    boolean relatedList = false;
    int bylineChecked = 0;
    boolean bodySeen = false;
    for (int j = 0; j < lines.size(); j++) {
      Line l = lines.get(j);
      if (j == titleIdx || j == repeat) {
        zones.add(zone(Zone.Kind.TITLE, l));
        continue;
      }
      String s = text.substring(l.start(), l.end());
      Zone.Kind forced = hints.forced().get(l.start());
      if (forced != null) {
        zones.add(zone(forced, l));
        relatedList = forced == Zone.Kind.RELATED;
        bodySeen |= forced == Zone.Kind.BODY;
        continue;
      }
      if (NameKey.countWords(s, 1) == 0) {
        zones.add(zone(Zone.Kind.BOILERPLATE, l));
        continue;
      }
      if (!bodySeen && bylineChecked < BYLINE_WINDOW) {
        bylineChecked++;
        Optional<Byline> b = bylines.read(s, true, hints.siteName());
        if (b.isPresent()) {
          Byline y = b.get();
          if (outlet.isEmpty() && outletText.isEmpty()) {
            outlet = y.outlet();
            outletText = y.outletText();
          }
          if (dateline.isEmpty()) {
            dateline = y.dateline();
          }
          if (author.isEmpty()) {
            author = y.author();
          }
          if (y.length() == 0 || l.start() + y.length() >= l.end()) {
            zones.add(zone(Zone.Kind.BYLINE, l));
            continue;
          }
          int cut = l.start() + y.length();
          int bylineEnd = cut;
          while (bylineEnd > l.start() && Bylines.isSpace(text.charAt(bylineEnd - 1))) {
            bylineEnd--;
          }
          zones.add(new Zone(Zone.Kind.BYLINE, new Span(l.start(), bylineEnd)));
          zones.add(new Zone(Zone.Kind.BODY, new Span(cut, l.end())));
          bodySeen = true;
          continue;
        }
      }
      Optional<PageLexicon.Kind> k = lexicon.classify(s);
      if (k.isPresent() && k.get() == PageLexicon.Kind.RELATED) {
        zones.add(zone(Zone.Kind.RELATED, l));
        relatedList = true;
        continue;
      }
      if (k.isPresent() && k.get() == PageLexicon.Kind.BOILERPLATE) {
        zones.add(zone(Zone.Kind.BOILERPLATE, l));
        continue;
      }
      if (relatedList && isHeadline(s)) {
        zones.add(zone(Zone.Kind.RELATED, l));
        continue;
      }
      relatedList = false;
      if (!bodySeen && isDateLine(s)) {
        zones.add(zone(Zone.Kind.BYLINE, l));
        continue;
      }
      zones.add(zone(Zone.Kind.BODY, l));
      bodySeen = true;
    }

    // A dictionary outlet by its canonical name; a byline outlet the dictionary lacks as written.
    Optional<String> outletName = outlet.isPresent() ? outlet.map(Outlet::name) : outletText;
    if (outletName.isEmpty() && hints.siteName().isPresent()) {
      String sn = hints.siteName().get().strip();
      if (!sn.isEmpty()) {
        outletName = Optional.of(outlets.exact(sn).map(m -> m.outlet().name()).orElse(sn));
      }
    }
    if (outletName.isEmpty() && siteName.isPresent()) {
      outletName = outlets.exact(siteName.get()).map(m -> m.outlet().name());
    }
    if (author.isEmpty()) {
      author = hints.author().map(String::strip).filter(a -> !a.isEmpty());
    }
    return new Page(zones, title, outletName, author, dateline, siteName);
  }

  private boolean sameTitle(String line, String cleanedLine, String title, Optional<String> site) {
    String lk = NameKey.of(line);
    String ck = NameKey.of(cleanedLine);
    String tk = NameKey.of(title);
    String tck = NameKey.of(titles.clean(title, site).headline());
    if (lk.isEmpty() || tk.isEmpty()) {
      return false;
    }
    // Equal, or one starts with the other and is not much longer (a site suffix, a cut title).
    return lk.equals(tk)
        || ck.equals(tck)
        || (lk.startsWith(tck) && lk.length() <= tck.length() * 2 + 20)
        || (!ck.isEmpty() && tck.startsWith(ck) && ck.length() * 2 >= tck.length());
  }

  private boolean looksLikeTitle(String line, String headline) {
    if (line.length() > HEADLINE_MAX_CHARS) {
      return false;
    }
    int words = NameKey.countWords(headline, TITLE_MAX_WORDS + 1);
    if (words == 0 || words > TITLE_MAX_WORDS) {
      return false;
    }
    if (endsWithFullStop(headline)) {
      return false;
    }
    if (lexicon.classify(line).isPresent()) {
      return false;
    }
    if (isDateLine(line)) {
      return false;
    }
    Optional<Byline> b = bylines.read(line, false);
    return b.isEmpty();
  }

  /** A headline in a related list: short and not ending with a full stop. */
  private static boolean isHeadline(String s) {
    return s.length() <= HEADLINE_MAX_CHARS
        && !endsWithFullStop(s)
        && NameKey.countWords(s, HEADLINE_MAX_WORDS + 1) <= HEADLINE_MAX_WORDS;
  }

  /** Whether {@code s} ends with one full stop (an ellipsis does not count). */
  static boolean endsWithFullStop(String s) {
    int e = s.length();
    while (e > 0 && (Bylines.isSpace(s.charAt(e - 1)) || isClosingQuote(s.charAt(e - 1)))) {
      e--;
    }
    if (e == 0) {
      return false;
    }
    char c = s.charAt(e - 1);
    if (c == '.' || c == '۔') {
      return e < 2 || s.charAt(e - 2) != '.';
    }
    return false;
  }

  private static boolean isClosingQuote(char c) {
    return c == '"' || c == '\'' || c == '»' || c == '”' || c == '’' || c == ')';
  }

  /**
   * A line of only weekday and month names, date labels and numbers, with a number: a publication
   * date («الخميس 15 حزيران 2017», "date 2018-10-15").
   */
  private boolean isDateLine(String line) {
    if (line.length() > DATE_LINE_MAX_CHARS) {
      return false;
    }
    List<String> words = NameKey.words(line, 9);
    if (words.size() > 8) {
      return false;
    }
    boolean named = false;
    int digits = 0;
    for (String w : words) {
      if (lexicon.isToken(w, PageLexicon.Kind.DATE_WORD)) {
        named = true;
      } else if (w.chars().allMatch(Character::isDigit)) {
        digits++;
      } else {
        return false;
      }
    }
    return digits > 0 && (named || digits >= 3);
  }

  private static Zone zone(Zone.Kind kind, Line l) {
    return new Zone(kind, new Span(l.start(), l.end()));
  }

  /** The trimmed non-blank lines of {@code text}; line breaks are \n, \r\n, \r, U+2028, U+2029. */
  private static List<Line> lines(String text) {
    List<Line> out = new ArrayList<>();
    int n = text.length();
    int start = 0;
    for (int i = 0; i <= n; i++) {
      char c = i < n ? text.charAt(i) : '\n';
      if (c == '\n' || c == '\r' || c == '\u2028' || c == '\u2029') {
        int s = start;
        int e = i;
        while (s < e && Bylines.isSpace(text.charAt(s))) {
          s++;
        }
        while (e > s && Bylines.isSpace(text.charAt(e - 1))) {
          e--;
        }
        if (e > s) {
          out.add(new Line(s, e));
        }
        start = i + 1;
      }
    }
    return out;
  }
}
