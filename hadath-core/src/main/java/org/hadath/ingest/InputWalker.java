package org.hadath.ingest;

import java.io.BufferedInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.zip.GZIPInputStream;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveInputStream;
import org.apache.commons.compress.compressors.bzip2.BZip2CompressorInputStream;
import org.hadath.ingest.Ingested.Cause;
import org.hadath.ingest.feed.FeedItem;
import org.hadath.ingest.feed.FeedParser;
import org.hadath.ingest.feed.HttpFetcher;
import org.hadath.ingest.jsonl.JsonlParser;
import org.hadath.ingest.jsonl.JsonlRecord;
import org.hadath.ingest.warc.WarcPage;
import org.hadath.ingest.warc.WarcPages;
import org.hadath.model.Problem;

/**
 * The {@link IngestStream} behind {@link Ingest#open}: walks the inputs depth-first with an
 * explicit stack (directories listed and sorted when reached), reads one document at a time, and
 * turns every failure into an {@link Ingested.Failed}.
 */
final class InputWalker implements IngestStream, Iterator<Ingested> {
  private static final int SNIFF_BYTES = 512;

  /** What a file is, by name or by its first bytes. */
  private enum Format {
    TEXT,
    HTML,
    JSONL,
    WARC,
    /** RSS or Atom ({@code .rss}, {@code .atom}; {@code .xml} when it is a feed). */
    FEED,
    /** {@code .xml}: a feed if its first element is one, else not read. */
    XML,
    /** A zip archive: each entry is read as a file of its own. */
    ZIP,
    /** No extension: decide by the first bytes. */
    SNIFF,
    /** An extension ingest does not read. */
    OTHER
  }

  private sealed interface Item permits Arg, Dir, FileItem, Ready {}

  private record Arg(String arg) implements Item {}

  /** Directory keys from the root down to here, to detect symbolic-link cycles. */
  private record Ancestors(Object key, String source, Ancestors parent) {}

  private record Dir(Path path, String rel, Ancestors ancestors) implements Item {}

  private record FileItem(Path path, String id, String source, boolean explicit) implements Item {}

  private record Ready(Ingested ingested) implements Item {}

  /** A file that yields several documents (JSONL, WARC). */
  private interface Source {
    /** The next document, or null at the end. Never throws. */
    Ingested next();

    void close();
  }

  private final IngestOptions options;
  private final DocumentReader reader;
  private final Deque<Item> stack = new ArrayDeque<>();
  private final List<String> skipped = new ArrayList<>();
  private long skippedCount;
  private long bytesRead;
  private Source current;
  private Ingested lookahead;
  private boolean iterated;
  private boolean closed;

  InputWalker(List<String> inputs, IngestOptions options, PageAnalyzer analyzer) {
    this.options = options;
    this.reader = new DocumentReader(options, analyzer);
    for (int i = inputs.size() - 1; i >= 0; i--) {
      stack.push(new Arg(inputs.get(i)));
    }
  }

  // ---- IngestStream ----

  @Override
  public Iterator<Ingested> iterator() {
    if (iterated) {
      throw new IllegalStateException("an IngestStream can be iterated only once");
    }
    iterated = true;
    return this;
  }

  @Override
  public List<String> skipped() {
    return Collections.unmodifiableList(skipped);
  }

  @Override
  public long skippedCount() {
    return skippedCount;
  }

  @Override
  public long bytesRead() {
    return bytesRead;
  }

  /** Counts the bytes read from an input file into {@link #bytesRead}. */
  private final class Counted extends FilterInputStream {
    Counted(InputStream in) {
      super(in);
    }

    @Override
    public int read() throws IOException {
      int c = super.read();
      if (c >= 0) {
        bytesRead++;
      }
      return c;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
      int n = super.read(b, off, len);
      if (n > 0) {
        bytesRead += n;
      }
      return n;
    }

    @Override
    public long skip(long n) throws IOException {
      long k = super.skip(n);
      if (k > 0) {
        bytesRead += k;
      }
      return k;
    }
  }

  @Override
  public void close() {
    closed = true;
    if (current != null) {
      current.close();
      current = null;
    }
    stack.clear();
  }

  // ---- Iterator ----

  @Override
  public boolean hasNext() {
    if (lookahead == null && !closed) {
      lookahead = advance();
    }
    return lookahead != null;
  }

  @Override
  public Ingested next() {
    if (!hasNext()) {
      throw new NoSuchElementException();
    }
    Ingested n = lookahead;
    lookahead = null;
    return n;
  }

  private void skip(String what) {
    skippedCount++;
    if (skipped.size() < MAX_SKIPPED_LISTED) {
      skipped.add(what);
    }
  }

  private Ingested advance() {
    while (true) {
      if (current != null) {
        Ingested n = current.next();
        if (n != null) {
          return n;
        }
        current.close();
        current = null;
      }
      Item item = stack.poll();
      if (item == null) {
        return null;
      }
      Ingested n = process(item);
      if (n != null) {
        return n;
      }
    }
  }

