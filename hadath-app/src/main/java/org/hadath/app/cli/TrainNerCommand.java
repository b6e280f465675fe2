package org.hadath.app.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.hadath.extract.ner.DictionaryNames;
import org.hadath.text.ner.LabeledSentence;
import org.hadath.text.ner.NerTrainer;
import org.hadath.text.ner.NewsFane;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code hadath train-ner}: trains the named-entity tagger on a NewsFANE-format corpus and writes
 * the model. Stdout: the held-out per-type precision, recall and F1 of the written (quantised)
 * model. Stderr: progress. Exit 0 when the model was written, 2 on usage errors (a missing corpus,
 * a malformed line with file:line, bad option values).
 */
@Command(
    name = "train-ner",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    description = {
      "Trains the named-entity tagger (averaged perceptron) on a NewsFANE-format corpus and writes"
          + " the model; prints held-out per-type precision/recall/F1 on a fixed dev split.",
      "Example: hadath train-ner --corpus NewsFANE_Gold_2014_170K.txt"
          + " --out hadath-core/src/main/resources/org/hadath/ner/ner-ar.bin"
    })
final class TrainNerCommand implements Callable<Integer> {
  private final Io io;

  @Option(
      names = "--corpus",
      required = true,
      paramLabel = "FILE",
      description = "The corpus: token<TAB>BIO-label lines, a blank line between sentences.")
  Path corpus;

  @Option(names = "--out", required = true, paramLabel = "FILE", description = "The model file.")
  Path out;

  @Option(names = "--epochs", paramLabel = "N", description = "Training passes (default 8).")
  int epochs = NerTrainer.Options.defaults().epochs();

  @Option(names = "--seed", paramLabel = "S", description = "Shuffling seed (default 1).")
  long seed = NerTrainer.Options.defaults().seed();

  @Option(
      names = "--dev-fraction",
      paramLabel = "F",
      description = "Share held out: every round(1/F)-th sentence (default 0.1).")
  double devFraction = NerTrainer.Options.defaults().devFraction();

  @Option(
      names = "--bucket-bits",
      paramLabel = "B",
      description = "Feature hash buckets, 2^B (default 18).")
  int bucketBits = NerTrainer.Options.defaults().bucketBits();

  TrainNerCommand(Io io) {
    this.io = io;
  }

  @Override
  public Integer call() throws IOException {
    if (!Files.isRegularFile(corpus)) {
      throw new UsageException(
          "corpus '"
              + corpus
              + "' does not exist or is not a file (looked for "
              + corpus.toAbsolutePath().normalize()
              + "): check the path");
    }
    Path parent = out.toAbsolutePath().getParent();
    if (parent != null && !Files.isDirectory(parent)) {
      throw new UsageException(
          "--out directory '" + parent + "' does not exist: create it or choose another path");
    }
    NerTrainer.Options options;
    try {
      options = new NerTrainer.Options(epochs, seed, devFraction, bucketBits);
    } catch (IllegalArgumentException e) {
      throw new UsageException(e.getMessage());
    }
    PrintStream err = io.stderr();
    long t0 = System.nanoTime();
    List<LabeledSentence> sentences;
    try {
      sentences = NewsFane.read(corpus);
    } catch (IllegalArgumentException e) {
      throw new UsageException(e.getMessage());
    }
    err.printf(
        Locale.ROOT, "hadath train-ner: %d sentences read from %s%n", sentences.size(), corpus);
    NerTrainer.Result r =
        NerTrainer.train(
            sentences,
            DictionaryNames.standard(),
            options,
            "newsfane:" + corpus.getFileName(),
            err);
    try (OutputStream o = Files.newOutputStream(out)) {
      r.model().write(o);
    }
    PrintStream stdout = io.stdoutText();
    stdout.printf(
        Locale.ROOT,
        "held-out dev: %d sentences (every %d-th), trained on %d%n",
        r.devSentences(),
        Math.max(2, Math.round(1 / devFraction)),
        r.trainSentences());
    stdout.print(r.dev().table());
    stdout.flush();
    err.printf(
        Locale.ROOT,
        "hadath train-ner: wrote %s (%d bytes) in %.1f s%n",
        out,
        Files.size(out),
        (System.nanoTime() - t0) / 1e9);
    return ExitCodes.OK;
  }
}
