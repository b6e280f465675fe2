package org.hadath.pipeline;

import java.util.Map;
import java.util.Set;

/**
 * One step of the pipeline. A stage is an adapter: the algorithm it runs lives in a pure class of
 * its own, and the stage only reads its inputs from the {@link Annotated} document and writes its
 * outputs back.
 *
 * <p>Stages are shared by all threads: keep per-document state in the {@link Annotated}, never in
 * fields.
 */
public interface Stage {
  /** A short name used in problems and timings, e.g. {@code "tokens"}. */
  String name();

  /** The annotations this stage reads; each must be provided by an earlier stage. */
  Set<Key<?>> requires();

  /** The annotations this stage adds. */
  Set<Key<?>> provides();

  /** Reads {@link #requires()} from {@code doc} and adds {@link #provides()}. */
  void process(Annotated doc);

  /**
   * The dictionaries, lexicons and models this stage uses, by name, with their version lines (e.g.
   * {@code "triggers.ar" -> "2025-11-25.1"}). They go into the provenance of every output.
   */
  default Map<String, String> dictionaries() {
    return Map.of();
  }
}