  /** Handles one item: returns a document, or null after pushing more work or opening a source. */
  private Ingested process(Item item) {
    String id;
    String source;
    if (item instanceof Ready) {
      return ((Ready) item).ingested();
    } else if (item instanceof Arg) {
      id = ((Arg) item).arg();
      source = id;
    } else if (item instanceof Dir) {
      Dir d = (Dir) item;
      id = d.rel().isEmpty() ? d.path().toString() : d.rel();
      source = d.path().toString();
    } else {
      FileItem f = (FileItem) item;
      id = f.id();
      source = f.source();
    }
    try {
      if (item instanceof Arg) {
        return argument(((Arg) item).arg());
      } else if (item instanceof Dir) {
        return directory((Dir) item);
      } else {
        return file((FileItem) item);
      }
    } catch (RuntimeException | StackOverflowError e) {
      return internal(id, source, e);
    }
  }

  private static Ingested internal(String id, String source, Throwable e) {
    return new Ingested.Failed(
        id,
        source,
        Cause.INTERNAL,
        "internal error while reading '"
            + source
            + "': "
            + e
            + "; this is a bug in hadath, please report it with the input file");
  }

  // ---- arguments and directories ----

  private Ingested argument(String arg) {
    if (arg.equals("-")) {
      return stdin();
    }
    if (HttpFetcher.isUrl(arg)) {
      return url(arg);
    }
    Path p;
    try {
      p = Path.of(arg);
    } catch (InvalidPathException e) {
      return new Ingested.Failed(
          arg,
          arg,
          Cause.NO_SUCH_FILE,
          "'" + arg + "' is not a valid path (" + e.getReason() + "); check the argument");
    }
    if (Files.isDirectory(p)) {
      Optional<Object> key = directoryKey(p);
      stack.push(new Dir(p, "", new Ancestors(key.orElse(null), arg, null)));
      return null;
    }
    if (!Files.exists(p) && !Files.exists(p, LinkOption.NOFOLLOW_LINKS)) {
      return new Ingested.Failed(
          arg,
          arg,
          Cause.NO_SUCH_FILE,
          "no such file or directory: '"
              + arg
              + "' (relative paths start at "
              + Path.of("").toAbsolutePath()
              + "); check the path");
    }
    Path name = p.getFileName();
    String id = name == null ? arg : name.toString();
    return file(new FileItem(p, id, arg, true));
  }

  private Ingested directory(Dir d) {
    List<String> names = new ArrayList<>();
    try (DirectoryStream<Path> ds = Files.newDirectoryStream(d.path())) {
      for (Path c : ds) {
        Path n = c.getFileName();
        if (n != null) {
          names.add(n.toString());
        }
      }
    } catch (IOException | RuntimeException e) {
      String id = d.rel().isEmpty() ? d.path().toString() : d.rel();
      return new Ingested.Failed(
          id,
          d.path().toString(),
          Cause.UNREADABLE,
          "cannot list directory '"
              + d.path()
              + "': "
              + osReason(e)
              + "; give read permission to it or leave it out");
    }
    Collections.sort(names);
    List<Item> items = new ArrayList<>(names.size());
    for (String name : names) {
      if (name.startsWith(".")) {
        continue; // hidden: .git, .DS_Store
      }
      Path child = d.path().resolve(name);
      String rel = d.rel().isEmpty() ? name : d.rel() + "/" + name;
      String source = child.toString();
      if (Files.isDirectory(child)) {
        Optional<Object> key = directoryKey(child);
        Ancestors loop = null;
        for (Ancestors a = d.ancestors(); a != null && key.isPresent(); a = a.parent()) {
          if (key.get().equals(a.key())) {
            loop = a;
            break;
          }
        }
        if (loop != null) {
          items.add(
              new Ready(
                  new Ingested.Failed(
                      rel,
                      source,
                      Cause.UNSUPPORTED,
                      "directory cycle: '"
                          + source
                          + "' is the same directory as '"
                          + loop.source()
                          + "' above it (a symbolic link loop); it was not read again. Remove"
                          + " the link or pass the directories separately")));
        } else {
          items.add(new Dir(child, rel, new Ancestors(key.orElse(null), source, d.ancestors())));
        }
        continue;
      }
      if (options.format() == InputFormat.AUTO && byName(name) == Format.OTHER) {
        skip(source);
        continue;
      }
      if (Files.isRegularFile(child) || !Files.exists(child)) {
        // Not existing when followed: a broken or looping link; opening it gives the OS reason.
        items.add(new FileItem(child, rel, source, false));
      } else {
        items.add(
            new Ready(
                new Ingested.Failed(
                    rel,
                    source,
                    Cause.UNSUPPORTED,
                    "'"
                        + source
                        + "' is not a regular file (a FIFO, socket or device) and was not read;"
                        + " name it on the command line to read it, or remove it from the"
                        + " directory")));
      }
    }
    for (int i = items.size() - 1; i >= 0; i--) {
      stack.push(items.get(i));
    }
    return null;
  }

  private static Optional<Object> directoryKey(Path p) {
    try {
      BasicFileAttributes a = Files.readAttributes(p, BasicFileAttributes.class);
      if (a.fileKey() != null) {
        return Optional.of(a.fileKey());
      }
      return Optional.of(p.toRealPath());
    } catch (IOException | RuntimeException e) {
      return Optional.empty();
    }
  }

