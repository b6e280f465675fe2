package org.hadath.text.ner;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import org.hadath.model.Span;
import org.hadath.text.Token;
import org.hadath.text.ar.ArabicNormalizer;

/**
 * A trained named-entity tagger: quantised averaged-perceptron weights over {@link NerFeatures}.
 *
 * <p>Rules of {@link #tag}:
 *
 * <ul>
 *   <li>Greedy left-to-right decoding: each token takes the highest-scoring label given its static
 *       features and the two labels before it.
 *   <li>BIO is kept valid: an I- label may only follow B- or I- of the same type.
 *   <li>Punctuation and symbol tokens are always O, so no name spans a quote or a comma.
 *   <li>A name's span runs from its first token to its last; when the first token carries a
 *       proclitic fused with the article («وبالرقة», «للنظام» is left alone), the span starts at
 *       the article.
 * </ul>
 *
 * <p>File format: see {@code src/main/resources/org/hadath/ner/FORMAT.md}. Instances are immutable
 * and shared by all threads.
 */
public final class NerModel {
  /** Where the shipped Arabic model is, on the class path. */
  public static final String RESOURCE = "/org/hadath/ner/ner-ar.bin";

  private static final int MAGIC = 0x48444E52; // "HDNR"
  private static final int FORMAT = 1;

  /** Version of {@link NerFeatures}' templates; a model trained on other templates is refused. */
  static final int FEATURE_SET = 1;

  private final NerFeatures features;
  private final int bucketBits;
  private final short[] weights;

  /**
   * One bit per bucket, set when any of its weights is not zero. Most buckets a rare word hashes
   * into are empty; the bit (a 32 kB table that stays in cache) saves reading the weights from
   * memory.
   */
  private final long[] nonZero;

  private final float scale;
  private final String description;

  NerModel(int bucketBits, short[] weights, float scale, String description) {
    this.features = new NerFeatures(bucketBits);
    this.bucketBits = bucketBits;
    if (weights.length != features.buckets() * NerFeatures.LABELS) {
      throw new IllegalArgumentException(
          "model has "
              + weights.length
              + " weights, expected "
              + features.buckets() * NerFeatures.LABELS
              + " for "
              + bucketBits
              + " bucket bits");
    }
    this.weights = weights;
    this.nonZero = nonZero(weights);
    this.scale = scale;
    this.description = Objects.requireNonNull(description, "description");
  }

  private static final class Shipped {
    static final NerModel MODEL = loadResource();

    private static NerModel loadResource() {
      try (InputStream in = NerModel.class.getResourceAsStream(RESOURCE)) {
        if (in == null) {
          throw new IllegalStateException(
              "the NER model "
                  + RESOURCE
                  + " is missing from the class path; rebuild hadath-core (see"
                  + " org/hadath/ner/README.md)");
        }
        return read(in);
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read the NER model " + RESOURCE, e);
      }
    }
  }

  /** The shipped Arabic model, loaded on first use and shared. */
  public static NerModel standard() {
    return Shipped.MODEL;
  }

  /** What the model was trained on and how ({@code "newsfane-2014 epochs=… seed=…"}). */
  public String description() {
    return description;
  }

  /** Hash buckets, as a power of two. */
  public int bucketBits() {
    return bucketBits;
  }

  /**
   * The names in tokens {@code [from, to)} of {@code text}, in text order; token indices are into
   * {@code tokens}.
   */
  public List<Entity> tag(String text, List<Token> tokens, int from, int to, NameFlags flags) {
    if (from < 0 || to > tokens.size() || from > to) {
      throw new IndexOutOfBoundsException(
          "token range [" + from + ", " + to + ") is outside " + tokens.size() + " tokens");
    }
    if (from == to) {
      return List.of();
    }
    return entities(text, tokens, from, labels(tokens, from, to, flags));
  }

  /** One label per token of {@code [from, to)}. */
  int[] labels(List<Token> tokens, int from, int to, NameFlags flags) {
    byte[] fl = new byte[to - from];
    flags.mark(tokens, from, to, fl);
    NerFeatures.Words w = new NerFeatures.Words(tokens, from, to, fl);
    int[] f = features.extract(w);
    int[] out = new int[w.n];
    int[] h = new int[NerFeatures.HISTORY];
    int[] score = new int[NerFeatures.LABELS];
    int prev = -1;
    int prev2 = -1;
    for (int i = 0; i < w.n; i++) {
      Token.Kind kind = tokens.get(from + i).kind();
      int best = 0;
      if (kind != Token.Kind.PUNCT && kind != Token.Kind.OTHER) {
        java.util.Arrays.fill(score, 0);
        int o = i * NerFeatures.STATIC;
        for (int k = 0; k < NerFeatures.STATIC; k++) {
          add(score, f[o + k]);
        }
        features.history(w, i, prev, prev2, h);
        for (int k = 0; k < NerFeatures.HISTORY; k++) {
          add(score, h[k]);
        }
        best = argmax(score, prev);
      }
      out[i] = best;
      prev2 = prev;
      prev = best;
    }
    return out;
  }

  private static long[] nonZero(short[] weights) {
    int buckets = weights.length / NerFeatures.LABELS;
    long[] bits = new long[(buckets + 63) >>> 6];
    for (int b = 0; b < buckets; b++) {
      for (int l = 0; l < NerFeatures.LABELS; l++) {
        if (weights[b * NerFeatures.LABELS + l] != 0) {
          bits[b >>> 6] |= 1L << b;
          break;
        }
      }
    }
    return bits;
  }

