package org.hadath.text.ner;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * Trains a {@link NerModel}: an averaged perceptron over {@link NerFeatures}, decoding greedily
 * during training exactly as when tagging (so the history features see the model's own labels).
 *
 * <p>Rules:
 *
 * <ul>
 *   <li><b>split</b>: the held-out dev set is fixed by position: with dev fraction F, every k-th
 *       sentence (k = round(1/F), sentences k-1, 2k-1, …) is dev, the rest train. The seed changes
 *       only the order the training sentences are visited in each epoch.
 *   <li><b>update</b>: on a wrong label, +1 to every feature's weight for the gold label and -1 for
 *       the predicted one; weights are averaged over every step (the lazy-sum trick).
 *   <li><b>quantisation</b>: averaged weights are stored as 16-bit integers, the largest magnitude
 *       mapped to 32767; dev scores are those of the quantised model, the one that ships.
 * </ul>
 */
public final class NerTrainer {
  private NerTrainer() {}

  /**
   * How to train.
   *
   * @param epochs passes over the training sentences
   * @param seed shuffling seed
   * @param devFraction share of sentences held out, in (0, 0.5]
   * @param bucketBits feature hash buckets as a power of two
   */
  public record Options(int epochs, long seed, double devFraction, int bucketBits) {
    public Options {
      if (epochs < 1) {
        throw new IllegalArgumentException("epochs must be at least 1, got " + epochs);
      }
      if (!(devFraction > 0 && devFraction <= 0.5)) {
        throw new IllegalArgumentException("dev fraction must be in (0, 0.5], got " + devFraction);
      }
      if (bucketBits < 8 || bucketBits > 24) {
        throw new IllegalArgumentException("bucket bits must be 8..24, got " + bucketBits);
      }
    }

    /** The defaults of {@code hadath train-ner}. */
    public static Options defaults() {
      return new Options(8, 1, 0.1, 18);
    }
  }

  /**
   * What training gave.
   *
   * @param model the quantised model
   * @param dev scores of the model on the held-out sentences
   * @param trainSentences how many sentences it was trained on
   * @param devSentences how many were held out
   */
  public record Result(NerModel model, NerScores dev, int trainSentences, int devSentences) {}

  /** Whether sentence {@code index} is in the dev split for {@code devFraction}. */
  public static boolean isDev(int index, double devFraction) {
    int k = (int) Math.max(2, Math.round(1 / devFraction));
    return index % k == k - 1;
  }

  /**
   * Trains on {@code corpus} with {@code flags} as the dictionary features; progress lines go to
   * {@code log}.
   */
  public static Result train(
      List<LabeledSentence> corpus,
      NameFlags flags,
      Options options,
      String source,
      PrintStream log) {
    NerFeatures features = new NerFeatures(options.bucketBits());
    List<Prepared> train = new ArrayList<>();
    List<LabeledSentence> dev = new ArrayList<>();
    for (int i = 0; i < corpus.size(); i++) {
      LabeledSentence s = corpus.get(i);
      if (isDev(i, options.devFraction())) {
        dev.add(s);
      } else if (!s.tokens().isEmpty()) {
        train.add(prepare(features, s, flags));
      }
    }
    int size = features.buckets() * NerFeatures.LABELS;
    float[] w = new float[size];
    double[] acc = new double[size];
    long step = 1;
    Random random = new Random(options.seed());
    List<Prepared> order = new ArrayList<>(train);
    int[] h = new int[NerFeatures.HISTORY];
    float[] score = new float[NerFeatures.LABELS];
    for (int epoch = 1; epoch <= options.epochs(); epoch++) {
      Collections.shuffle(order, random);
      int errors = 0;
      int tokens = 0;
      for (Prepared p : order) {
        int prev = -1;
        int prev2 = -1;
        for (int i = 0; i < p.words.n; i++) {
          int gold = p.labels[i];
          int pred = 0;
          if (p.taggable[i]) {
            java.util.Arrays.fill(score, 0);
            int o = i * NerFeatures.STATIC;
            for (int k = 0; k < NerFeatures.STATIC; k++) {
              add(score, w, p.features[o + k]);
            }
            features.history(p.words, i, prev, prev2, h);
            for (int k = 0; k < NerFeatures.HISTORY; k++) {
              add(score, w, h[k]);
            }
            pred = NerModel.argmax(score, prev);
            if (pred != gold) {
              errors++;
              double c = step;
              int o2 = i * NerFeatures.STATIC;
              for (int k = 0; k < NerFeatures.STATIC; k++) {
                update(w, acc, p.features[o2 + k], gold, pred, c);
              }
              for (int k = 0; k < NerFeatures.HISTORY; k++) {
                update(w, acc, h[k], gold, pred, c);
              }
            }
          }
          tokens++;
          step++;
          prev2 = prev;
          prev = pred;
        }
      }
      log.printf(
          Locale.ROOT,
          "epoch %d: %d training errors in %d tokens (%.2f%%)%n",
          epoch,
          errors,
          tokens,
          100.0 * errors / Math.max(1, tokens));
    }
    float[] avg = new float[size];
    for (int i = 0; i < size; i++) {
      avg[i] = (float) (w[i] - acc[i] / step);
    }
    String description =
        String.format(
            Locale.ROOT,
            "%s epochs=%d seed=%d dev-fraction=%s bucket-bits=%d train-sentences=%d",
            source,
            options.epochs(),
            options.seed(),
            options.devFraction(),
            options.bucketBits(),
            train.size());
    NerModel model = NerModel.quantise(options.bucketBits(), avg, 0, description);
    NerScores scores = new NerScores();
    for (LabeledSentence s : dev) {
      scores.add(s.entities(), model.tag(s.text(), s.tokens(), 0, s.tokens().size(), flags));
    }
    return new Result(model, scores, train.size(), dev.size());
  }

  private static void add(float[] score, float[] w, int bucket) {
    int base = bucket * NerFeatures.LABELS;
    for (int l = 0; l < NerFeatures.LABELS; l++) {
      score[l] += w[base + l];
    }
  }

  private static void update(float[] w, double[] acc, int bucket, int gold, int pred, double c) {
    int base = bucket * NerFeatures.LABELS;
    w[base + gold] += 1;
    acc[base + gold] += c;
    w[base + pred] -= 1;
    acc[base + pred] -= c;
  }

  /** A training sentence with its static features computed once. */
  private record Prepared(
      NerFeatures.Words words, int[] features, int[] labels, boolean[] taggable) {}

  private static Prepared prepare(NerFeatures f, LabeledSentence s, NameFlags flags) {
    int n = s.tokens().size();
    byte[] fl = new byte[n];
    flags.mark(s.tokens(), 0, n, fl);
    NerFeatures.Words w = new NerFeatures.Words(s.tokens(), 0, n, fl);
    boolean[] taggable = new boolean[n];
    for (int i = 0; i < n; i++) {
      org.hadath.text.Token.Kind k = s.tokens().get(i).kind();
      taggable[i] = k != org.hadath.text.Token.Kind.PUNCT && k != org.hadath.text.Token.Kind.OTHER;
    }
    return new Prepared(w, f.extract(w), s.labels(), taggable);
  }
}