  /**
   * The total size in bytes of the files {@code inputs} name, counting in directories only the
   * files ingest reads (not hidden, an extension it reads); empty when an input is stdin or a URL,
   * whose size is not known beforehand. Unreadable entries count as 0.
   */
  static java.util.OptionalLong totalBytes(List<String> inputs, InputFormat format) {
    long[] total = {0};
    for (String in : inputs) {
      if (in.equals("-") || HttpFetcher.isUrl(in)) {
        return java.util.OptionalLong.empty();
      }
      Path p;
      try {
        p = Path.of(in);
      } catch (InvalidPathException e) {
        continue;
      }
      if (!Files.isDirectory(p)) {
        try {
          total[0] += Files.size(p);
        } catch (IOException | RuntimeException e) {
          // a missing or unreadable file: ingest reports it, its size is 0 here
        }
        continue;
      }
      try {
        Files.walkFileTree(
            p,
            java.util.EnumSet.of(java.nio.file.FileVisitOption.FOLLOW_LINKS),
            Integer.MAX_VALUE,
            new java.nio.file.SimpleFileVisitor<Path>() {
              @Override
              public java.nio.file.FileVisitResult preVisitDirectory(
                  Path dir, BasicFileAttributes a) {
                Path n = dir.getFileName();
                return !dir.equals(p) && n != null && n.toString().startsWith(".")
                    ? java.nio.file.FileVisitResult.SKIP_SUBTREE
                    : java.nio.file.FileVisitResult.CONTINUE;
              }

              @Override
              public java.nio.file.FileVisitResult visitFile(Path f, BasicFileAttributes a) {
                Path n = f.getFileName();
                if (n != null
                    && a.isRegularFile()
                    && !n.toString().startsWith(".")
                    && (format != InputFormat.AUTO || byName(n.toString()) != Format.OTHER)) {
                  total[0] += a.size();
                }
                return java.nio.file.FileVisitResult.CONTINUE;
              }

              @Override
              public java.nio.file.FileVisitResult visitFileFailed(Path f, IOException e) {
                return java.nio.file.FileVisitResult.CONTINUE;
              }
            });
      } catch (IOException | RuntimeException e) {
        // unreadable directory: ingest reports it
      }
    }
    return java.util.OptionalLong.of(total[0]);
  }

  private static Format byName(String fileName) {
    String n = fileName.toLowerCase(Locale.ROOT);
    if (n.endsWith(".gz")) {
      n = n.substring(0, n.length() - 3);
    } else if (n.endsWith(".bz2")) {
      n = n.substring(0, n.length() - 4);
    }
    int dot = n.lastIndexOf('.');
    if (dot < 0) {
      return Format.SNIFF;
    }
    switch (n.substring(dot + 1)) {
      case "txt":
      case "text":
        return Format.TEXT;
      case "html":
      case "htm":
      case "xhtml":
      case "shtml":
        return Format.HTML;
      case "jsonl":
      case "ndjson":
        return Format.JSONL;
      case "warc":
        return Format.WARC;
      case "rss":
      case "atom":
        return Format.FEED;
      case "xml":
        return Format.XML;
      case "zip":
        return Format.ZIP;
      default:
        return Format.OTHER;
    }
  }

  // ---- files ----

  private Ingested stdin() {
    InputStream in =
        new FilterInputStream(System.in) {
          @Override
          public void close() {
            // stdin stays open for the rest of the process
          }
        };
    return stream(new Counted(in), "-", "-", Format.SNIFF, true);
  }

  private Ingested file(FileItem f) {
    InputStream raw;
    try {
      raw = Files.newInputStream(f.path());
    } catch (NoSuchFileException e) {
      boolean link = Files.isSymbolicLink(f.path());
      return new Ingested.Failed(
          f.id(),
          f.source(),
          f.explicit() && !link ? Cause.NO_SUCH_FILE : Cause.UNREADABLE,
          link
              ? "'"
                  + f.source()
                  + "' is a broken symbolic link (its target does not exist); fix or remove it"
              : "no such file: '"
                  + f.source()
                  + "' (it disappeared while reading); check the path");
    } catch (AccessDeniedException e) {
      return new Ingested.Failed(
          f.id(),
          f.source(),
          Cause.UNREADABLE,
          "permission denied reading '"
              + f.source()
              + "'; give read permission (chmod +r) or leave it out");
    } catch (IOException | RuntimeException e) {
      return new Ingested.Failed(
          f.id(),
          f.source(),
          Cause.UNREADABLE,
          "cannot read '" + f.source() + "': " + osReason(e) + "; fix the file or leave it out");
    }
    Path name = f.path().getFileName();
    Format format = name == null ? Format.SNIFF : byName(name.toString());
    if (format == Format.OTHER) {
      format = Format.SNIFF; // named on the command line: read it whatever its name
    }
    return stream(new Counted(raw), f.id(), f.source(), format, f.explicit());
  }

