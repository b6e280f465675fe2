package org.hadath.model;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One input document after ingest: its text exactly as given, with metadata read from the page and
 * the zones (title, byline, body, related list) its text is made of.
 *
 * @param id the identifier echoed in outputs (the JSONL {@code id}, or the file name)
 * @param source where it came from, for messages: a path, {@code "-"} (stdin), {@code
 *     "feed.jsonl:12"}
 * @param text the text every {@link Span} points into. For .txt and JSONL input it is the input
 *     text unchanged; for HTML it is the page's visible text as ingest extracted it.
 * @param url the page's address, if known
 * @param title the headline without site-name suffixes, if known
 * @param outlet the outlet that wrote the report (from the byline or og:site_name), if known
 * @param author the author named in the byline, if any
 * @param dateline the place named in the dateline («بلدي نيوز – الرقة» gives «الرقة»), if any
 * @param published the publication date, if known
 * @param language the declared language (JSONL {@code language}); detection fills it otherwise
 * @param zones the roles of regions of {@code text}, in text order; never empty for a readable
 *     document
 */
public record Document(
    String id,
    String source,
    String text,
    Optional<String> url,
    Optional<String> title,
    Optional<String> outlet,
    Optional<String> author,
    Optional<String> dateline,
    Optional<LocalDate> published,
    Optional<Language> language,
    List<Zone> zones) {

  public Document {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(url, "url");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(outlet, "outlet");
    Objects.requireNonNull(author, "author");
    Objects.requireNonNull(dateline, "dateline");
    Objects.requireNonNull(published, "published");
    Objects.requireNonNull(language, "language");
    zones = List.copyOf(zones);
    for (Zone z : zones) {
      if (z.span().end() > text.length()) {
        throw new IllegalArgumentException(
            "zone " + z + " ends beyond the text of document " + id + " (" + text.length() + ")");
      }
    }
  }

  /** A document whose whole text is body, with no metadata: the simplest input. */
  public static Document ofText(String id, String text) {
    return builder(id, id, text)
        .zones(List.of(new Zone(Zone.Kind.BODY, new Span(0, text.length()))))
        .build();
  }

  /** The words at {@code span}. */
  public String textAt(Span span) {
    return text.substring(span.start(), span.end());
  }

  /** The zones of the given kind, in text order. */
  public List<Zone> zones(Zone.Kind kind) {
    List<Zone> out = new ArrayList<>();
    for (Zone z : zones) {
      if (z.kind() == kind) {
        out.add(z);
      }
    }
    return out;
  }

  /** The clean text: the body zones joined by blank lines, with a map back to {@link #text()}. */
  public MappedText cleanText() {
    List<Zone> body = zones(Zone.Kind.BODY);
    int length = 0;
    for (Zone z : body) {
      length += (length > 0 ? 2 : 0) + z.span().end() - z.span().start();
    }
    // built straight into arrays: this runs on every document (dedup signature, extraction)
    char[] chars = new char[length];
    int[] map = new int[length + 1];
    int n = 0;
    for (Zone z : body) {
      int start = z.span().start();
      if (n > 0) {
        chars[n] = '\n';
        chars[n + 1] = '\n';
        map[n] = start;
        map[n + 1] = start;
        n += 2;
      }
      text.getChars(start, z.span().end(), chars, n);
      for (int i = start; i < z.span().end(); i++) {
        map[n++] = i;
      }
    }
    map[n] = n == 0 ? 0 : map[n - 1] + 1;
    return new MappedText(new String(chars, 0, n), map);
  }

  public Builder toBuilder() {
    return new Builder(id, source, text)
        .url(url.orElse(null))
        .title(title.orElse(null))
        .outlet(outlet.orElse(null))
        .author(author.orElse(null))
        .dateline(dateline.orElse(null))
        .published(published.orElse(null))
        .language(language.orElse(null))
        .zones(zones);
  }

  public static Builder builder(String id, String source, String text) {
    return new Builder(id, source, text);
  }

  /** Builds a {@link Document}; setters take {@code null} for "unknown". */
  public static final class Builder {
    private final String id;
    private final String source;
    private final String text;
    private String url;
    private String title;
    private String outlet;
    private String author;
    private String dateline;
    private LocalDate published;
    private Language language;
    private List<Zone> zones = List.of();

    private Builder(String id, String source, String text) {
      this.id = id;
      this.source = source;
      this.text = text;
    }

    public Builder url(String v) {
      url = v;
      return this;
    }

    public Builder title(String v) {
      title = v;
      return this;
    }

    public Builder outlet(String v) {
      outlet = v;
      return this;
    }

    public Builder author(String v) {
      author = v;
      return this;
    }

    public Builder dateline(String v) {
      dateline = v;
      return this;
    }

    public Builder published(LocalDate v) {
      published = v;
      return this;
    }

    public Builder language(Language v) {
      language = v;
      return this;
    }

    public Builder zones(List<Zone> v) {
      zones = v;
      return this;
    }

    public Document build() {
      return new Document(
          id,
          source,
          text,
          Optional.ofNullable(url),
          Optional.ofNullable(title),
          Optional.ofNullable(outlet),
          Optional.ofNullable(author),
          Optional.ofNullable(dateline),
          Optional.ofNullable(published),
          Optional.ofNullable(language),
          zones);
    }
  }
}
