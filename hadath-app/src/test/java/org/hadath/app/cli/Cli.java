package org.hadath.app.cli;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.function.Supplier;

/** Runs the real CLI in-process and captures stdout and stderr. */
final class Cli {
  private Cli() {}

  /** What a run left behind. */
  record Run(int code, String out, String err) {
    /** Standard output split into lines (without the final empty one). */
    List<String> lines() {
      if (out.isEmpty()) {
        return List.of();
      }
      return Arrays.asList(out.split("\n", -1)).subList(0, out.split("\n", -1).length - 1);
    }
  }

  static Run run(Supplier<Engine> engine, String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    Io io = new Io(out, new PrintStream(err, true, StandardCharsets.UTF_8), false);
    int code = HadathCli.execute(io, engine, args);
    return new Run(
        code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
  }

  /** Runs with the test pipeline ({@link TestPipeline}). */
  static Run run(String... args) {
    return run(TestPipeline::engine, args);
  }
}