  /** Reads one opened input. Closes {@code raw} unless a multi-document source takes it. */
  private Ingested stream(
      InputStream raw, String id, String source, Format format, boolean explicit) {
    boolean handedOver = false;
    boolean sniffed = format == Format.SNIFF || format == Format.XML;
    String compression = null;
    try {
      BufferedInputStream in = new BufferedInputStream(raw, 64 * 1024);
      byte[] head = peek(in, SNIFF_BYTES);
      if ((format == Format.ZIP || format == Format.SNIFF) && isZip(head)) {
        // only by name or with no known extension: a .txt starting PK\3\4 stays a (binary) file
        current = new ZipSource(in, id, source);
        handedOver = true;
        return null;
      }
      if (format == Format.ZIP) {
        format = Format.SNIFF; // named .zip but not one: read it by its first bytes
        sniffed = true;
      }
      boolean gzip = head.length >= 2 && (head[0] & 0xFF) == 0x1F && (head[1] & 0xFF) == 0x8B;
      boolean bzip2 = isBzip2(head);
      compression = gzip ? "gzip" : bzip2 ? "bzip2" : null;
      if (options.format() == InputFormat.JSONL) {
        format = Format.JSONL;
      }
      if (!bzip2
          && (format == Format.WARC || (format == Format.SNIFF && isWarc(gzip ? null : head)))) {
        // jwarc reads plain and gzipped WARC itself and reports record offsets in the file.
        current = new WarcSource(new WarcPages(in, reader.byteCap()), id, source);
        handedOver = true;
        return null;
      }
      InputStream data = in;
      if (compression != null) {
        InputStream inflated =
            gzip ? new GZIPInputStream(in, 64 * 1024) : new BZip2CompressorInputStream(in, true);
        data = new BufferedInputStream(inflated, 64 * 1024);
        if (format == Format.SNIFF || format == Format.WARC) {
          byte[] inner = peek((BufferedInputStream) data, SNIFF_BYTES);
          if (format == Format.WARC || isWarc(inner)) {
            // bzip2 only: jwarc reads the decompressed records (offsets are uncompressed bytes)
            current = new WarcSource(new WarcPages(data, reader.byteCap()), id, source);
            handedOver = true;
            return null;
          }
          format = sniff(inner);
        }
      } else if (format == Format.SNIFF) {
        format = sniff(head);
      }
      if (format == Format.TEXT
          && startsLikeHtml(
              compression != null ? peek((BufferedInputStream) data, SNIFF_BYTES) : head)) {
        format = Format.HTML; // an HTML page saved as .txt
      }
      if (format == Format.JSONL) {
        current = new JsonlSource(data, source, compression);
        handedOver = true;
        return null;
      }
      if (format == Format.FEED
          || format == Format.XML
          || (sniffed
              && format == Format.HTML
              && FeedParser.isFeed(ascii(peekData(data, compression != null, head))))) {
        Bytes feed = Bytes.read(data, FEED_MAX_BYTES);
        return feed(feed, id, source, Optional.empty(), explicit);
      }
      Bytes bytes = Bytes.read(data, reader.byteCap());
      return reader.fromBytes(
          bytes,
          id,
          source,
          format == Format.HTML ? DocumentReader.Kind.HTML : DocumentReader.Kind.TEXT,
          Optional.empty(),
          Optional.empty(),
          Optional.empty());
    } catch (IOException e) {
      return readError(id, source, compression, e, "");
    } finally {
      if (!handedOver) {
        closeQuietly(raw);
      }
    }
  }

  /** A zip local file header ({@code PK\3\4}) or an empty archive ({@code PK\5\6}). */
  private static boolean isZip(byte[] h) {
    return h.length >= 4
        && h[0] == 'P'
        && h[1] == 'K'
        && ((h[2] == 3 && h[3] == 4) || (h[2] == 5 && h[3] == 6));
  }

  /** The bzip2 signature: {@code BZh} and a block size digit {@code 1}–{@code 9}. */
  private static boolean isBzip2(byte[] h) {
    return h.length >= 4 && h[0] == 'B' && h[1] == 'Z' && h[2] == 'h' && h[3] >= '1' && h[3] <= '9';
  }

  private static byte[] peekData(InputStream data, boolean gzip, byte[] head) throws IOException {
    return gzip ? peek((BufferedInputStream) data, SNIFF_BYTES) : head;
  }

  private static String ascii(byte[] head) {
    return new String(head, StandardCharsets.ISO_8859_1);
  }

  // ---- feeds ----

  /** Largest feed read, in bytes (a feed holds many items). */
  static final long FEED_MAX_BYTES = 64L * 1024 * 1024;

  private Ingested url(String url) {
    HttpFetcher.Fetched f;
    try {
      f = HttpFetcher.shared().fetch(url, FEED_MAX_BYTES);
    } catch (HttpFetcher.FetchException e) {
      return new Ingested.Failed(url, url, Cause.UNREADABLE, e.getMessage());
    }
    return feed(new Bytes(f.data(), f.length(), false), url, url, f.charset(), true);
  }

