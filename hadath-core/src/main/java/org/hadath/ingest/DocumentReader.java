package org.hadath.ingest;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.hadath.ingest.Ingested.Cause;
import org.hadath.ingest.html.HtmlExtractor;
import org.hadath.ingest.html.HtmlPage;
import org.hadath.ingest.jsonl.JsonlRecord;
import org.hadath.model.Document;
import org.hadath.model.Problem;
import org.hadath.model.Zone;
import org.hadath.resolve.time.TimeFinder;

/**
 * Turns the bytes of one text or HTML document, or one JSONL record, into an {@link Ingested}: the
 * checks (empty, binary, too large), decoding ({@link TextDecoder}), HTML extraction ({@link
 * HtmlExtractor}) and page structure ({@link PageAnalyzer}).
 *
 * <p>The publication date is, in order: the page's metadata (HTML meta tags, JSON-LD, {@code <time
 * datetime>}) or the JSONL {@code published} field; a date in the URL path ("/2017/10/04/"); the
 * first full date in a byline or date line before the body; the {@code --published} option.
 */
final class DocumentReader {
  /** What a single document is. */
  enum Kind {
    TEXT,
    HTML
  }

  private final IngestOptions options;
  private final PageAnalyzer analyzer;

  DocumentReader(IngestOptions options, PageAnalyzer analyzer) {
    this.options = options;
    this.analyzer = analyzer;
  }

  /** How many bytes to read at most for one document: no more can decode to the char limit. */
  long byteCap() {
    return Math.min(Integer.MAX_VALUE - 64L, options.maxDocumentChars() * 4L);
  }

  Ingested tooLarge(String id, String source, long bytesRead) {
    return new Ingested.Failed(
        id,
        source,
        Cause.TOO_LARGE,
        "'"
            + source
            + "' is too large: more than "
            + options.maxDocumentChars()
            + " characters (reading stopped after "
            + bytesRead
            + " bytes). hadath reads at most "
            + options.maxDocumentChars()
            + " characters per document; split the input into separate documents or raise the"
            + " per-document limit (hadath extract --max-chars)");
  }

  /**
   * A text or HTML document from its bytes.
   *
   * @param declaredCharset a charset declared outside the bytes (HTTP Content-Type), if any
   */
  Ingested fromBytes(
      Bytes bytes,
      String id,
      String source,
      Kind kind,
      Optional<String> declaredCharset,
      Optional<String> url,
      Optional<LocalDate> published) {
    if (bytes.more()) {
      return tooLarge(id, source, bytes.length());
    }
    byte[] b = bytes.data();
    int len = bytes.length();
    if (len == 0) {
      return new Ingested.Failed(
          id,
          source,
          Cause.EMPTY,
          "'" + source + "' is an empty file (0 bytes); remove it or fill it with the report text");
    }
    Optional<String> binary = TextDecoder.binaryReason(b, len);
    if (binary.isPresent()) {
      return new Ingested.Failed(
          id,
          source,
          Cause.BINARY,
          "'"
              + source
              + "' is a binary file, not text: "
              + binary.get()
              + ". hadath reads text, HTML, JSONL and WARC files (optionally .gz or .bz2, or in a .zip); remove it from"
              + " the input or convert it to text first");
    }
    Optional<String> declared = declaredCharset;
    if (kind == Kind.HTML && declared.isEmpty()) {
      declared = HtmlExtractor.declaredCharset(b, len);
    }
    TextDecoder.Decoded decoded = TextDecoder.decode(b, len, declared);
    List<Problem> problems = new ArrayList<>(1);
    decoded.warning().ifPresent(w -> problems.add(warning(id, source, w)));
    String raw = decoded.text();
    if (raw.length() > options.maxDocumentChars()) {
      return tooLarge(id, source, len);
    }
    if (raw.isBlank()) {
      return new Ingested.Failed(
          id,
          source,
          Cause.EMPTY,
          "'"
              + source
              + "' holds only white space ("
              + len
              + " bytes); remove it or fill it with the report text");
    }
    if (kind == Kind.TEXT) {
      Page page = analyzer.analyze(raw, PageAnalyzer.Hints.none());
      return read(id, source, raw, page, url, Optional.empty(), published, problems);
    }
    HtmlPage html;
    try {
      html = HtmlExtractor.extract(raw, url.orElse(""));
    } catch (RuntimeException e) {
      // jsoup 1.24 can throw on some badly broken markup (misnested formatting elements); found by
      // hadath fuzz. The page is unreadable, not a bug of ours: fail it with the parser's words.
      return new Ingested.Failed(
          id,
          source,
          Cause.CORRUPT,
          "'"
              + source
              + "': the HTML parser (jsoup) could not read this page's markup ("
              + e
              + "); the markup is broken beyond repair: save the page again, or pass its text as"
              + " a .txt file");
    }
    if (html.text().isBlank()) {
      return new Ingested.Failed(
          id,
          source,
          Cause.EMPTY,
          "'"
              + source
              + "' is an HTML page without visible text (no title, no paragraphs); check that it is"
              + " the article page and not a redirect or script-only page");
    }
    Map<Integer, Zone.Kind> forced = new HashMap<>();
    for (HtmlPage.KnownLine k : html.lines()) {
      forced.put(k.start(), k.kind());
    }
    PageAnalyzer.Hints hints =
        new PageAnalyzer.Hints(Optional.empty(), html.siteName(), html.author(), forced);
    Page page = analyzer.analyze(html.text(), hints);
    Optional<String> title =
        page.title()
            .or(() -> html.title().map(t -> Titles.bundled().clean(t, html.siteName()).headline()));
    Page withTitle =
        new Page(
            page.zones(), title, page.outlet(), page.author(), page.dateline(), page.siteName());
    return read(
        id,
        source,
        html.text(),
        withTitle,
        html.url().or(() -> url),
        Optional.empty(),
        html.published().or(() -> published),
        problems);
  }

