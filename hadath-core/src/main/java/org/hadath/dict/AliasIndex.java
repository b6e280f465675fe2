package org.hadath.dict;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import org.hadath.text.PhraseMatcher;
import org.hadath.text.Token;
import org.hadath.text.Tokenizer;

/**
 * The aliases of a dictionary compiled into one single-pass matcher, with the ambiguous ({@code ~})
 * aliases remembered.
 *
 * <p>Rules:
 *
 * <ul>
 *   <li>Two aliases of one entry with the same match key ({@link #matchKey}) are one alias.
 *   <li>An alias with no word in it is an error naming the entry's file and line.
 *   <li>An alias is weak for an entry when any of its spellings with that key is marked {@code ~}.
 * </ul>
 *
 * @param <E> the dictionary entry type
 */
public final class AliasIndex<E> {
  private final PhraseMatcher<E> matcher;
  private final Set<String> weakKeys;
  private final Function<E, String> id;
  private final ConcurrentHashMap<String, Boolean> weakCache = new ConcurrentHashMap<>();

  /**
   * Compiles {@code aliases} in order.
   *
   * @param alias the alias of an item
   * @param entry the entry an item names
   * @param id the entry's id
   * @param source the entry's file and line, for errors
   */
  public <A> AliasIndex(
      List<A> aliases,
      Function<A, Alias> alias,
      Function<A, E> entry,
      Function<E, String> id,
      Function<E, String> source) {
    this.id = id;
    PhraseMatcher.Builder<E> b = PhraseMatcher.builder(PhraseMatcher.Mode.EXACT);
    Set<String> added = new HashSet<>();
    Set<String> weak = new HashSet<>();
    for (A item : aliases) {
      Alias a = alias.apply(item);
      E e = entry.apply(item);
      String key = matchKey(a.text());
      if (key.isEmpty()) {
        throw new DictionaryFormatException(
            source.apply(e),
            0,
            Optional.empty(),
            "the alias '" + a.text() + "' of " + id.apply(e) + " has no word",
            "Write the alias with at least one letter or digit");
      }
      if (a.weak()) {
        weak.add(id.apply(e) + '\t' + key);
      }
      if (added.add(id.apply(e) + '\t' + key)) {
        b.add(a.text(), e);
      }
    }
    this.matcher = b.build();
    this.weakKeys = Set.copyOf(weak);
  }

  /**
   * The key a phrase is matched by: the {@code keys[0]} of its tokens (normalised, proclitics and
   * ال removed), joined by spaces. Two aliases with the same key are the same alias.
   */
  public static String matchKey(String phrase) {
    List<Token> tokens = Tokenizer.tokenize(phrase);
    StringBuilder sb = new StringBuilder();
    for (Token t : tokens) {
      if (sb.length() > 0) {
        sb.append(' ');
      }
      sb.append(t.keys()[0]);
    }
    return sb.toString();
  }

  public PhraseMatcher<E> matcher() {
    return matcher;
  }

  /** Whether {@code phrase} (a match's phrase) is a weak alias of {@code entry}. */
  public boolean isWeak(E entry, String phrase) {
    // memoised: phrases come from the matcher, so there are at most as many as aliases
    String k = id.apply(entry) + '\t' + phrase;
    return weakCache.computeIfAbsent(
        k, x -> weakKeys.contains(id.apply(entry) + '\t' + matchKey(phrase)));
  }
}
