package org.hadath.model;

import java.util.OptionalInt;

/**
 * A number of people or things as a report states it.
 *
 * <p>Examples: «10» is {@code (10, 10, false)}; «أكثر من 20» is {@code (21, null, false)}; «نحو 30»
 * is {@code (30, 30, true)}; «بين 5 و7» is {@code (5, 7, false)}; «عشرات» is {@code (10, null,
 * true)} under ACLED's rule that "tens" counts as 10.
 *
 * @param low the lowest number the words allow (ACLED's conservative figure)
 * @param high the highest number they allow, or {@code null} when open-ended
 * @param approximate whether the words hedge («نحو», "about", «عشرات»)
 */
public record Quantity(int low, Integer high, boolean approximate) {
  public Quantity {
    if (low < 0) {
      throw new IllegalArgumentException("negative quantity " + low);
    }
    if (high != null && high < low) {
      throw new IllegalArgumentException("quantity high " + high + " below low " + low);
    }
  }

  /** An exact count. */
  public static Quantity exactly(int n) {
    return new Quantity(n, n, false);
  }

  /** The upper bound, empty when open-ended. */
  public OptionalInt highBound() {
    return high == null ? OptionalInt.empty() : OptionalInt.of(high);
  }

  /** Whether low and high are the same known number. */
  public boolean exact() {
    return high != null && high == low && !approximate;
  }
}
