package org.hadath.ingest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.hadath.model.Document;
import org.hadath.model.Problem;
import org.hadath.model.Zone;

/** Test fixtures under src/test/resources/ingest and a stable text rendering for golden files. */
final class Fixtures {
  private Fixtures() {}

  /** The path of a fixture, e.g. {@code "seed/000_82c0b5339c11801b.txt"}. */
  static Path path(String name) {
    URL url = Fixtures.class.getResource("/ingest/" + name);
    if (url == null) {
      throw new IllegalArgumentException("no fixture /ingest/" + name);
    }
    try {
      return Path.of(url.toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Everything ingest yields for these inputs, with default options. */
  static List<Ingested> ingest(IngestOptions options, String... inputs) {
    List<Ingested> out = new ArrayList<>();
    try (IngestStream s = Ingest.open(List.of(inputs), options)) {
      for (Ingested i : s) {
        out.add(i);
      }
    }
    return out;
  }

  static List<Ingested> ingest(String... inputs) {
    return ingest(IngestOptions.defaults(), inputs);
  }

  /** The one document read from a fixture. */
  static Ingested.Read read(String fixture) {
    List<Ingested> all = ingest(path(fixture).toString());
    if (all.size() != 1 || !(all.get(0) instanceof Ingested.Read)) {
      throw new AssertionError("expected one document from " + fixture + ", got " + all);
    }
    return (Ingested.Read) all.get(0);
  }

  /** A stable, line-oriented rendering of an ingested document, for golden files. */
  static String render(Ingested i) {
    StringBuilder sb = new StringBuilder();
    if (i instanceof Ingested.Failed) {
      Ingested.Failed f = (Ingested.Failed) i;
      sb.append("FAILED ").append(f.cause()).append(" id=").append(f.id()).append('\n');
      sb.append("source: ").append(f.source()).append('\n');
      sb.append("reason: ").append(f.reason()).append('\n');
      return sb.toString();
    }
    Ingested.Read r = (Ingested.Read) i;
    Document d = r.document();
    sb.append("id: ").append(d.id()).append('\n');
    sb.append("title: ").append(d.title().orElse("-")).append('\n');
    sb.append("outlet: ").append(d.outlet().orElse("-")).append('\n');
    sb.append("author: ").append(d.author().orElse("-")).append('\n');
    sb.append("dateline: ").append(d.dateline().orElse("-")).append('\n');
    sb.append("published: ").append(d.published().map(Object::toString).orElse("-")).append('\n');
    sb.append("url: ").append(d.url().orElse("-")).append('\n');
    sb.append("language: ").append(d.language().map(l -> l.code()).orElse("-")).append('\n');
    for (Zone z : d.zones()) {
      sb.append(z.kind())
          .append(' ')
          .append(z.span().start())
          .append('-')
          .append(z.span().end())
          .append(": ")
          .append(d.textAt(z.span()))
          .append('\n');
    }
    for (Problem p : r.problems()) {
      sb.append("problem ").append(p.severity()).append(": ").append(p.message()).append('\n');
    }
    return sb.toString();
  }

  /**
   * The golden file's content; with {@code -Dhadath.updateGolden=true} the file in
   * src/test/resources is (re)written from {@code actual} first, for review with git diff.
   */
  static String golden(String name, String actual) {
    if (Boolean.getBoolean("hadath.updateGolden")) {
      Path src = Path.of("src/test/resources/ingest/golden").resolve(name);
      try {
        Files.createDirectories(src.getParent());
        Files.writeString(src, actual, StandardCharsets.UTF_8);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      return actual;
    }
    try {
      return Files.readString(path("golden/" + name), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
