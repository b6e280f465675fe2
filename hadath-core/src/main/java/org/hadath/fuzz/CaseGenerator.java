package org.hadath.fuzz;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.json.JsonWriteFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.SplittableRandom;
import java.util.zip.GZIPOutputStream;

/**
 * Builds fuzz cases deterministically: case {@code i} of seed {@code s} is always the same file.
 *
 * <p>Rules:
 *
 * <ul>
 *   <li>Each case draws its format from the allowed ones, then its size: one document for text and
 *       HTML, 1–48 lines for JSONL, 1–16 records for WARC; gzip wraps one of the others.
 *   <li>Documents start from the {@link BaseCorpus} (occasionally a page saved as text or a text
 *       served as HTML) and get text, encoding and byte mutations ({@link Mutator}); about one in
 *       eight stays intact, so the extraction paths that produce events are exercised too.
 *   <li>JSONL texts are mostly short windows of a base text. Lines are valid records most of the
 *       time; the others have wrong types, missing or empty ids, missing text, bad dates and
 *       languages, non-JSON, truncation, trailing garbage, deep nesting, bad escapes, duplicate
 *       keys, BOMs, NULs, or are far too long. Blank lines, CRLF endings and a missing final
 *       newline come and go. The document count is the number of non-blank lines of the final bytes
 *       (what a line reader sees), so it stays exact whatever the bytes.
 *   <li>WARC records are HTML and text responses and resources, plus records that hold no page
 *       (warcinfo, request, metadata, images, redirects, errors). Payload mutations (bad HTTP
 *       status lines and headers, broken chunked or gzip content encoding, odd charsets, missing
 *       record ids and dates) keep the record framing, so the count stays exact; container
 *       mutations (wrong or missing Content-Length, a broken version line, garbage between records,
 *       truncation, flipped bytes) may not, and make the count a lower bound of one.
 *   <li>Gzip mutations (truncation, flipped bytes, a bad CRC, trailing garbage, no gzip at all)
 *       make a multi-document count inexact; concatenated members do not.
 * </ul>
 */
public final class CaseGenerator {
  private static final JsonMapper JSON = JsonMapper.builder().build();
  private final long seed;
  private final List<FuzzFormat> formats;
  private final BaseCorpus corpus;
  private final long maxChars;

  /**
   * @param seed the run's seed
   * @param formats the formats to draw from
   * @param corpus the base documents
   * @param maxChars the per-document character limit of the run, so some documents exceed it
   */
  public CaseGenerator(long seed, List<FuzzFormat> formats, BaseCorpus corpus, long maxChars) {
    this.seed = seed;
    this.formats = List.copyOf(formats);
    this.corpus = Objects.requireNonNull(corpus, "corpus");
    this.maxChars = maxChars;
    if (this.formats.isEmpty()) {
      throw new IllegalArgumentException("no formats to fuzz");
    }
  }

  /** The plan of a case: its format, the inner format for gzip, and its planned documents. */
  private record Plan(
      FuzzFormat format, FuzzFormat inner, int documents, SplittableRandom random) {}

  private Plan plan(long index) {
    SplittableRandom r =
        new SplittableRandom(seed * 0x9E3779B97F4A7C15L + index * 0xBF58476D1CE4E5B9L + index);
    FuzzFormat f = formats.get(r.nextInt(formats.size()));
    FuzzFormat inner = f;
    if (f == FuzzFormat.GZ) {
      FuzzFormat[] wrapped = {FuzzFormat.TXT, FuzzFormat.HTML, FuzzFormat.JSONL, FuzzFormat.WARC};
      inner = wrapped[r.nextInt(wrapped.length)];
    }
    int docs;
    switch (inner) {
      case JSONL:
        docs = 1 + r.nextInt(48);
        break;
      case WARC:
        docs = 1 + r.nextInt(16);
        break;
      default:
        docs = 1;
    }
    return new Plan(f, inner, docs, r);
  }

