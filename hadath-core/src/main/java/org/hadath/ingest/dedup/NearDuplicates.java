package org.hadath.ingest.dedup;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Finds, in a stream of documents, the earlier document each one is a near-duplicate of.
 *
 * <p>Rules:
 *
 * <ul>
 *   <li>Documents are compared by {@link MinHash} signatures. A document is a near-duplicate of an
 *       earlier one when their estimated similarity is at least the threshold (default {@value
 *       #DEFAULT_THRESHOLD}); of several such, the most similar is named, and of equally similar
 *       ones the earliest.
 *   <li>Candidates are found by locality-sensitive hashing: the signature is cut into {@value
 *       #BANDS} bands of {@value #ROWS} values, and only documents that agree on a whole band are
 *       compared. Documents at similarity 0.8 share a band with probability 0.9998, at 0.5 with
 *       0.64, at 0.2 with 0.03.
 *   <li>A document found to be a duplicate is not added to the index: every copy names the first
 *       document of its story (the cluster's original), never another copy.
 *   <li>The index holds at most {@code capacity} documents; when full, the oldest is forgotten.
 *       Memory is bounded whatever the length of the stream; only a copy that comes more than
 *       {@code capacity} documents after its original is missed.
 *   <li>A document without a signature (too short) is never a duplicate and is not indexed.
 *   <li>Not thread-safe: feed documents from one thread, in input order, so results do not depend
 *       on the number of worker threads.
 * </ul>
 */
public final class NearDuplicates {
  public static final double DEFAULT_THRESHOLD = 0.5;
  public static final int DEFAULT_CAPACITY = 100_000;
  static final int BANDS = 16;
  static final int ROWS = MinHash.SIZE / BANDS;

  /** An earlier document a document copies. */
  public record Match(String original, double similarity) {}

  private final double threshold;
  private final String[] ids;
  private final int[][] signatures;
  private final Map<Long, int[]> buckets = new HashMap<>();
  private long added;

  public NearDuplicates() {
    this(DEFAULT_THRESHOLD, DEFAULT_CAPACITY);
  }

  public NearDuplicates(double threshold, int capacity) {
    if (!(threshold > 0 && threshold <= 1) || capacity < 1) {
      throw new IllegalArgumentException(
          "threshold must be in (0, 1] and capacity at least 1, got "
              + threshold
              + ", "
              + capacity);
    }
    this.threshold = threshold;
    this.ids = new String[capacity];
    this.signatures = new int[capacity][];
  }

  /**
   * The earlier document {@code signature} is a near-duplicate of; when there is none, the document
   * is indexed under {@code id} and the answer is empty.
   */
  public Optional<Match> check(String id, int[] signature) {
    if (signature == null) {
      return Optional.empty();
    }
    long[] keys = bandKeys(signature);
    int best = -1;
    double bestSim = -1;
    long bestAge = Long.MAX_VALUE;
    for (long key : keys) {
      int[] slots = buckets.get(key);
      if (slots == null) {
        continue;
      }
      for (int slot : slots) {
        double sim = MinHash.similarity(signature, signatures[slot]);
        long age = age(slot);
        if (sim > bestSim || (sim == bestSim && age < bestAge)) {
          best = slot;
          bestSim = sim;
          bestAge = age;
        }
      }
    }
    if (best >= 0 && bestSim >= threshold) {
      return Optional.of(new Match(ids[best], bestSim));
    }
    add(id, signature, keys);
    return Optional.empty();
  }

  /** Documents in the index now. */
  public int size() {
    return (int) Math.min(added, ids.length);
  }

  /** The insertion number of the document in {@code slot} (smaller is earlier). */
  private long age(int slot) {
    long base = added - (added % ids.length);
    long n = base + slot;
    return n >= added ? n - ids.length : n;
  }

  private void add(String id, int[] signature, long[] keys) {
    int slot = (int) (added % ids.length);
    if (signatures[slot] != null) {
      for (long key : bandKeys(signatures[slot])) {
        remove(key, slot);
      }
    }
    ids[slot] = id;
    signatures[slot] = signature;
    for (long key : keys) {
      int[] old = buckets.get(key);
      if (old == null) {
        buckets.put(key, new int[] {slot});
      } else if (indexOf(old, slot) < 0) {
        int[] grown = Arrays.copyOf(old, old.length + 1);
        grown[old.length] = slot;
        buckets.put(key, grown);
      }
    }
    added++;
  }

  private void remove(long key, int slot) {
    int[] old = buckets.get(key);
    if (old == null) {
      return;
    }
    int i = indexOf(old, slot);
    if (i < 0) {
      return;
    }
    if (old.length == 1) {
      buckets.remove(key);
      return;
    }
    int[] shrunk = new int[old.length - 1];
    System.arraycopy(old, 0, shrunk, 0, i);
    System.arraycopy(old, i + 1, shrunk, i, old.length - i - 1);
    buckets.put(key, shrunk);
  }

  private static int indexOf(int[] a, int v) {
    for (int i = 0; i < a.length; i++) {
      if (a[i] == v) {
        return i;
      }
    }
    return -1;
  }

  private static long[] bandKeys(int[] sig) {
    long[] keys = new long[BANDS];
    for (int b = 0; b < BANDS; b++) {
      long h = b + 1;
      for (int r = 0; r < ROWS; r++) {
        h = Shingles.mix(h * 31 + sig[b * ROWS + r]);
      }
      keys[b] = h;
    }
    return keys;
  }
}
