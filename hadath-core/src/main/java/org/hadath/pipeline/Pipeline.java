package org.hadath.pipeline;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.hadath.model.Document;
import org.hadath.model.DocumentResult;
import org.hadath.model.Event;
import org.hadath.model.Language;
import org.hadath.model.Problem;

/**
 * Stages in a fixed order. {@link #of} checks that each stage's requirements are provided by an
 * earlier one, so a mis-ordered pipeline fails when it is built, not on the first document.
 *
 * <p>A pipeline is immutable and thread-safe if its stages are; run it from as many threads as you
 * like.
 */
public final class Pipeline {
  private final List<Stage> stages;

  private Pipeline(List<Stage> stages) {
    this.stages = List.copyOf(stages);
  }

  /**
   * A pipeline running {@code stages} in the given order.
   *
   * @throws IllegalArgumentException if a stage requires an annotation no earlier stage provides,
   *     or two stages provide the same one
   */
  public static Pipeline of(List<Stage> stages) {
    Set<Key<?>> available = new HashSet<>();
    for (Stage s : stages) {
      Set<Key<?>> missing = new HashSet<>(s.requires());
      missing.removeAll(available);
      if (!missing.isEmpty()) {
        throw new IllegalArgumentException(
            "stage '"
                + s.name()
                + "' requires "
                + names(missing)
                + " but no earlier stage provides it; order: "
                + stages.stream().map(Stage::name).collect(Collectors.joining(" → ")));
      }
      for (Key<?> k : s.provides()) {
        if (!available.add(k)) {
          throw new IllegalArgumentException(
              "stage '"
                  + s.name()
                  + "' provides '"
                  + k
                  + "', which an earlier stage already provides");
        }
      }
    }
    return new Pipeline(stages);
  }

  public List<Stage> stages() {
    return stages;
  }

  /**
   * This pipeline without the stage named {@code name} (this pipeline itself when it has no such
   * stage), e.g. {@code without("relevance")} for {@code extract --no-relevance}.
   *
   * @throws IllegalArgumentException if a later stage requires what the removed stage provides
   */
  public Pipeline without(String name) {
    List<Stage> kept = stages.stream().filter(s -> !s.name().equals(name)).toList();
    return kept.size() == stages.size() ? this : of(kept);
  }

  /**
   * The dictionaries of all stages with their versions, for {@link org.hadath.model.Provenance}.
   *
   * @throws IllegalStateException if two stages report different versions of one dictionary
   */
  public Map<String, String> dictionaries() {
    Map<String, String> all = new TreeMap<>();
    for (Stage s : stages) {
      for (Map.Entry<String, String> d : s.dictionaries().entrySet()) {
        String before = all.putIfAbsent(d.getKey(), d.getValue());
        if (before != null && !before.equals(d.getValue())) {
          throw new IllegalStateException(
              "stage '"
                  + s.name()
                  + "' uses dictionary '"
                  + d.getKey()
                  + "' version '"
                  + d.getValue()
                  + "' but an earlier stage uses version '"
                  + before
                  + "'");
        }
      }
    }
    return all;
  }

  /**
   * Runs every stage on {@code doc}. A stage that throws ends the run for this document only: the
   * exception becomes an error {@link Problem} naming the stage, and the result says failed.
   */
  public Annotated run(Document doc) {
    Annotated a = new Annotated(doc);
    for (Stage s : stages) {
      if (a.skipped()) {
        break;
      }
      try {
        s.process(a);
      } catch (RuntimeException | StackOverflowError e) {
        a.problem(
            Problem.error(
                doc.id(),
                s.name(),
                "stage '"
                    + s.name()
                    + "' failed on document "
                    + doc.id()
                    + " ("
                    + doc.source()
                    + "): "
                    + e));
        break;
      }
    }
    return a;
  }

  /**
   * Runs the pipeline on {@code doc} and sums it up: processed with its events, skipped with the
   * reason a stage gave, or failed with the error of the stage that threw.
   */
  public DocumentResult process(Document doc) {
    Annotated a = run(doc);
    List<Problem> problems = a.problems();
    Optional<Language> lang =
        a.has(Keys.LANGUAGE) ? Optional.ofNullable(a.get(Keys.LANGUAGE)) : Optional.empty();
    Optional<Problem> error =
        problems.stream().filter(p -> p.severity() == Problem.Severity.ERROR).findFirst();
    if (error.isPresent()) {
      return new DocumentResult(
          doc.id(),
          doc.source(),
          Optional.of(a.document()),
          lang,
          DocumentResult.Status.FAILED,
          Optional.of(error.get().message()),
          List.of(),
          problems);
    }
    if (a.skipped()) {
      return new DocumentResult(
          doc.id(),
          doc.source(),
          Optional.of(a.document()),
          lang,
          DocumentResult.Status.SKIPPED,
          Optional.of(a.skipReason()),
          List.of(),
          problems);
    }
    List<Event> events = a.has(Keys.EVENTS) ? a.get(Keys.EVENTS) : List.of();
    return new DocumentResult(
        doc.id(),
        doc.source(),
        Optional.of(a.document()),
        lang,
        DocumentResult.Status.PROCESSED,
        Optional.empty(),
        events,
        problems);
  }

  private static String names(Set<Key<?>> keys) {
    List<String> n = new ArrayList<>();
    keys.forEach(k -> n.add("'" + k + "'"));
    n.sort(null);
    return String.join(", ", n);
  }
}