  /**
   * Opens the items of a feed as the current source. Not a feed: a failure when the input was
   * named, else (an {@code .xml} file in a directory) a skipped file.
   */
  private Ingested feed(
      Bytes bytes, String id, String source, Optional<String> charset, boolean explicit) {
    if (bytes.more()) {
      return new Ingested.Failed(
          id,
          source,
          Cause.TOO_LARGE,
          "feed '"
              + source
              + "' is larger than "
              + FEED_MAX_BYTES
              + " bytes; split it or give its items as separate files");
    }
    Optional<String> declared = charset.or(() -> xmlEncoding(bytes.data(), bytes.length()));
    String xml = TextDecoder.decode(bytes.data(), bytes.length(), declared).text();
    if (!FeedParser.isFeed(xml.substring(0, Math.min(xml.length(), 4096)))) {
      if (!explicit) {
        skip(source + " (XML, not an RSS or Atom feed)");
        return null;
      }
      String start = xml.strip();
      start = start.substring(0, Math.min(start.length(), 40)).replaceAll("\\s+", " ");
      return new Ingested.Failed(
          id,
          source,
          Cause.UNSUPPORTED,
          "'"
              + source
              + "' is not an RSS or Atom feed (it starts with '"
              + start
              + "'); hadath reads feeds from URLs: save a page to a file and give the file");
    }
    List<FeedItem> items = FeedParser.parse(xml);
    if (items.isEmpty()) {
      skip(source + " (a feed with no items)");
      return null;
    }
    current = new FeedSource(items, id, source);
    return null;
  }

  /** The encoding an XML declaration names ({@code <?xml ... encoding="windows-1256"?>}). */
  private static Optional<String> xmlEncoding(byte[] b, int len) {
    String head = new String(b, 0, Math.min(len, 200), StandardCharsets.ISO_8859_1);
    int i = head.indexOf("encoding=");
    int end = head.indexOf("?>");
    if (!head.stripLeading().startsWith("<?xml") || i < 0 || end < i || i + 10 > head.length()) {
      return Optional.empty();
    }
    char q = head.charAt(i + 9);
    int close = head.indexOf(q, i + 10);
    return close < 0 || (q != '"' && q != '\'')
        ? Optional.empty()
        : Optional.of(head.substring(i + 10, close));
  }

  private final class FeedSource implements Source {
    private final List<FeedItem> items;
    private final String id;
    private final String source;
    private int next;

    FeedSource(List<FeedItem> items, String id, String source) {
      this.items = items;
      this.id = id;
      this.source = source;
    }

    @Override
    public Ingested next() {
      if (next >= items.size()) {
        return null;
      }
      FeedItem item = items.get(next++);
      String where = source + "#item" + next;
      String docId = item.id().orElse(id + "#" + next);
      try {
        return item(item, docId, where);
      } catch (RuntimeException | StackOverflowError e) {
        return internal(docId, where, e);
      }
    }

    private Ingested item(FeedItem item, String docId, String where) {
      if (item.html().isPresent()) {
        String title = item.title().map(InputWalker::escape).orElse("");
        String page =
            "<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>"
                + title
                + "</title></head><body><article>"
                + (title.isEmpty() ? "" : "<h1>" + title + "</h1>")
                + item.html().get()
                + "</article></body></html>";
        byte[] b = page.getBytes(StandardCharsets.UTF_8);
        return reader.fromBytes(
            new Bytes(b, b.length, false),
            docId,
            where,
            DocumentReader.Kind.HTML,
            Optional.of("UTF-8"),
            item.link(),
            item.published());
      }
      if (item.link().isEmpty() || !HttpFetcher.isUrl(item.link().get())) {
        return new Ingested.Failed(
            docId,
            where,
            Cause.EMPTY,
            "item "
                + next
                + " of feed '"
                + source
                + "' has no content and no http(s) link"
                + item.link().map(l -> " ('" + l + "')").orElse("")
                + " to fetch; nothing to read");
      }
      HttpFetcher.Fetched f;
      try {
        f = HttpFetcher.shared().fetch(item.link().get(), reader.byteCap());
      } catch (HttpFetcher.FetchException e) {
        return new Ingested.Failed(
            docId,
            where,
            Cause.UNREADABLE,
            "item " + next + " of feed '" + source + "': " + e.getMessage());
      }
      byte[] head = Arrays.copyOf(f.data(), Math.min(f.length(), SNIFF_BYTES));
      return reader.fromBytes(
          new Bytes(f.data(), f.length(), false),
          docId,
          where,
          sniff(head) == Format.HTML ? DocumentReader.Kind.HTML : DocumentReader.Kind.TEXT,
          f.charset(),
          item.link(),
          item.published());
    }

    @Override
    public void close() {}
  }

  private static String escape(String s) {
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
  }

  /**
   * A read error as a failed document: corrupt archive or compressed data, or an OS error.
   *
   * @param compression {@code "gzip"}, {@code "bzip2"} or null when the bytes were not compressed
   */
  private static Ingested readError(
      String id, String source, String compression, IOException e, String after) {
    if (e instanceof CorruptEntryException) {
      return new Ingested.Failed(
          id,
          source,
          Cause.CORRUPT,
          e.getMessage()
              + after
              + "; the archive is truncated or damaged. Re-download it or re-create it (zip -r)");
    }
    if (compression != null && !(e instanceof FileSystemException)) {
      return new Ingested.Failed(
          id,
          source,
          Cause.CORRUPT,
          "corrupt "
              + compression
              + " data in '"
              + source
              + "'"
              + after
              + ": "
              + e.getMessage()
              + "; the file is truncated or not really "
              + compression
              + ". Re-download or re-compress it");
    }
    return new Ingested.Failed(
        id,
        source,
        Cause.UNREADABLE,
        "error reading '" + source + "'" + after + ": " + osReason(e) + "; check the file");
  }