  private void add(int[] score, int bucket) {
    if ((nonZero[bucket >>> 6] & (1L << bucket)) == 0) {
      return; // an empty bucket adds nothing
    }
    int base = bucket * NerFeatures.LABELS;
    for (int l = 0; l < NerFeatures.LABELS; l++) {
      score[l] += weights[base + l];
    }
  }

  /** The best label allowed after {@code prev} (I-X only after B-X or I-X); ties go to O. */
  static int argmax(int[] score, int prev) {
    int best = 0;
    for (int l = 1; l < score.length; l++) {
      if (allowed(l, prev) && score[l] > score[best]) {
        best = l;
      }
    }
    return best;
  }

  static int argmax(float[] score, int prev) {
    int best = 0;
    for (int l = 1; l < score.length; l++) {
      if (allowed(l, prev) && score[l] > score[best]) {
        best = l;
      }
    }
    return best;
  }

  static boolean allowed(int label, int prev) {
    if (label == 0 || EntityType.isBegin(label)) {
      return true;
    }
    return prev > 0 && EntityType.ofLabel(prev) == EntityType.ofLabel(label);
  }

  /** The entities of labels over tokens {@code [from, from + labels.length)}. */
  static List<Entity> entities(String text, List<Token> tokens, int from, int[] labels) {
    List<Entity> out = new ArrayList<>();
    int i = 0;
    while (i < labels.length) {
      if (labels[i] == 0) {
        i++;
        continue;
      }
      EntityType type = EntityType.ofLabel(labels[i]);
      int j = i + 1;
      while (j < labels.length && labels[j] == type.inside()) {
        j++;
      }
      Token first = tokens.get(from + i);
      Token last = tokens.get(from + j - 1);
      out.add(new Entity(from + i, from + j, new Span(nameStart(text, first), last.end()), type));
      i = j;
    }
    return out;
  }

  /** Where a name starting at token {@code t} starts: after a proclitic fused with ال. */
  private static int nameStart(String text, Token t) {
    if (t.kind() != Token.Kind.ARABIC) {
      return t.start();
    }
    String norm = t.norm();
    String[] keys = t.keys();
    String stripped = keys[keys.length - 1];
    if (norm.length() <= stripped.length() || !norm.endsWith(stripped)) {
      return t.start();
    }
    int prefix = norm.length() - stripped.length();
    if (prefix <= 2 || !norm.startsWith("\u0627\u0644", prefix - 2)) {
      return t.start(); // no article, or the article alone: keep the word whole
    }
    int skip = prefix - 2;
    int p = t.start();
    int counted = 0;
    while (p < t.end() && counted < skip) {
      if (!ArabicNormalizer.isDropped(text.charAt(p))) {
        counted++;
      }
      p++;
    }
    while (p < t.end() && ArabicNormalizer.isDropped(text.charAt(p))) {
      p++;
    }
    return p < t.end() ? p : t.start();
  }

  /** Reads a model written by {@link #write}. */
  public static NerModel read(InputStream in) throws IOException {
    DataInputStream d = new DataInputStream(new GZIPInputStream(in, 1 << 16));
    int magic = d.readInt();
    if (magic != MAGIC) {
      throw new IOException(
          "not a hadath NER model (magic "
              + Integer.toHexString(magic)
              + "); train one with 'hadath train-ner'");
    }
    int format = d.readInt();
    int featureSet = d.readInt();
    if (format != FORMAT || featureSet != FEATURE_SET) {
      throw new IOException(
          "NER model format "
              + format
              + "/features "
              + featureSet
              + " is not the supported "
              + FORMAT
              + "/"
              + FEATURE_SET
              + "; retrain it with 'hadath train-ner'");
    }
    String description = d.readUTF();
    int bits = d.readInt();
    int labels = d.readInt();
    if (labels != NerFeatures.LABELS) {
      throw new IOException(
          "NER model has " + labels + " labels, expected " + NerFeatures.LABELS + "; retrain it");
    }
    float scale = d.readFloat();
    int n = d.readInt();
    if (bits < 8 || bits > 24 || n != (1 << bits) * labels) {
      throw new IOException(
          "NER model header is inconsistent: " + bits + " bits, " + n + " weights");
    }
    short[] w = new short[n];
    for (int i = 0; i < n; i++) {
      w[i] = d.readShort();
    }
    return new NerModel(bits, w, scale, description);
  }

  /** Writes the model (gzip-compressed; see FORMAT.md). */
  public void write(OutputStream out) throws IOException {
    GZIPOutputStream gz = new GZIPOutputStream(out, 1 << 16);
    DataOutputStream d = new DataOutputStream(gz);
    d.writeInt(MAGIC);
    d.writeInt(FORMAT);
    d.writeInt(FEATURE_SET);
    d.writeUTF(description);
    d.writeInt(bucketBits);
    d.writeInt(NerFeatures.LABELS);
    d.writeFloat(scale);
    d.writeInt(weights.length);
    for (short x : weights) {
      d.writeShort(x);
    }
    d.flush();
    gz.finish();
  }

  /**
   * Quantises averaged weights to 16-bit integers: the largest magnitude (clipped at {@code clip})
   * becomes 32767.
   */
  static NerModel quantise(int bucketBits, float[] w, float clip, String description) {
    float max = 0;
    for (float x : w) {
      max = Math.max(max, Math.abs(x));
    }
    float top = clip > 0 ? Math.min(max, clip) : max;
    float scale = top == 0 ? 1 : 32767f / top;
    short[] q = new short[w.length];
    for (int i = 0; i < w.length; i++) {
      int v = Math.round(w[i] * scale);
      q[i] = (short) Math.max(-32767, Math.min(32767, v));
    }
    return new NerModel(bucketBits, q, scale, description);
  }
}
