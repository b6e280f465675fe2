package org.hadath.output;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Function;
import org.hadath.model.DocumentResult;

/** Runs a writer into memory and compares with a golden file under org/hadath/output/golden/. */
final class Golden {
  private Golden() {}

  static String write(Function<ByteArrayOutputStream, ResultWriter> open, DocumentResult... rs) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (ResultWriter w = open.apply(out)) {
      for (DocumentResult r : List.of(rs)) {
        w.write(r);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString(StandardCharsets.UTF_8);
  }

  static String read(String name) {
    try (InputStream in = Golden.class.getResourceAsStream("golden/" + name)) {
      assertThat(in).as("golden file " + name).isNotNull();
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Asserts {@code actual} equals the golden file. With {@code -Dhadath.golden.dir=DIR} it writes
   * the actual output there instead, for review before updating the golden files by hand.
   */
  static void assertMatches(String name, String actual) {
    String dir = System.getProperty("hadath.golden.dir");
    if (dir != null) {
      try {
        Files.createDirectories(Path.of(dir));
        Files.writeString(Path.of(dir, name), actual, StandardCharsets.UTF_8);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      return;
    }
    assertThat(actual).isEqualTo(read(name));
  }
}