  private static byte[] peek(BufferedInputStream in, int n) throws IOException {
    in.mark(n);
    byte[] b = new byte[n];
    int len = 0;
    while (len < n) {
      int r = in.read(b, len, n - len);
      if (r < 0) {
        break;
      }
      len += r;
    }
    in.reset();
    return len == n ? b : java.util.Arrays.copyOf(b, len);
  }

  private static boolean isWarc(byte[] head) {
    if (head == null || head.length < 5) {
      return false;
    }
    return head[0] == 'W' && head[1] == 'A' && head[2] == 'R' && head[3] == 'C' && head[4] == '/';
  }

  /** Whether the first non-blank bytes are {@code <!DOCTYPE html} or {@code <html}. */
  private static boolean startsLikeHtml(byte[] head) {
    int i = 0;
    if (head.length >= 3
        && (head[0] & 0xFF) == 0xEF
        && (head[1] & 0xFF) == 0xBB
        && (head[2] & 0xFF) == 0xBF) {
      i = 3;
    }
    while (i < head.length
        && (head[i] == ' ' || head[i] == '\t' || head[i] == '\n' || head[i] == '\r')) {
      i++;
    }
    String start =
        new String(head, i, Math.min(14, head.length - i), StandardCharsets.ISO_8859_1)
            .toLowerCase(Locale.ROOT);
    return start.startsWith("<!doctype html") || start.startsWith("<html");
  }

  /** HTML if the first non-blank char is '<'; JSONL if it is '{'; else text. */
  private static Format sniff(byte[] head) {
    int i = 0;
    if (head.length >= 3
        && (head[0] & 0xFF) == 0xEF
        && (head[1] & 0xFF) == 0xBB
        && (head[2] & 0xFF) == 0xBF) {
      i = 3;
    }
    while (i < head.length
        && (head[i] == ' ' || head[i] == '\t' || head[i] == '\n' || head[i] == '\r')) {
      i++;
    }
    if (i < head.length && head[i] == '<') {
      return Format.HTML;
    }
    if (i < head.length && head[i] == '{') {
      return Format.JSONL;
    }
    return Format.TEXT;
  }

  private static String osReason(Exception e) {
    if (e instanceof FileSystemException) {
      FileSystemException f = (FileSystemException) e;
      if (f.getReason() != null) {
        return f.getReason();
      }
    }
    return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
  }

  private static void closeQuietly(InputStream in) {
    try {
      in.close();
    } catch (IOException | RuntimeException e) {
      // nothing more to read from it either way
    }
  }

  // ---- JSONL ----

  private final class JsonlSource implements Source {
    private final InputStream in;
    private final String source;
    private final LineReader lines;
    private long lineNo;
    private boolean done;

    /** {@code "gzip"}, {@code "bzip2"} or null: names the data in a read error. */
    private final String compression;

    JsonlSource(InputStream in, String source, String compression) {
      this.in = in;
      this.source = source;
      this.compression = compression;
      long maxLine = Math.min(Integer.MAX_VALUE - 64L, options.maxDocumentChars() * 6L + 65536);
      this.lines = new LineReader(in, (int) maxLine);
    }

    @Override
    public Ingested next() {
      while (!done) {
        boolean has;
        try {
          has = lines.next();
        } catch (IOException e) {
          done = true;
          return readError(
              source + ":" + (lineNo + 1),
              source,
              compression,
              e,
              " after line " + lineNo + " (the lines after it were not read)");
        }
        if (!has) {
          done = true;
          return null;
        }
        lineNo++;
        String where = source + ":" + lineNo;
        try {
          Ingested n = line(where);
          if (n != null) {
            return n;
          }
        } catch (RuntimeException | StackOverflowError e) {
          return internal(where, where, e);
        }
      }
      return null;
    }