  /** How many documents case {@code index} is planned to hold (cheap: nothing is built). */
  public int plannedDocuments(long index) {
    return plan(index).documents();
  }

  /** Case {@code index}. */
  public FuzzCase generate(long index) {
    Plan p = plan(index);
    SplittableRandom r = p.random();
    List<String> log = new ArrayList<>();
    Built b;
    switch (p.inner()) {
      case TXT:
        b = single(r, false, log);
        break;
      case HTML:
        b = single(r, true, log);
        break;
      case JSONL:
        b = jsonl(r, index, p.documents(), log);
        break;
      default:
        b = warc(r, index, p.documents(), p.format() == FuzzFormat.GZ, log);
    }
    String ext = p.inner().label();
    if (p.format() == FuzzFormat.GZ) {
      return gzip(r, index, p.inner(), b, log);
    }
    return new FuzzCase(index, p.format(), ext, b.bytes(), b.documents(), b.exact(), log);
  }

  /** A file's bytes, its document count, whether that count is exact, and WARC record parts. */
  private record Built(byte[] bytes, int documents, boolean exact, List<byte[]> records) {}

  // ---- one text or HTML document ----

  private Built single(SplittableRandom r, boolean html, List<String> log) {
    byte[] b = documentBytes(r, html, log);
    return new Built(b, 1, true, List.of());
  }

  /** One mutated text or page, encoded. */
  private byte[] documentBytes(SplittableRandom r, boolean html, List<String> log) {
    boolean asHtml = r.nextInt(20) == 0 ? !html : html;
    String base = pick(r, asHtml ? corpus.pages() : corpus.texts());
    String other = pick(r, r.nextBoolean() ? corpus.pages() : corpus.texts());
    String text = base;
    if (r.nextInt(8) != 0) {
      text = Mutator.mutateText(r, base, other, html, 4, log);
    }
    byte[] b = Mutator.encode(r, text, log);
    if (r.nextInt(4) == 0) {
      b = Mutator.mutateBytes(r, b, 3, log);
    }
    return b;
  }

  private String pick(SplittableRandom r, List<String> from) {
    return from.get(r.nextInt(from.size()));
  }

  // ---- JSONL ----

  private Built jsonl(SplittableRandom r, long index, int n, List<String> log) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    boolean crlf = r.nextInt(10) == 0;
    if (crlf) {
      log.add("crlf");
    }
    if (r.nextInt(30) == 0) {
      log.add("jsonl-bom");
      out.writeBytes(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
    }
    for (int k = 0; k < n; k++) {
      if (r.nextInt(15) == 0) {
        log.add("blank-line");
        out.writeBytes((r.nextBoolean() ? " \t" : "").getBytes(StandardCharsets.UTF_8));
        out.writeBytes(crlf ? new byte[] {'\r', '\n'} : new byte[] {'\n'});
      }
      String id = String.format(Locale.ROOT, "c%d-%d", index, k);
      out.writeBytes(jsonLine(r, id, log));
      if (k < n - 1 || r.nextInt(5) != 0) {
        out.writeBytes(crlf ? new byte[] {'\r', '\n'} : new byte[] {'\n'});
      } else {
        log.add("no-final-newline");
      }
    }
    byte[] b = out.toByteArray();
    if (r.nextInt(12) == 0) {
      b = Mutator.mutateBytes(r, b, 3, log);
    }
    return new Built(b, jsonlDocuments(b, b.length), true, List.of());
  }

