package org.hadath.fuzz;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The realistic documents mutations start from: short Arabic and English conflict reports as plain
 * text and as HTML pages, written for hadath (resources {@code org/hadath/fuzz/}).
 *
 * @param texts plain-text reports (title line, byline, body, related list)
 * @param pages HTML pages (navigation, byline, article, share widget, related block)
 */
public record BaseCorpus(List<String> texts, List<String> pages) {
  private static final String[] TEXTS = {"report-ar.txt", "report-en.txt"};
  private static final String[] PAGES = {"article-ar.html", "article-en.html"};

  public BaseCorpus {
    texts = List.copyOf(texts);
    pages = List.copyOf(pages);
    if (texts.isEmpty() || pages.isEmpty()) {
      throw new IllegalArgumentException("a base corpus needs at least one text and one page");
    }
  }

  private static final class Holder {
    static final BaseCorpus BUNDLED = load();
  }

  /** The bundled documents. */
  public static BaseCorpus bundled() {
    return Holder.BUNDLED;
  }

  private static BaseCorpus load() {
    List<String> texts = new ArrayList<>();
    List<String> pages = new ArrayList<>();
    for (String n : TEXTS) {
      texts.add(resource(n));
    }
    for (String n : PAGES) {
      pages.add(resource(n));
    }
    return new BaseCorpus(texts, pages);
  }

  private static String resource(String name) {
    try (InputStream in = BaseCorpus.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException(
            "fuzz base document org/hadath/fuzz/"
                + name
                + " is missing from the jar; rebuild hadath");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read fuzz base document " + name, e);
    }
  }
}
