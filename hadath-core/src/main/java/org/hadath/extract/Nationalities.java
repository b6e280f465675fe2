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
 *   <li>English: the adjective stands right before the trigger ("Israeli airstrike").
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
    int lo = english ? Math.max(from, first - 1) : end;
    int hi = english ? first : Math.min(to, end + GAP + 1);
    for (Match<String> m : matcher.findLongest(tokens, lo, hi)) {
      if (english ? m.endToken() == first : m.firstToken() - end <= GAP) {
        return Optional.of(m);
      }
    }
    return Optional.empty();
  }
}
