package org.hadath.app.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import org.hadath.eval.AcledReader;
import org.hadath.eval.DiffWriter;
import org.hadath.eval.DocumentScore;
import org.hadath.eval.EvalDocuments;
import org.hadath.eval.GoldDocument;
import org.hadath.eval.GoldFormatException;
import org.hadath.eval.GoldReader;
import org.hadath.eval.GoldSentence;
import org.hadath.eval.PitfReader;
import org.hadath.eval.PlaceScores;
import org.hadath.eval.RelevanceCases;
import org.hadath.eval.Scoreboard;
import org.hadath.eval.SentenceReader;
import org.hadath.eval.SentenceScores;
import org.hadath.model.DocumentResult;
import org.hadath.pipeline.Pipeline;
import org.hadath.pipeline.RelevanceStage;
import org.hadath.resolve.place.Gazetteer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code hadath eval}: scores extraction on gold data, in one of three modes.
 *
 * <ul>
 *   <li>{@code --gold FILE.jsonl} (repeatable): gold-dev reports; event precision, recall, F1 and
 *       field accuracy per language and overall ({@link org.hadath.eval}).
 *   <li>{@code acled FILE.csv...}: ACLED rows, each note a document with one gold event.
 *   <li>{@code sentences FILE.jsonl...}: hand-coded ASSAULT/PROTEST sentences; detection precision
 *       and recall per class.
 *   <li>{@code relevance FILE...}: labelled documents ({@link RelevanceCases}: JSON Lines with
 *       {@code relevant} true/false, gold-dev or other conflict-report JSONL, ACLED {@code .csv});
 *       precision and recall of skipping documents as not conflict reports.
 *   <li>{@code pitf FILE.tsv...}: PITF atrocities rows, each description a document dated by the
 *       row's start date; the place of the best-matching event against the row's coordinates
 *       (within 25 km) and region ({@link PlaceScores}).
 * </ul>
 *
 * <p>Stdout: a diff of every error (unless {@code --no-diff}), then the summary table. Stderr: a
 * one-line summary. Exit 0 when it ran, whatever the scores; 2 on usage errors (a missing file, a
 * malformed gold line with file:line).
 */
@Command(
    name = "eval",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    description = {
      "Scores extraction on gold data: gold-dev reports (--gold FILE.jsonl), ACLED rows (acled"
          + " FILE.csv: each note in, its coded columns as gold), hand-coded ASSAULT/PROTEST"
          + " sentences (sentences FILE.jsonl), places alone on PITF atrocities rows (pitf"
          + " FILE.tsv: each description in, the row's coordinates and region as gold), or the"
          + " skipping of documents that are not conflict reports (relevance FILE...: JSON Lines"
          + " with \"relevant\": true|false, a line without it being a conflict report; ACLED"
          + " .csv files are conflict reports).",
      "Prints a diff of every miss, then the summary table, on stdout. Exit 0 when it ran"
          + " (scores are not exit codes), 2 on usage errors."
    })
final class EvalCommand implements Callable<Integer> {
  private static final List<String> MODES = List.of("acled", "sentences", "relevance", "pitf");

  private final Io io;
  private final Supplier<Engine> engine;

  @Option(
      names = "--gold",
      paramLabel = "FILE.jsonl",
      description = "A gold-dev JSON Lines file (repeatable).")
  List<Path> gold = new ArrayList<>();

  @Parameters(
      paramLabel = "MODE FILE",
      arity = "0..*",
      description =
          "acled FILE.csv..., sentences FILE.jsonl..., relevance FILE... or pitf FILE.tsv... (without --gold).")
  List<String> args = new ArrayList<>();

  @Option(names = "--json", paramLabel = "FILE", description = "Also write the metrics as JSON.")
  Path json;

  @Option(names = "--no-diff", description = "Print only the summary, not the per-document diff.")
  boolean noDiff;

