package org.hadath.text.en;

import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The English month names, lower case as {@link EnglishKeys} gives them: one table for every rule
 * that must know a month when it sees one (a number before a month is a date, not a count; a
 * capitalised month is no place name; "since March" is a period).
 */
public final class EnglishMonths {

  /** The twelve month names, January first. */
  public static final List<String> NAMES =
      List.of(
          "january",
          "february",
          "march",
          "april",
          "may",
          "june",
          "july",
          "august",
          "september",
          "october",
          "november",
          "december");

  private EnglishMonths() {}

  /**
   * The month names, minus {@code except}, plus {@code others}: a rule's word set that includes the
   * months («"may"» is left out where it is more often the verb).
   */
  public static Set<String> with(Set<String> except, String... others) {
    Set<String> out = new HashSet<>(NAMES);
    out.removeAll(except);
    out.addAll(Arrays.asList(others));
    return Set.copyOf(out);
  }
}
