package org.hadath.extract;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.hadath.dict.TsvTable;
import org.hadath.text.PhraseMatcher;
import org.hadath.text.PhraseMatcher.Match;
import org.hadath.text.Token;

/**
 * Nationality adjectives next to a trigger name the state whose forces act: «غارة إسرائيلية»,
 * «طائرة مسيرة تركية», "a Turkish drone strike", "Russian airstrikes".
 *
 * <p>Rules:
 *
 * <ul>
 *   <li>Arabic: the adjective follows the trigger, with at most two aircraft or weapon words
 *       between («غارة جوية إسرائيلية», «طائرة مسيرة تركية»).
 *   <li>Arabic: else an aircraft or weapon word with the adjective earlier in the sentence names
 *       who flew or fired it («شنّت طائرة أمريكية بلا طيار غارة», «قصفت المدفعية التركية»); the
 *       nearest one before the trigger.
 *   <li>English: the adjective stands before the trigger, with only weapon words between ("Israeli
 *       airstrike", "Saudi rocket and artillery shelling").
 * </ul>
 */
public final class Nationalities {
  private static final Nationalities DEFAULT = new Nationalities();
  private static final int GAP = 2;

  private final PhraseMatcher<String> matcher;
  private final String version;

  private Nationalities() {
    TsvTable t =
        Lexicons.read("/org/hadath/dict/nationalities.tsv", Set.of("adjective", "country"));
    PhraseMatcher.Builder<String> b = PhraseMatcher.builder(PhraseMatcher.Mode.EXACT);
    for (TsvTable.Row r : t.rows()) {
      b.add(Lexicons.required(r, "adjective"), Lexicons.required(r, "country"));
    }
    matcher = b.build();
    version = t.version().orElse("unversioned");
  }

  public static Nationalities standard() {
    return DEFAULT;
  }

  public String version() {
    return version;
  }

  /**
   * A nationality adjective tied to the trigger at {@code [first, end)} in sentence {@code [from,
   * to)}.
   */
  public Optional<Match<String>> agentOf(List<Token> tokens, int from, int to, int first, int end) {
    boolean english = tokens.get(first).kind() == Token.Kind.LATIN;
    if (english) {
      int lo = first;
      while (lo > from && first - lo < EN_GAP && tokens.get(lo - 1).isAnyOf(EN_WEAPONS)) {
        lo--; // "Saudi rocket and artillery shelling"
      }
      int start = Math.max(from, lo - 2);
      for (Match<String> m : matcher.findLongest(tokens, start, lo)) {
        if (m.endToken() == lo) {
          return Optional.of(m);
        }
      }
      return Optional.empty();
    }
    for (Match<String> m : matcher.findLongest(tokens, end, Math.min(to, end + GAP + 1))) {
      if (m.firstToken() - end <= GAP) {
        return Optional.of(m);
      }
    }
    Match<String> before = null;
    for (Match<String> m : matcher.findLongest(tokens, from, first)) {
      if (m.firstToken() > from && tokens.get(m.firstToken() - 1).isAnyOf(AR_WEAPONS)) {
        before = m; // «طائرة أمريكية», «المدفعية التركية»: the nearest wins
      }
    }
    return Optional.ofNullable(before);
  }

  /** At most this many English weapon words between the adjective and the trigger. */
  private static final int EN_GAP = 3;

  private static final Set<String> EN_WEAPONS =
      Set.of(
          "rocket",
          "rockets",
          "artillery",
          "missile",
          "missiles",
          "mortar",
          "tank",
          "drone",
          "air",
          "naval",
          "and",
          "helicopter",
          "gunship",
          "jet",
          "jets",
          "warplane",
          "fighter");

  private static final Set<String> AR_WEAPONS =
      Set.of(
          "طايره", "طايرات", "طيران", "مقاتله", "مقاتلات", "مروحيه", "مروحيات", "مسيره", "مسيرات",
          "بارجه", "بوارج", "مدفعيه", "صواريخ", "صاروخ", "راجمات", "دبابات");
}
