package org.hadath.ingest.dedup;

/**
 * MinHash signatures: a fixed-size sketch of a shingle set whose agreement estimates the Jaccard
 * similarity of two sets.
 *
 * <p>Rules:
 *
 * <ul>
 *   <li>A signature has {@value #SIZE} values; value {@code i} is the smallest of {@code h_i(s)}
 *       over the shingles {@code s}, where {@code h_i} is the shingle hash xor-ed with a fixed seed
 *       {@code i} and mixed (SplitMix64), truncated to 32 bits. Seeds are constants, so signatures
 *       are the same in every run and on every machine.
 *   <li>The similarity of two signatures is the fraction of positions where they agree: an unbiased
 *       estimate of the Jaccard similarity of their shingle sets (standard error at most {@code 0.5
 *       / sqrt(SIZE)} ≈ 0.06).
 *   <li>An empty shingle set has no signature ({@code null}): it is similar to nothing.
 * </ul>
 */
public final class MinHash {
  /** Values per signature. */
  public static final int SIZE = 64;

  private static final long[] SEEDS = new long[SIZE];

  static {
    long s = 0x6861646174680001L; // "hadath" + 1
    for (int i = 0; i < SIZE; i++) {
      s += 0x9E3779B97F4A7C15L;
      SEEDS[i] = Shingles.mix(s);
    }
  }

  private MinHash() {}

  /** The signature of a shingle set, or {@code null} when it is empty. */
  public static int[] signature(long[] shingles) {
    if (shingles.length == 0) {
      return null;
    }
    int[] sig = new int[SIZE];
    for (int i = 0; i < SIZE; i++) {
      long seed = SEEDS[i];
      long min = Long.MAX_VALUE;
      for (long s : shingles) {
        long h = Shingles.mix(s ^ seed) >>> 1;
        if (h < min) {
          min = h;
        }
      }
      sig[i] = (int) (min >>> 31);
    }
    return sig;
  }

  /** The signature of a text: {@code signature(Shingles.of(text))}. */
  public static int[] signature(String text) {
    return signature(Shingles.of(text));
  }

  /** The estimated Jaccard similarity of two signatures, in [0, 1]. */
  public static double similarity(int[] a, int[] b) {
    int same = 0;
    for (int i = 0; i < SIZE; i++) {
      if (a[i] == b[i]) {
        same++;
      }
    }
    return same / (double) SIZE;
  }
}