    private Ingested line(String where) {
      if (lines.tooLong()) {
        return new Ingested.Failed(
            where,
            where,
            Cause.TOO_LARGE,
            where
                + ": the line has "
                + lines.lineLength()
                + " bytes, more than a document of "
                + options.maxDocumentChars()
                + " characters can take; split the text into several documents or raise the"
                + " per-document limit (hadath extract --max-chars)");
      }
      byte[] b = lines.bytes();
      int off = 0;
      int len = lines.length();
      if (lineNo == 1
          && len >= 3
          && (b[0] & 0xFF) == 0xEF
          && (b[1] & 0xFF) == 0xBB
          && (b[2] & 0xFF) == 0xBF) {
        off = 3;
        len -= 3;
      }
      if (isBlank(b, off, len)) {
        return null; // blank lines separate nothing and are not documents
      }
      List<Problem> problems = new ArrayList<>(1);
      CharsetDecoder dec =
          StandardCharsets.UTF_8
              .newDecoder()
              .onMalformedInput(CodingErrorAction.REPORT)
              .onUnmappableCharacter(CodingErrorAction.REPORT);
      ByteBuffer bb = ByteBuffer.wrap(b, off, len);
      CharBuffer cb = CharBuffer.allocate(len);
      CoderResult r = dec.decode(bb, cb, true);
      String text;
      int badOffset = -1;
      if (r.isError()) {
        badOffset = bb.position() - off;
        text = new String(b, off, len, StandardCharsets.UTF_8);
      } else {
        dec.flush(cb);
        cb.flip();
        text = cb.toString();
      }
      JsonlRecord rec;
      try {
        rec = JsonlParser.parse(text);
      } catch (JsonlParser.InvalidLineException e) {
        String snippet = text.length() > 80 ? text.substring(0, 77) + "..." : text;
        return new Ingested.Failed(
            e.id().orElse(where),
            where,
            Cause.INVALID_RECORD,
            where + ": " + e.getMessage() + " (the line starts: " + snippet + ")");
      }
      if (badOffset >= 0) {
        problems.add(
            DocumentReader.warning(
                rec.id(),
                where,
                "invalid UTF-8 at byte "
                    + badOffset
                    + " of the line; decoded with U+FFFD replacement characters. Write the file"
                    + " as UTF-8 to read it exactly"));
      }
      return reader.fromJsonl(rec, where, problems);
    }

    @Override
    public void close() {
      closeQuietly(in);
    }
  }

  private static boolean isBlank(byte[] b, int off, int len) {
    for (int i = off; i < off + len; i++) {
      byte c = b[i];
      if (c != ' ' && c != '\t' && c != '\r' && c != '\f') {
        return false;
      }
    }
    return true;
  }

  // ---- WARC ----

  private final class WarcSource implements Source {
    private final WarcPages pages;
    private final String id;
    private final String source;
    private boolean done;
    private boolean yielded;

    WarcSource(WarcPages pages, String id, String source) {
      this.pages = pages;
      this.id = id;
      this.source = source;
    }

    @Override
    public Ingested next() {
      if (done) {
        return null;
      }
      Optional<WarcPage> p;
      try {
        p = pages.next();
      } catch (WarcPages.BrokenRecordException e) {
        yielded = true;
        return new Ingested.Failed(
            e.recordId(),
            source + "@" + e.offset(),
            Cause.CORRUPT,
            "'"
                + source
                + "': "
                + e.getMessage()
                + "; the record was not read, the records after it were. Re-fetch the page if"
                + " you need it");
      } catch (IOException | RuntimeException e) {
        done = true;
        countSkipped();
        return new Ingested.Failed(
            id,
            source,
            Cause.CORRUPT,
            "'"
                + source
                + "': "
                + e.getMessage()
                + "; the records after it were not read. Check the file with a WARC tool"
                + " (e.g. jwarc validate) or re-fetch it");
      }
      if (p.isEmpty()) {
        done = true;
        countSkipped();
        if (!yielded && pages.skipped() == 0) {
          // no record at all: the file must still appear in the run report (found by hadath fuzz)
          return new Ingested.Failed(
              id,
              source,
              Cause.EMPTY,
              "'"
                  + source
                  + "' holds no WARC record (an empty or blank file); remove it or re-fetch it");
        }
        return null;
      }
      yielded = true;
      WarcPage page = p.get();
      String where = source + "@" + page.offset();
      try {
        return reader.fromBytes(
            new Bytes(page.data(), page.length(), page.more()),
            page.recordId(),
            where,
            page.html() ? DocumentReader.Kind.HTML : DocumentReader.Kind.TEXT,
            page.charset(),
            page.url(),
            Optional.empty());
      } catch (RuntimeException | StackOverflowError e) {
        return internal(page.recordId(), where, e);
      }
    }

    /** Counts the records that held no page as passed over (one listed entry per file). */
    private void countSkipped() {
      if (pages.skipped() > 0) {
        skippedCount += pages.skipped() - 1;
        skip(source + " (" + pages.skipped() + " records without an HTML or text page)");
      }
    }

    @Override
    public void close() {
      try {
        pages.close();
      } catch (IOException | RuntimeException e) {
        // closing after reading: nothing to report
      }
    }
  }

  // ---- zip archives ----

  /** A read error inside a zip entry; its message names the archive and the entry. */
  private static final class CorruptEntryException extends IOException {
    private static final long serialVersionUID = 1L;

    CorruptEntryException(String message, Throwable cause) {
      super(message, cause);
    }
  }

  /**
   * The bytes of one zip entry. Closing does nothing (the archive goes on to its next entry); a
   * read error, or a CRC-32 that does not match the entry's once it is read to its end, becomes a
   * {@link CorruptEntryException} naming the archive and the entry.
   */
  private static final class EntryStream extends FilterInputStream {
    private final ZipArchiveEntry entry;
    private final String archive;
    private final java.util.zip.CRC32 crc = new java.util.zip.CRC32();
    private boolean checked;

    EntryStream(InputStream zip, String archive, ZipArchiveEntry entry) {
      super(zip);
      this.archive = archive;
      this.entry = entry;
    }

