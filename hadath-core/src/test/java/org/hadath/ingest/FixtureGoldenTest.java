package org.hadath.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every fixture file (one per edge case, named after it) read through {@link Ingest#open} and
 * compared with its golden rendering in {@code golden/<dir>/<file>.golden}. Regenerate with {@code
 * -Dhadath.updateGolden=true} and review the diff.
 */
class FixtureGoldenTest {
  private static final List<String> DIRS =
      List.of("bylines", "related", "encoding", "html", "gz", "warc", "jsonl", "edge");

  static Stream<String> fixtures() throws IOException {
    Path root = Fixtures.path("seed").getParent();
    return DIRS.stream()
        .flatMap(
            d -> {
              try (Stream<Path> s = Files.list(root.resolve(d))) {
                return s
                    .map(p -> d + "/" + p.getFileName())
                    .sorted()
                    .collect(Collectors.toList())
                    .stream();
              } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
              }
            });
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("fixtures")
  void fixtureMatchesGolden(String fixture) {
    Path path = Fixtures.path(fixture);
    String root = Fixtures.path("seed").getParent().toString();
    String actual =
        Fixtures.ingest(path.toString()).stream()
            .map(Fixtures::render)
            .collect(Collectors.joining("----\n"))
            .replace(root, "<fixtures>");
    assertThat(actual).isEqualTo(Fixtures.golden(fixture + ".golden", actual));
  }
}