  /** One JSONL line (no line break), valid most of the time. */
  private byte[] jsonLine(SplittableRandom r, String id, List<String> log) {
    String base = excerpt(r, pick(r, corpus.texts()));
    String text = base;
    if (r.nextInt(3) != 0) {
      text = Mutator.mutateText(r, base, pick(r, corpus.texts()), false, 3, new ArrayList<>());
    }
    int k = r.nextInt(100);
    if (k < 70) {
      return record(r, id, text);
    }
    switch (k % 15) {
      case 0:
        log.add("jsonl-wrong-type");
        String[] wrong = {
          "{\"id\": 42, \"text\": \"قتل\"}",
          "{\"id\": \"" + id + "\", \"text\": [\"a\", \"b\"]}",
          "{\"id\": \"" + id + "\", \"text\": {\"x\": 1}}",
          "{\"id\": \"" + id + "\", \"text\": null}",
          "{\"id\": \"" + id + "\", \"text\": 12345}",
          "{\"id\": \"" + id + "\", \"text\": \"ok\", \"title\": 5}",
          "{\"id\": \"" + id + "\", \"text\": \"ok\", \"published\": 20170615}",
          "{\"id\": \"" + id + "\", \"text\": \"ok\", \"language\": [\"ar\"]}",
          "{\"id\": \"" + id + "\", \"text\": \"ok\", \"url\": {}}",
          "{\"id\": true, \"text\": true}",
          "{\"id\": null, \"text\": \"ok\"}"
        };
        return utf8(wrong[r.nextInt(wrong.length)]);
      case 1:
        log.add("jsonl-missing-id");
        return utf8("{\"text\": " + quote(text) + "}");
      case 2:
        log.add("jsonl-missing-text");
        return utf8("{\"id\": \"" + id + "\", \"title\": \"t\"}");
      case 3:
        log.add("jsonl-empty-id");
        return utf8("{\"id\": \"\", \"text\": " + quote(text) + "}");
      case 4:
        log.add("jsonl-non-json");
        return utf8(text.replace('\n', ' ').replace('\r', ' '));
      case 5:
        log.add("jsonl-truncated");
        byte[] full = record(r, id, text);
        return java.util.Arrays.copyOf(full, r.nextInt(full.length + 1));
      case 6:
        log.add("jsonl-trailing-garbage");
        String[] tails = {" x", "}", "{}", ",", " {\"id\": \"y\"}", "\u0000", " //"};
        return Mutator.concat(record(r, id, text), utf8(tails[r.nextInt(tails.length)]));
      case 7:
        log.add("jsonl-bad-date");
        String[] dates = {
          "2017-02-30", "17-6-15", "", "2017-06-15T00:00", "99999-01-01", "١٥-٠٦-٢٠١٧"
        };
        return utf8(
            "{\"id\": \""
                + id
                + "\", \"text\": "
                + quote(text)
                + ", \"published\": "
                + quote(dates[r.nextInt(dates.length)])
                + "}");
      case 8:
        log.add("jsonl-bad-language");
        String[] langs = {"xx", "", "AR", "arabic", "en-US", "und"};
        return utf8(
            "{\"id\": \""
                + id
                + "\", \"text\": "
                + quote(text)
                + ", \"language\": "
                + quote(langs[r.nextInt(langs.length)])
                + "}");
      case 9:
        log.add("jsonl-deep-nesting");
        int depth = 100 + r.nextInt(5_000);
        return utf8(
            "{\"id\": \""
                + id
                + "\", \"text\": \"ok\", \"extra\": "
                + "[".repeat(depth)
                + (r.nextBoolean() ? "]".repeat(depth) : "")
                + "}");
      case 10:
        log.add("jsonl-escapes");
        String[] esc = {"\\ud800", "\\udfff\\ud800", "\\u0000", "\\x41", "\\u12", "\\", "\\uZZZZ"};
        return utf8(
            "{\"id\": \"" + id + "\", \"text\": \"قتل " + esc[r.nextInt(esc.length)] + " مدني\"}");
      case 11:
        log.add("jsonl-duplicate-keys");
        return utf8(
            "{\"id\": \""
                + id
                + "\", \"id\": \"other\", \"text\": "
                + quote(text)
                + ", \"text\": 1}");
      case 12:
        log.add("jsonl-not-an-object");
        String[] values = {
          "[]", "null", "123", "\"str\"", "[{\"id\": \"a\", \"text\": \"b\"}]", "true"
        };
        return utf8(values[r.nextInt(values.length)]);
      case 13:
        log.add("jsonl-nul-in-line");
        return Mutator.insert(record(r, id, text), 1 + r.nextInt(5), new byte[] {0});
      default:
        if (r.nextInt(20) == 0) {
          log.add("jsonl-huge-line");
          int chars = (int) Math.min(8_000_000, maxChars + 1 + r.nextInt(1000));
          return record(r, id, "x".repeat(chars));
        }
        log.add("jsonl-bom-line");
        return Mutator.concat(
            new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, record(r, id, text));
    }
  }

