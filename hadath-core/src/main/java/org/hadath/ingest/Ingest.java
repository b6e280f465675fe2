package org.hadath.ingest;

import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Reads inputs into {@link org.hadath.model.Document}s.
 *
 * <p>Inputs are files, directories (read recursively, entries in sorted order) and {@code -}
 * (stdin). Files are read by name (see {@link InputFormat#AUTO}): {@code .txt}, {@code
 * .html}/{@code .htm}, {@code .jsonl} (one document per line), {@code .warc} (one document per HTML
 * or text response record), RSS 2.0 and Atom feeds ({@code .rss}, {@code .atom}, {@code .xml} whose
 * first element is a feed, or any file that sniffs as one; one document per item), any of these
 * compressed with gzip ({@code .gz}) or bzip2 ({@code .bz2}), and {@code .zip} archives of them,
 * read as a stream with each entry a file of its own (id and source {@code
 * archive.zip!/dir/a.html}; a damaged entry fails naming the archive and the entry). An {@code
 * http://} or {@code https://} input is a feed fetched with {@link
 * org.hadath.ingest.feed.HttpFetcher}; an item with no content is read from its link. In a
 * directory, hidden files and files with other extensions are skipped ({@link
 * IngestStream#skipped()}); a file given by name is read whatever its name, by its first bytes.
 *
 * <p>Document ids: the file name relative to its input argument ({@code 000_82c0b5339c11801b.txt},
 * {@code 2017/06/a.html}); {@code -} for stdin; the JSONL {@code id} for JSONL; the WARC-Record-ID
 * for WARC records.
 */
public final class Ingest {
  private Ingest() {}

  /**
   * A lazy stream of the documents in {@code inputs}, in input order. Nothing is read until the
   * stream is iterated; a missing path becomes an {@link Ingested.Failed} with cause {@link
   * Ingested.Cause#NO_SUCH_FILE} in its place.
   */
  public static IngestStream open(List<String> inputs, IngestOptions options) {
    Objects.requireNonNull(inputs, "inputs");
    Objects.requireNonNull(options, "options");
    return new InputWalker(List.copyOf(inputs), options, PageAnalyzer.bundled());
  }

  /**
   * The versions of the dictionaries ingest reads, by name, for provenance: {@code "outlets"} and
   * {@code "page-lexicon"}.
   */
  public static java.util.Map<String, String> dictionaries() {
    java.util.Map<String, String> m = new java.util.LinkedHashMap<>();
    m.put("outlets", Outlets.bundled().version());
    m.put("page-lexicon", PageLexicon.bundled().version());
    return java.util.Collections.unmodifiableMap(m);
  }

  /**
   * The total size of the input files in bytes, as {@link IngestStream#bytesRead()} counts them
   * (directories walked with ingest's rules), for progress and ETA; empty when an input is stdin or
   * a URL. Walks the directories once: call it off the reading thread for large trees.
   */
  public static java.util.OptionalLong totalBytes(List<String> inputs, InputFormat format) {
    return InputWalker.totalBytes(List.copyOf(inputs), format);
  }

  /**
   * The inputs that name no existing file or directory (so a caller can report a usage error before
   * reading anything). {@code -} and http(s) URLs always exist (a URL that cannot be fetched
   * becomes a failed document).
   */
  public static List<String> missing(List<String> inputs) {
    List<String> out = new ArrayList<>();
    for (String in : inputs) {
      if (in.equals("-") || org.hadath.ingest.feed.HttpFetcher.isUrl(in)) {
        continue;
      }
      try {
        Path p = Path.of(in);
        if (!Files.exists(p) && !Files.exists(p, LinkOption.NOFOLLOW_LINKS)) {
          out.add(in);
        }
      } catch (InvalidPathException e) {
        out.add(in);
      }
    }
    return out;
  }
}