  @Option(
      names = "--no-relevance",
      description =
          "Score without the relevance stage (as extract --no-relevance), to measure what it"
              + " changes.")
  boolean noRelevance;

  EvalCommand(Io io, Supplier<Engine> engine) {
    this.io = io;
    this.engine = engine;
  }

  @Override
  public Integer call() throws IOException {
    String mode;
    List<Path> files = new ArrayList<>();
    if (!gold.isEmpty()) {
      if (!args.isEmpty()) {
        throw new UsageException(
            "--gold takes no MODE or FILE arguments, got "
                + args
                + "; use either 'eval --gold FILE.jsonl' or 'eval acled|sentences FILE'");
      }
      mode = "gold";
      files.addAll(gold);
    } else {
      if (args.isEmpty()) {
        throw new UsageException(
            "nothing to score: give --gold FILE.jsonl, or acled FILE.csv, or sentences"
                + " FILE.jsonl, or pitf FILE.tsv");
      }
      mode = args.get(0);
      if (!MODES.contains(mode)) {
        throw new UsageException(
            "unknown eval mode '"
                + mode
                + "': expected one of "
                + MODES
                + " followed by files, or --gold FILE.jsonl");
      }
      if (args.size() < 2) {
        throw new UsageException("eval " + mode + " needs at least one FILE after '" + mode + "'");
      }
      for (String a : args.subList(1, args.size())) {
        files.add(Path.of(a));
      }
    }
    for (Path f : files) {
      if (!Files.isRegularFile(f)) {
        throw new UsageException(
            "gold file '"
                + f
                + "' does not exist or is not a file (looked for "
                + f.toAbsolutePath().normalize()
                + "): check the path");
      }
    }
    ExtractCommand.PathChecks.writable(json, "--json");
    long t0 = System.nanoTime();
    Pipeline pipeline =
        noRelevance
            ? engine.get().pipeline().without(RelevanceStage.NAME)
            : engine.get().pipeline();
    PrintStream out = io.stdoutText();
    Map<String, Object> metrics = new LinkedHashMap<>();
    metrics.put("mode", mode);
    metrics.put("files", files.stream().map(Path::toString).toList());
    String summary;
    if (mode.equals("relevance")) {
      List<RelevanceCases.Case> cases = new ArrayList<>();
      for (Path f : files) {
        try (Reader r = Files.newBufferedReader(f, StandardCharsets.UTF_8)) {
          cases.addAll(
              f.toString().toLowerCase(Locale.ROOT).endsWith(".csv")
                  ? RelevanceCases.conflictReports(AcledReader.read(r, f.toString()))
                  : RelevanceCases.read(r, f.toString()));
        } catch (GoldFormatException e) {
          throw new UsageException(e.getMessage());
        } catch (java.nio.charset.MalformedInputException e) {
          throw new UsageException("file '" + f + "' is not UTF-8 text; convert it first");
        }
      }
      RelevanceCases.Scores scores = new RelevanceCases.Scores();
      for (RelevanceCases.Case c : cases) {
        scores.add(c, pipeline.process(c.document()));
      }
      if (!noDiff) {
        scores.errors().forEach(out::println);
      }
      metrics.putAll(scores.toMap());
      out.println();
      out.print(scores.table());
      summary =
          String.format(
              Locale.ROOT,
              "%d documents: %d conflict reports skipped, %d off-topic processed; skip precision"
                  + " %.3f, recall %.3f",
              scores.documents(),
              scores.skippedReports(),
              scores.keptOffTopic(),
              scores.precision(),
              scores.recall());
    } else if (mode.equals("pitf")) {
      List<GoldDocument> docs = new ArrayList<>();
      for (Path f : files) {
        try (Reader r = Files.newBufferedReader(f, StandardCharsets.UTF_8)) {
          docs.addAll(PitfReader.read(r, f.toString(), Gazetteer.defaultGazetteer()));
        } catch (GoldFormatException e) {
          throw new UsageException(e.getMessage());
        } catch (java.nio.charset.MalformedInputException e) {
          throw new UsageException("gold file '" + f + "' is not UTF-8 text; convert it first");
        }
      }
      PlaceScores scores = new PlaceScores();
      for (GoldDocument d : docs) {
        DocumentResult r = pipeline.process(EvalDocuments.of(d));
        PlaceScores.Verdict v = scores.add(d.events().get(0), r.events());
        if (!noDiff) {
          out.print(PlaceScores.diff(d, v));
        }
      }
      metrics.putAll(scores.toMap());
      out.println();
      out.print(scores.table());
      summary = docs.size() + " rows scored";
    } else if (mode.equals("sentences")) {
      List<GoldSentence> sentences = new ArrayList<>();
      for (Path f : files) {
        try (Reader r = Files.newBufferedReader(f, StandardCharsets.UTF_8)) {
          sentences.addAll(SentenceReader.read(r, f.toString()));
        } catch (GoldFormatException e) {
          throw new UsageException(e.getMessage());
        }
      }
      SentenceScores scores = new SentenceScores();
      for (GoldSentence s : sentences) {
        DocumentResult r = pipeline.process(EvalDocuments.of(s.document()));
        Set<String> predicted = SentenceScores.predicted(r.events());
        scores.add(s.category(), predicted);
        if (!noDiff && !(predicted.size() == 1 && predicted.contains(s.category()))) {
          out.println(
              "== "
                  + s.document().id()
                  + " ("
                  + s.document().where()
                  + "): gold "
                  + s.category()
                  + ", predicted "
                  + predicted
                  + " from "
                  + r.events().stream().map(e -> e.eventType() + " / " + e.subEventType()).toList()
                  + "\n   "
                  + s.document().text().replaceAll("\\s+", " ").strip());
        }
      }
      metrics.putAll(scores.toMap());
      out.println();
      out.print(scores.table());
      summary = sentences.size() + " sentences scored";
    } else {
      List<GoldDocument> docs = new ArrayList<>();
      for (Path f : files) {
        try (Reader r = Files.newBufferedReader(f, StandardCharsets.UTF_8)) {
          docs.addAll(
              mode.equals("gold")
                  ? GoldReader.read(r, f.toString())
                  : AcledReader.read(r, f.toString()));
        } catch (GoldFormatException e) {
          throw new UsageException(e.getMessage());
        } catch (java.nio.charset.MalformedInputException e) {
          throw new UsageException("gold file '" + f + "' is not UTF-8 text; convert it first");
        }
      }
      Scoreboard board = new Scoreboard();
      for (GoldDocument d : docs) {
        DocumentResult r = pipeline.process(EvalDocuments.of(d));
        DocumentScore s =
            DocumentScore.of(d, r.events(), r.status().name().toLowerCase(Locale.ROOT), r.reason());
        board.add(s);
        if (!noDiff) {
          out.print(DiffWriter.diff(s));
        }
      }
      Map<String, Object> groups = new LinkedHashMap<>();
      board.metrics().forEach((k, v) -> groups.put(k, v.toMap()));
      metrics.put("groups", groups);
      out.println();
      out.print(board.table());
      Scoreboard.Metrics all = board.metrics().get(Scoreboard.ALL);
      summary =
          String.format(
              Locale.ROOT,
              "%d documents scored: %d gold events, %d predicted, %d matched",
              all.documents(),
              all.gold(),
              all.predicted(),
              all.matched());
    }
    out.flush();
    if (json != null) {
      try (OutputStream o = ExtractCommand.PathChecks.open(json, "--json")) {
        new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValue(o, metrics);
      }
    }
    io.stderr()
        .printf(
            Locale.ROOT,
            "hadath eval %s: %s in %.1f s%n",
            mode,
            summary,
            (System.nanoTime() - t0) / 1e9);
    return ExitCodes.OK;
  }
}
