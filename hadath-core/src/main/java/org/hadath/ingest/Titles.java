package org.hadath.ingest;

import java.util.List;
import java.util.Optional;

/**
 * Cleans a page title: removes the site name that sites add before or after the headline.
 *
 * <p>Rules (the title is split at the last separator {@code " - "}, {@code " – "}, {@code " — "},
 * {@code " | "}, {@code " :: "}, {@code " « "}, {@code " » "} that has a space on both sides):
 *
 * <ul>
 *   <li>The tail is removed if it is short (at most {@value #SUFFIX_MAX_WORDS} words) and the head
 *       has at least two words, and any of: the tail is the page's site name; the tail names an
 *       outlet in the outlet dictionary; the separator is {@code |}, {@code ::} or a guillemet; the
 *       tail is in another script than the head ("… - It's Over 9000!" after an Arabic headline);
 *       the tail contains a site word («قناة», "News", "TV").
 *   <li>Otherwise, a short head is removed by the same tests when the tail is the longer part
 *       ("Reuters | Syrian forces …").
 *   <li>Nothing else is changed: a headline like «الرقة - هروب جماعي …» stays whole.
 * </ul>
 */
public final class Titles {
  static final int SUFFIX_MAX_WORDS = 6;
  private static final String[] SEPARATORS = {
    " - ", " – ", " — ", " | ", " :: ", " « ", " » ", " ‹ ", " › "
  };

  private final Outlets outlets;
  private final PageLexicon lexicon;

  public Titles(Outlets outlets, PageLexicon lexicon) {
    this.outlets = outlets;
    this.lexicon = lexicon;
  }

  /** Titles cleaned with the bundled dictionaries. */
  public static Titles bundled() {
    return Holder.BUNDLED;
  }

  private static final class Holder {
    static final Titles BUNDLED = new Titles(Outlets.bundled(), PageLexicon.bundled());
  }

  /** What {@link #clean} found: the headline and the site name it removed, if any. */
  public record Cleaned(String headline, Optional<String> siteName) {}

  /**
   * The headline of {@code title} without a site-name prefix or suffix.
   *
   * @param siteName the page's site name (og:site_name), if known
   */
  public Cleaned clean(String title, Optional<String> siteName) {
    String t = title.strip();
    int best = -1;
    String sep = null;
    for (String s : SEPARATORS) {
      int i = t.lastIndexOf(s);
      if (i > best) {
        best = i;
        sep = s;
      }
    }
    if (best <= 0) {
      return new Cleaned(t, Optional.empty());
    }
    String head = t.substring(0, best).strip();
    String tail = t.substring(best + sep.length()).strip();
    List<String> hw = NameKey.words(head);
    List<String> tw = NameKey.words(tail);
    if (tw.isEmpty()) {
      return new Cleaned(head, Optional.empty());
    }
    boolean strongSep = !sep.contains("-") && !sep.contains("–") && !sep.contains("—");
    if (hw.size() >= 2
        && tw.size() <= SUFFIX_MAX_WORDS
        && isSiteName(tail, tw, head, siteName, strongSep)) {
      return new Cleaned(head, Optional.of(tail));
    }
    // Prefix form: "Site | Headline". Use the first separator instead.
    int first = Integer.MAX_VALUE;
    String fsep = null;
    for (String s : SEPARATORS) {
      int i = t.indexOf(s);
      if (i >= 0 && i < first) {
        first = i;
        fsep = s;
      }
    }
    String phead = t.substring(0, first).strip();
    String ptail = t.substring(first + fsep.length()).strip();
    List<String> phw = NameKey.words(phead);
    List<String> ptw = NameKey.words(ptail);
    boolean pstrong = !fsep.contains("-") && !fsep.contains("–") && !fsep.contains("—");
    if (!phw.isEmpty()
        && phw.size() <= SUFFIX_MAX_WORDS
        && ptw.size() > phw.size()
        && isSiteName(phead, phw, ptail, siteName, pstrong)) {
      return new Cleaned(ptail, Optional.of(phead));
    }
    return new Cleaned(t, Optional.empty());
  }

  private boolean isSiteName(
      String part, List<String> words, String other, Optional<String> siteName, boolean strongSep) {
    String key = String.join(" ", words);
    if (siteName.isPresent()) {
      String sk = NameKey.of(siteName.get());
      if (!sk.isEmpty() && (sk.equals(key) || key.startsWith(sk + " ") || sk.startsWith(key))) {
        return true;
      }
    }
    if (outlets.byKey(key).isPresent()) {
      return true;
    }
    if (strongSep) {
      return true;
    }
    if (script(part) != Script.NONE
        && script(other) != Script.NONE
        && script(part) != script(other)) {
      return true;
    }
    for (String w : words) {
      if (lexicon.isToken(w, PageLexicon.Kind.SITE_WORD)) {
        return true;
      }
    }
    return false;
  }

  private enum Script {
    NONE,
    ARABIC,
    LATIN
  }

  /** The script most letters of {@code s} are in. */
  private static Script script(String s) {
    int ar = 0;
    int lat = 0;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c >= '\u0600' && c <= '\u06FF') {
        ar++;
      } else if ((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z')) {
        lat++;
      }
    }
    if (ar == 0 && lat == 0) {
      return Script.NONE;
    }
    return ar >= lat ? Script.ARABIC : Script.LATIN;
  }
}
