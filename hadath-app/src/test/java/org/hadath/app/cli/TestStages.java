package org.hadath.app.cli;

import java.util.Set;
import java.util.function.Consumer;
import org.hadath.pipeline.Annotated;
import org.hadath.pipeline.Key;
import org.hadath.pipeline.Stage;

/** Test stages that need and add no annotation: they only act on each document. */
final class TestStages {
  private TestStages() {}

  /** A stage called {@code name} that runs {@code process} on every document. */
  static Stage stage(String name, Consumer<Annotated> process) {
    return new Stage() {
      @Override
      public String name() {
        return name;
      }

      @Override
      public Set<Key<?>> requires() {
        return Set.of();
      }

      @Override
      public Set<Key<?>> provides() {
        return Set.of();
      }

      @Override
      public void process(Annotated doc) {
        process.accept(doc);
      }
    };
  }
}
