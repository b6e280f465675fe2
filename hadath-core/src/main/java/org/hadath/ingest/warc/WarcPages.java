package org.hadath.ingest.warc;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.MessageBody;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcResource;
import org.netpreserve.jwarc.WarcResponse;

/**
 * Reads the pages of a WARC file (plain or gzipped, read with jwarc) one record at a time.
 *
 * <p>Rules:
 *
 * <ul>
 *   <li>A {@code response} record with an HTTP status 2xx and a payload of type {@code text/html},
 *       {@code application/xhtml+xml} or {@code text/plain} is a page; its body is decoded from
 *       chunked transfer and gzip/deflate content encoding.
 *   <li>A {@code resource} record of one of those types is a page too.
 *   <li>Every other record (warcinfo, request, metadata, revisit, images, redirects, errors) is
 *       skipped and counted by {@link #skipped()}.
 *   <li>A payload longer than the cap is not read further ({@link WarcPage#more()}).
 *   <li>A response or resource record whose HTTP head or payload cannot be decoded (malformed HTTP
 *       headers, bad chunked transfer or content encoding) is a {@link BrokenRecordException}; the
 *       reader stays on the record boundary, so the next call goes on with the next record. A
 *       record whose WARC framing is broken ends the file (a plain {@link IOException}).
 * </ul>
 */
public final class WarcPages implements Closeable {
  private final WarcReader reader;
  private final long cap;
  private long skipped;

  /**
   * @param in the WARC file's bytes, from its start; gzip is detected
   * @param cap the most payload bytes to read per page
   */
  public WarcPages(InputStream in, long cap) throws IOException {
    this.reader = new WarcReader(in);
    this.cap = cap;
  }

  /** A record that holds no readable page although it should; the records after it can be read. */
  public static final class BrokenRecordException extends IOException {
    private static final long serialVersionUID = 1L;
    private final String recordId;
    private final long offset;

    BrokenRecordException(String recordId, long offset, String message, Throwable cause) {
      super(message, cause);
      this.recordId = recordId;
      this.offset = offset;
    }

    /** The WARC-Record-ID, without angle brackets. */
    public String recordId() {
      return recordId;
    }

    /** The byte offset of the record in the file. */
    public long offset() {
      return offset;
    }
  }

  /**
   * The next page, or empty at the end of the file.
   *
   * @throws BrokenRecordException when one record's HTTP head or payload cannot be decoded; call
   *     again for the records after it
   * @throws IOException when the file cannot be read or a record is malformed; the message names
   *     the byte offset
   */
  public Optional<WarcPage> next() throws IOException {
    while (true) {
      long offset = reader.position();
      Optional<WarcRecord> next;
      try {
        next = reader.next();
      } catch (IOException | RuntimeException e) {
        throw new IOException(
            "malformed WARC record at byte offset " + offset + ": " + e.getMessage(), e);
      }
      if (next.isEmpty()) {
        return Optional.empty();
      }
      WarcRecord r = next.get();
      try {
        Optional<WarcPage> page = page(r, offset);
        if (page.isPresent()) {
          return page;
        }
        skipped++;
      } catch (IOException | RuntimeException e) {
        if (fileEndsInside(r)) {
          // The file ends inside the record: nothing after it can be read.
          throw new IOException(
              "malformed WARC record at byte offset "
                  + offset
                  + " ("
                  + type(r)
                  + "): "
                  + e.getMessage(),
              e);
        }
        String id = recordId(r, offset);
        throw new BrokenRecordException(
            id,
            offset,
            "broken WARC "
                + type(r)
                + " record "
                + id
                + " at byte offset "
                + offset
                + ": its HTTP message cannot be decoded ("
                + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage())
                + ")",
            e);
      }
    }
  }

  private Optional<WarcPage> page(WarcRecord r, long offset) throws IOException {
    MediaType type;
    MessageBody body;
    Optional<String> url;
    if (r instanceof WarcResponse) {
      WarcResponse resp = (WarcResponse) r;
      if (!resp.contentType().base().equals(MediaType.HTTP_RESPONSE)
          && !resp.contentType().base().equals(MediaType.HTTP)) {
        return Optional.empty();
      }
      HttpResponse http = resp.http();
      if (http.status() < 200 || http.status() > 299) {
        return Optional.empty();
      }
      type = http.contentType();
      body = http.bodyDecoded();
      url = Optional.ofNullable(resp.target());
    } else if (r instanceof WarcResource) {
      WarcResource res = (WarcResource) r;
      type = res.contentType();
      body = res.body();
      url = Optional.ofNullable(res.target());
    } else {
      return Optional.empty();
    }
    String base = type.base().toString().toLowerCase(Locale.ROOT);
    boolean html = base.equals("text/html") || base.equals("application/xhtml+xml");
    if (!html && !base.equals("text/plain")) {
      return Optional.empty();
    }
    Optional<String> charset = Optional.ofNullable(type.parameters().get("charset"));
    InputStream in = body.stream();
    int limit = (int) Math.min(cap, Integer.MAX_VALUE - 64L);
    byte[] buf = new byte[(int) Math.min(limit + 1L, 64 * 1024)];
    int len = 0;
    boolean more = false;
    while (true) {
      if (len == buf.length) {
        if (len > limit) {
          more = true;
          len = limit;
          break;
        }
        buf = Arrays.copyOf(buf, (int) Math.min((long) len * 2, limit + 1L));
      }
      int n = in.read(buf, len, buf.length - len);
      if (n < 0) {
        break;
      }
      len += n;
      if (len > limit) {
        more = true;
        len = limit;
        break;
      }
    }
    String id = r.id().toString();
    if (id.startsWith("<") && id.endsWith(">")) {
      id = id.substring(1, id.length() - 1);
    }
    Optional<LocalDate> date = Optional.empty();
    try {
      date = Optional.of(r.date().atOffset(ZoneOffset.UTC).toLocalDate());
    } catch (RuntimeException e) {
      // no or unreadable WARC-Date: the page has no capture date
    }
    return Optional.of(new WarcPage(id, offset, url, date, html, charset, buf, len, more));
  }

  /** Whether {@code e} (or a cause) says the file ended early. */
  /**
   * Whether the file ends before the record's Content-Length does (a truncated file), as opposed to
   * a payload that is broken inside a complete record (bad chunk sizes also end in an EOF).
   */
  private static boolean fileEndsInside(WarcRecord r) {
    try {
      r.body().consume();
      return false;
    } catch (java.io.EOFException e) {
      return true;
    } catch (IOException | RuntimeException e) {
      return false;
    }
  }

  private static String type(WarcRecord r) {
    try {
      return r.type();
    } catch (RuntimeException e) {
      return "untyped";
    }
  }

  /** The record id without angle brackets, or {@code record@OFFSET} when it has no readable one. */
  private static String recordId(WarcRecord r, long offset) {
    try {
      String id = r.id().toString();
      if (id.startsWith("<") && id.endsWith(">")) {
        id = id.substring(1, id.length() - 1);
      }
      return id.isEmpty() ? "record@" + offset : id;
    } catch (RuntimeException e) {
      return "record@" + offset;
    }
  }

  /** How many records were passed over because they hold no page. */
  public long skipped() {
    return skipped;
  }

  @Override
  public void close() throws IOException {
    reader.close();
  }
}