    private IOException corrupt(String why, Exception e) {
      return new CorruptEntryException(
          "corrupt zip archive '"
              + archive
              + "': entry '"
              + entry.getName()
              + "' cannot be read ("
              + why
              + ")",
          e);
    }

    private static String message(Exception e) {
      return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }

    /** At the entry's end: the CRC-32 of every byte read must be the entry's (when known). */
    private void end() throws IOException {
      if (checked) {
        return;
      }
      checked = true;
      long want = entry.getCrc();
      if (want != -1 && want != crc.getValue()) {
        throw corrupt(
            String.format(
                Locale.ROOT,
                "CRC-32 is %08x, the archive says %08x: its data is damaged",
                crc.getValue(),
                want),
            null);
      }
    }

    @Override
    public int read() throws IOException {
      int c;
      try {
        c = super.read();
      } catch (IOException | RuntimeException e) {
        throw corrupt(message(e), e);
      }
      if (c < 0) {
        end();
      } else {
        crc.update(c);
      }
      return c;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
      int n;
      try {
        n = super.read(b, off, len);
      } catch (IOException | RuntimeException e) {
        throw corrupt(message(e), e);
      }
      if (n < 0) {
        end();
      } else {
        crc.update(b, off, n);
      }
      return n;
    }

    @Override
    public long skip(long n) throws IOException {
      checked = true; // bytes not seen: no CRC check for this entry
      try {
        return super.skip(n);
      } catch (IOException | RuntimeException e) {
        throw corrupt(message(e), e);
      }
    }

    @Override
    public void close() {
      // the archive stays open for its next entry
    }
  }

  /**
   * The entries of a zip archive, read as a stream in archive order (constant memory; the central
   * directory at the end is not needed). Each entry is a file of its own: id and source {@code
   * archive.zip!/dir/page.html}, format by its name as in a directory (so {@code .gz}, {@code
   * .jsonl}, {@code .warc} and nested {@code .zip} entries work), directories skipped, hidden
   * entries and entries with other extensions passed over ({@link #skipped()}). A damaged entry
   * fails naming the archive and the entry; when the archive cannot be walked further, one failed
   * document says so and the batch goes on with the next input.
   */
  private final class ZipSource implements Source {
    private final ZipArchiveInputStream zip;
    private final String id;
    private final String source;
    private Source inner;
    private String lastEntry;
    private long entries;
    private boolean done;

    ZipSource(InputStream in, String id, String source) {
      this.zip = new ZipArchiveInputStream(in, "UTF-8", true, true);
      this.id = id;
      this.source = source;
    }

    @Override
    public Ingested next() {
      while (!done) {
        if (inner != null) {
          Ingested n = inner.next();
          if (n != null) {
            return n;
          }
          inner.close();
          inner = null;
        }
        ZipArchiveEntry e;
        try {
          e = zip.getNextEntry();
        } catch (IOException | RuntimeException ex) {
          done = true;
          return new Ingested.Failed(
              id + "!/",
              source,
              Cause.CORRUPT,
              "corrupt zip archive '"
                  + source
                  + "' "
                  + (lastEntry == null ? "at its start" : "after entry '" + lastEntry + "'")
                  + " ("
                  + (ex.getMessage() == null ? ex.getClass().getSimpleName() : ex.getMessage())
                  + "); "
                  + entries
                  + " entr"
                  + (entries == 1 ? "y was" : "ies were")
                  + " read, the rest were not. Re-download the archive or re-create it (zip -r)");
        }
        if (e == null) {
          done = true;
          if (entries == 0) {
            skip(source + " (a zip archive with no entries)");
          }
          return null;
        }
        entries++;
        String name = e.getName();
        lastEntry = name;
        if (e.isDirectory()) {
          continue;
        }
        int slash = name.lastIndexOf('/');
        String base = name.substring(slash + 1);
        String where = source + "!/" + name;
        Format format = byName(base);
        if (base.startsWith(".") || name.startsWith("__MACOSX/")) {
          skip(where);
          continue;
        }
        if (format == Format.OTHER) {
          if (options.format() == InputFormat.AUTO) {
            skip(where);
            continue;
          }
          format = Format.SNIFF;
        }
        String docId = id + "!/" + name;
        if (!zip.canReadEntryData(e)) {
          return new Ingested.Failed(
              docId,
              where,
              Cause.UNSUPPORTED,
              "entry '"
                  + name
                  + "' of zip archive '"
                  + source
                  + "' is encrypted or compressed with a method hadath cannot read (method "
                  + e.getMethod()
                  + "); re-create the archive without encryption, with deflate (zip -r)");
        }
        Source outer = current;
        current = null;
        Ingested n;
        try {
          n = stream(new EntryStream(zip, source, e), docId, where, format, false);
        } catch (RuntimeException | StackOverflowError ex) {
          n = internal(docId, where, ex);
        } finally {
          inner = current;
          current = outer;
        }
        if (n != null) {
          return n;
        }
      }
      return null;
    }

    @Override
    public void close() {
      if (inner != null) {
        inner.close();
        inner = null;
      }
      closeQuietly(zip);
    }
  }
}