  /** A JSONL record. */
  Ingested fromJsonl(JsonlRecord r, String source, List<Problem> problems) {
    List<Problem> all = new ArrayList<>(problems);
    for (String w : r.warnings()) {
      all.add(warning(r.id(), source, w));
    }
    if (r.text().length() > options.maxDocumentChars()) {
      return new Ingested.Failed(
          r.id(),
          source,
          Cause.TOO_LARGE,
          source
              + ": the text of document '"
              + r.id()
              + "' has "
              + r.text().length()
              + " characters, more than the limit of "
              + options.maxDocumentChars()
              + "; split it into several documents or raise the per-document limit (hadath extract --max-chars)");
    }
    if (r.text().isBlank()) {
      return new Ingested.Failed(
          r.id(),
          source,
          Cause.EMPTY,
          source
              + ": the text of document '"
              + r.id()
              + "' is empty or only white space; put the report text in \"text\" or remove the"
              + " line");
    }
    Page page = analyzer.analyze(r.text(), PageAnalyzer.Hints.title(r.title()));
    return read(r.id(), source, r.text(), page, r.url(), r.language(), r.published(), all);
  }

  private Ingested read(
      String id,
      String source,
      String text,
      Page page,
      Optional<String> url,
      Optional<org.hadath.model.Language> language,
      Optional<LocalDate> published,
      List<Problem> problems) {
    Document d =
        Document.builder(id, source, text)
            .url(url.orElse(null))
            .title(page.title().orElse(null))
            .outlet(page.outlet().orElse(null))
            .author(page.author().orElse(null))
            .dateline(page.dateline().orElse(null))
            .published(
                published
                    .or(() -> url.flatMap(TimeFinder::publishedFromUrl))
                    .or(() -> fromDateLines(text, page))
                    .or(options::published)
                    .orElse(null))
            .language(language.orElse(null))
            .zones(page.zones())
            .build();
    return new Ingested.Read(d, problems);
  }

  /**
   * The first full date written in a byline or date line of the page, before the body («الخميس
   * 2018/03/29», "date 2018-10-15", «الرقة – 15 حزيران 2017»), if any.
   */
  static Optional<LocalDate> fromDateLines(String text, Page page) {
    for (Zone z : page.zones()) {
      if (z.kind() == Zone.Kind.BODY) {
        return Optional.empty(); // a date in the body is an event's, not the publication's
      }
      if (z.kind() == Zone.Kind.BYLINE) {
        Optional<LocalDate> d =
            TimeFinder.publishedFromText(text.substring(z.span().start(), z.span().end()));
        if (d.isPresent()) {
          return d;
        }
      }
    }
    return Optional.empty();
  }

  static Problem warning(String id, String source, String message) {
    return Problem.warning(id, "ingest", "'" + source + "': " + message);
  }
}
