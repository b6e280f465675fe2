package org.hadath.app.cli;

import java.util.Map;
import java.util.TreeMap;
import org.hadath.model.Provenance;
import org.hadath.output.Countries;
import org.hadath.output.HadathVersion;
import org.hadath.pipeline.Pipeline;
import org.hadath.pipeline.Pipelines;

/**
 * The pipeline the CLI runs, with the provenance written on every output line. Built once per
 * process: dictionaries are compiled when the pipeline is built, not per document.
 *
 * @param pipeline the standard pipeline ({@link Pipelines#standard()})
 * @param provenance the hadath version and the versions of the pipeline's dictionaries and of the
 *     output's country table
 */
public record Engine(Pipeline pipeline, Provenance provenance) {

  /** The standard pipeline and its provenance. */
  public static Engine standard() {
    Pipeline pipeline = Pipelines.standard();
    Map<String, String> dictionaries = new TreeMap<>(pipeline.dictionaries());
    dictionaries.putAll(Pipelines.provenance().dictionaries());
    return with(pipeline, dictionaries);
  }

  /** {@code pipeline} with its provenance. */
  public static Engine of(Pipeline pipeline) {
    return with(pipeline, pipeline.dictionaries());
  }

  private static Engine with(Pipeline pipeline, Map<String, String> pipelineDictionaries) {
    Map<String, String> dictionaries = new TreeMap<>(pipelineDictionaries);
    dictionaries.putIfAbsent("countries", Countries.standard().version());
    return new Engine(pipeline, new Provenance(HadathVersion.current(), dictionaries));
  }
}