  /**
   * Most of the time a window of 60–400 characters of {@code text}, so JSONL lines stay short and a
   * run fast; now and then the whole text.
   */
  private static String excerpt(SplittableRandom r, String text) {
    if (r.nextInt(8) == 0 || text.length() < 100) {
      return text;
    }
    int len = Math.min(text.length(), 60 + r.nextInt(340));
    int from = r.nextInt(text.length() - len + 1);
    return text.substring(from, from + len);
  }

  /** A valid record with the optional fields now and then. */
  private static byte[] record(SplittableRandom r, String id, String text) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (JsonGenerator g = JSON.getFactory().createGenerator(out)) {
      if (r.nextInt(10) == 0) {
        g.enable(JsonWriteFeature.ESCAPE_NON_ASCII.mappedFeature());
      }
      g.writeStartObject();
      g.writeStringField("id", id);
      g.writeStringField("text", text);
      if (r.nextBoolean()) {
        g.writeStringField("title", text.substring(0, Math.min(text.length(), r.nextInt(80))));
      }
      if (r.nextInt(4) == 0) {
        g.writeStringField("url", "https://example.org/" + id);
      }
      if (r.nextInt(3) == 0) {
        g.writeStringField("published", "2017-06-" + (10 + r.nextInt(19)));
      }
      if (r.nextInt(4) == 0) {
        g.writeStringField("language", r.nextBoolean() ? "ar" : "en");
      }
      if (r.nextInt(10) == 0) {
        g.writeNumberField("extra", r.nextLong());
      }
      g.writeEndObject();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  private static String quote(String s) {
    try {
      return JSON.writeValueAsString(s);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static byte[] utf8(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }

  /**
   * The documents a JSONL reader sees in {@code b[0, len)}: lines split at \n, a UTF-8 BOM dropped
   * from the first, lines of only spaces, tabs, CRs and form feeds not counted.
   */
  static int jsonlDocuments(byte[] b, int len) {
    int docs = 0;
    int start = 0;
    boolean first = true;
    for (int i = 0; i <= len; i++) {
      if (i == len || b[i] == '\n') {
        int s = start;
        if (first
            && i - s >= 3
            && (b[s] & 0xFF) == 0xEF
            && (b[s + 1] & 0xFF) == 0xBB
            && (b[s + 2] & 0xFF) == 0xBF) {
          s += 3;
        }
        first = false;
        boolean blank = true;
        for (int j = s; j < i && blank; j++) {
          byte c = b[j];
          blank = c == ' ' || c == '\t' || c == '\r' || c == '\f';
        }
        if (!blank) {
          docs++;
        }
        start = i + 1;
      }
    }
    return docs;
  }

  // ---- WARC ----

  private Built warc(SplittableRandom r, long index, int n, boolean gzipLater, List<String> log) {
    List<byte[]> records = new ArrayList<>();
    boolean exact = true;
    for (int k = 0; k < n; k++) {
      String recId =
          String.format(Locale.ROOT, "urn:uuid:00000000-0000-4000-8000-%012d", index * 100 + k);
      records.add(warcRecord(r, recId, k, log));
    }
    if (!gzipLater && r.nextInt(6) == 0) {
      exact = false;
      warcContainer(r, records, log);
    }
    return new Built(Mutator.concat(records), n, exact, records);
  }

  private byte[] warcRecord(SplittableRandom r, String recId, int k, List<String> log) {
    int kind = r.nextInt(100);
    String type;
    String contentType;
    byte[] block;
    String uri = "https://example.org/news/" + k;
    if (kind < 62) {
      type = "response";
      contentType = "application/http; msgtype=response";
      block = httpResponse(r, true, log);
    } else if (kind < 67) {
      type = "response";
      contentType = "application/http; msgtype=response";
      block = httpResponse(r, false, log);
    } else if (kind < 72) {
      type = "resource";
      contentType = r.nextBoolean() ? "text/html; charset=utf-8" : "text/plain";
      block = documentBytes(r, contentType.startsWith("text/html"), log);
    } else if (kind < 77) {
      type = "warcinfo";
      contentType = "application/warc-fields";
      block = utf8("software: hadath-fuzz\r\nformat: WARC File Format 1.1\r\n");
    } else if (kind < 85) {
      type = "request";
      contentType = "application/http; msgtype=request";
      block = utf8("GET /news/" + k + " HTTP/1.1\r\nHost: example.org\r\n\r\n");
    } else if (kind < 89) {
      type = "metadata";
      contentType = "application/warc-fields";
      block = utf8("fetchTimeMs: 120\r\n");
    } else if (kind < 94) {
      type = "response";
      contentType = "application/http; msgtype=response";
      block =
          Mutator.concat(
              utf8("HTTP/1.1 200 OK\r\nContent-Type: image/jpeg\r\n\r\n"),
              new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, 0, 1, 2, 3});
    } else {
      type = "response";
      contentType = "application/http; msgtype=response";
      int[] statuses = {301, 302, 404, 500, 100, 199, 304};
      block =
          utf8(
              "HTTP/1.1 "
                  + statuses[r.nextInt(statuses.length)]
                  + " X\r\nContent-Type: text/html\r\nLocation: /x\r\n\r\n<html>moved</html>");
    }
    StringBuilder h = new StringBuilder("WARC/1.0\r\n");
    h.append("WARC-Type: ").append(type).append("\r\n");
    int hk = r.nextInt(40);
    if (hk == 0) {
      log.add("warc-no-record-id");
    } else {
      h.append("WARC-Record-ID: <").append(recId).append(">\r\n");
    }
    if (hk == 1) {
      log.add("warc-bad-date");
      h.append("WARC-Date: 2017-13-45T99:99:99Z\r\n");
    } else if (hk != 2) {
      h.append("WARC-Date: 2017-06-15T12:00:00Z\r\n");
    } else {
      log.add("warc-no-date");
    }
    if (hk == 3) {
      log.add("warc-odd-target");
      h.append("WARC-Target-URI: ht tp://exa mple/%%%\r\n");
    } else if (!type.equals("warcinfo") && hk != 4) {
      h.append("WARC-Target-URI: ").append(uri).append("\r\n");
    }
    if (hk == 5) {
      log.add("warc-extra-headers");
      h.append("X-Unknown: ").append("v".repeat(r.nextInt(2000))).append("\r\n");
      h.append("WARC-Payload-Digest: sha1:NOTADIGEST\r\n");
    }
    h.append("Content-Type: ").append(contentType).append("\r\n");
    h.append("Content-Length: ").append(block.length).append("\r\n\r\n");
    return Mutator.concat(List.of(utf8(h.toString()), block, utf8("\r\n\r\n")));
  }

  /** An HTTP response holding a page (or plain text), with header and body mutations. */
  private byte[] httpResponse(SplittableRandom r, boolean html, List<String> log) {
    byte[] body = documentBytes(r, html, log);
    String type = html ? "text/html" : "text/plain";
    int k = r.nextInt(40);
    String charset = "; charset=utf-8";
    if (k == 0) {
      log.add("http-odd-charset");
      String[] cs = {
        "; charset=bogus",
        "; charset=windows-1256",
        "; charset=",
        "; charset=\"utf-8",
        "; charset=utf-16"
      };
      charset = cs[r.nextInt(cs.length)];
    } else if (k == 1) {
      charset = "";
    }
    StringBuilder h = new StringBuilder();
    if (k == 2) {
      log.add("http-bad-status-line");
      String[] lines = {
        "HTTP/1.1 abc OK", "garbage", "HTTP/9 200", "HTTP/1.1 200", "", "HTTP/1.1 2000 OK"
      };
      h.append(lines[r.nextInt(lines.length)]).append("\r\n");
    } else {
      h.append("HTTP/1.1 200 OK\r\n");
    }
    h.append("Content-Type: ").append(type).append(charset).append("\r\n");
    if (k == 3) {
      log.add("http-header-without-colon");
      h.append("This is not a header\r\n");
    }
    if (k == 4) {
      log.add("http-huge-header");
      h.append("Set-Cookie: ").append("c".repeat(1000 + r.nextInt(100_000))).append("\r\n");
    }
    if (k == 5 || k == 6) {
      log.add(k == 5 ? "http-chunked" : "http-broken-chunked");
      h.append("Transfer-Encoding: chunked\r\n\r\n");
      byte[] chunked = k == 5 ? chunk(body) : brokenChunk(r, body);
      return Mutator.concat(utf8(h.toString()), chunked);
    }
    if (k == 7 || k == 8) {
      log.add(k == 7 ? "http-gzip" : "http-broken-gzip");
      h.append("Content-Encoding: gzip\r\n\r\n");
      byte[] gz = gzipBytes(body);
      if (k == 8) {
        gz = Mutator.mutateBytes(r, gz, 2, new ArrayList<>());
      }
      return Mutator.concat(utf8(h.toString()), gz);
    }
    if (k == 9) {
      log.add("http-wrong-content-length");
      h.append("Content-Length: ").append(r.nextInt(body.length * 2 + 2)).append("\r\n");
    }
    if (k == 10) {
      log.add("http-no-blank-line");
      return Mutator.concat(utf8(h.toString()), body);
    }
    h.append("\r\n");
    return Mutator.concat(utf8(h.toString()), body);
  }

  private static byte[] chunk(byte[] body) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    int at = 0;
    while (at < body.length) {
      int n = Math.min(1000, body.length - at);
      out.writeBytes(utf8(Integer.toHexString(n) + "\r\n"));
      out.write(body, at, n);
      out.writeBytes(utf8("\r\n"));
      at += n;
    }
    out.writeBytes(utf8("0\r\n\r\n"));
    return out.toByteArray();
  }

  private static byte[] brokenChunk(SplittableRandom r, byte[] body) {
    String[] sizes = {"zz", "FFFFFFFFFFFF", "-1", "", "10;ext=1", "7fffffff"};
    return Mutator.concat(utf8(sizes[r.nextInt(sizes.length)] + "\r\n"), body);
  }

  /** Breaks the WARC framing: lengths, version lines, garbage, truncation, flipped bytes. */
  private static void warcContainer(SplittableRandom r, List<byte[]> records, List<String> log) {
    int i = r.nextInt(records.size());
    byte[] rec = records.get(i);
    String s = new String(rec, StandardCharsets.ISO_8859_1);
    switch (r.nextInt(8)) {
      case 0:
        log.add("warc-wrong-length");
        int at = s.indexOf("Content-Length: ");
        int end = s.indexOf("\r\n", at);
        long len = Long.parseLong(s.substring(at + 16, end));
        long[] wrong = {
          len + 1 + r.nextInt(100),
          Math.max(0, len - 1 - r.nextInt(100)),
          0,
          Long.MAX_VALUE,
          len * 1000
        };
        s = s.substring(0, at + 16) + wrong[r.nextInt(wrong.length)] + s.substring(end);
        break;
      case 1:
        log.add("warc-no-length");
        s = s.replaceFirst("Content-Length: [0-9]+\r\n", "");
        break;
      case 2:
        log.add("warc-broken-version");
        String[] v = {"WARC/", "WARC/9.9", "warc/1.0", "", "HTTP/1.1"};
        s = v[r.nextInt(v.length)] + s.substring(s.indexOf("\r\n"));
        break;
      case 3:
        log.add("warc-garbage-between-records");
        s = s + "garbage\r\n\r\n";
        break;
      case 4:
        log.add("warc-truncate");
        s = s.substring(0, r.nextInt(s.length() + 1));
        break;
      case 5:
        log.add("warc-header-without-colon");
        s = s.replaceFirst("\r\n", "\r\nnot a header line\r\n");
        break;
      case 6:
        log.add("warc-huge-header");
        s = s.replaceFirst("\r\n", "\r\nX-Huge: " + "h".repeat(1000 + r.nextInt(200_000)) + "\r\n");
        break;
      default:
        log.add("warc-byte-flips");
        records.set(i, Mutator.mutateBytes(r, rec, 2, new ArrayList<>()));
        return;
    }
    records.set(i, s.getBytes(StandardCharsets.ISO_8859_1));
  }

  // ---- gzip ----

  private FuzzCase gzip(
      SplittableRandom r, long index, FuzzFormat inner, Built b, List<String> log) {
    byte[] gz;
    if (inner == FuzzFormat.WARC) {
      List<byte[]> members = new ArrayList<>();
      for (byte[] rec : b.records()) {
        members.add(gzipBytes(rec));
      }
      gz = Mutator.concat(members);
    } else if (r.nextInt(10) == 0) {
      log.add("gzip-concat-members");
      int cut = r.nextInt(b.bytes().length + 1);
      gz =
          Mutator.concat(
              gzipBytes(java.util.Arrays.copyOfRange(b.bytes(), 0, cut)),
              gzipBytes(java.util.Arrays.copyOfRange(b.bytes(), cut, b.bytes().length)));
    } else {
      gz = gzipBytes(b.bytes());
    }
    boolean exact = b.exact();
    if (r.nextInt(4) == 0) {
      boolean single = inner == FuzzFormat.TXT || inner == FuzzFormat.HTML;
      exact = exact && single;
      switch (r.nextInt(6)) {
        case 0:
          log.add("gzip-truncate");
          gz = java.util.Arrays.copyOf(gz, r.nextInt(gz.length + 1));
          break;
        case 1:
          log.add("gzip-byte-flips");
          gz = Mutator.mutateBytes(r, gz, 2, new ArrayList<>());
          break;
        case 2:
          log.add("gzip-bad-crc");
          if (gz.length >= 8) {
            gz = gz.clone();
            gz[gz.length - 8] ^= 0x55;
          }
          break;
        case 3:
          log.add("gzip-trailing-garbage");
          gz = Mutator.concat(gz, utf8("trailing garbage"));
          break;
        case 4:
          log.add("gzip-header-only");
          gz = java.util.Arrays.copyOf(gz, Math.min(gz.length, 10));
          break;
        default:
          log.add("not-gzip");
          gz = b.bytes();
          exact = b.exact();
      }
    }
    return new FuzzCase(index, FuzzFormat.GZ, inner.label() + ".gz", gz, b.documents(), exact, log);
  }

  private static byte[] gzipBytes(byte[] b) {
    ByteArrayOutputStream out = new ByteArrayOutputStream(b.length / 2 + 64);
    try (GZIPOutputStream g = new GZIPOutputStream(out)) {
      g.write(b);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }
}
