package org.hadath.ingest;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;

/**
 * Turns the bytes of one document into text.
 *
 * <p>Rules, in order:
 *
 * <ul>
 *   <li>A UTF-8 byte-order mark is dropped; a UTF-16 mark (FF FE, FE FF) selects UTF-16.
 *   <li>Bytes that are valid UTF-8 are UTF-8, whatever a page declares (pure ASCII is the same in
 *       every charset ingest accepts).
 *   <li>Otherwise a charset the page declares (HTML {@code <meta charset>}, HTTP {@code
 *       Content-Type}) is used if Java knows it.
 *   <li>Otherwise, if there are at least {@value #MIN_ARABIC_BYTES} bytes above 0x7F, most of them
 *       next to another such byte (Arabic words, not accented Latin letters), and most of them
 *       decode to Arabic letters in windows-1256 or in ISO-8859-6, the better of the two is used
 *       (windows-1256 on a tie).
 *   <li>Otherwise the bytes are read as UTF-8 with U+FFFD for each bad sequence, and a warning
 *       gives the byte offset of the first one.
 * </ul>
 *
 * Binary input is recognised before decoding: a NUL byte (outside UTF-16), or more than {@value
 * #CONTROL_RATIO_PERCENT}% control characters in the first {@value #CONTROL_WINDOW} bytes.
 */
public final class TextDecoder {
  static final int CONTROL_WINDOW = 8192;
  static final int CONTROL_RATIO_PERCENT = 10;
  private static final double ARABIC_SHARE = 0.6;
  private static final int MIN_ARABIC_BYTES = 4;

  private static final Charset WINDOWS_1256 = Charset.forName("windows-1256");
  private static final Charset ISO_8859_6 = Charset.forName("ISO-8859-6");
  private static final char[] HIGH_1256 = highTable(WINDOWS_1256);
  private static final char[] HIGH_8859_6 = highTable(ISO_8859_6);

  private TextDecoder() {}

  /**
   * The text of some bytes.
   *
   * @param text the decoded text, without a byte-order mark
   * @param charset the charset used
   * @param warning what was wrong with the bytes, if anything (already phrased for the user,
   *     without the document name)
   */
  public record Decoded(String text, Charset charset, Optional<String> warning) {}

  /** Why {@code bytes[0, len)} are not text, or empty if they may be. */
  public static Optional<String> binaryReason(byte[] bytes, int len) {
    if (len >= 2
        && ((bytes[0] == (byte) 0xFF && bytes[1] == (byte) 0xFE)
            || (bytes[0] == (byte) 0xFE && bytes[1] == (byte) 0xFF))) {
      return Optional.empty(); // UTF-16 has NULs
    }
    for (int i = 0; i < len; i++) {
      if (bytes[i] == 0) {
        return Optional.of("a NUL byte at byte offset " + i);
      }
    }
    int window = Math.min(len, CONTROL_WINDOW);
    int control = 0;
    for (int i = 0; i < window; i++) {
      int b = bytes[i] & 0xFF;
      if (b < 0x20 && b != '\t' && b != '\n' && b != '\r' && b != '\f' && b != 0x0B && b != 0x1B) {
        control++;
      }
    }
    if (window > 0 && control * 100 > window * CONTROL_RATIO_PERCENT) {
      return Optional.of(control + " control characters in the first " + window + " bytes");
    }
    return Optional.empty();
  }

  /**
   * Decodes {@code bytes[0, len)} by the rules above.
   *
   * @param declared a charset name the document declares, if any
   */
  public static Decoded decode(byte[] bytes, int len, Optional<String> declared) {
    if (len >= 3 && bytes[0] == (byte) 0xEF && bytes[1] == (byte) 0xBB && bytes[2] == (byte) 0xBF) {
      return utf8(bytes, 3, len - 3, true);
    }
    if (len >= 2 && bytes[0] == (byte) 0xFF && bytes[1] == (byte) 0xFE) {
      return lenient(bytes, 2, len - 2, StandardCharsets.UTF_16LE);
    }
    if (len >= 2 && bytes[0] == (byte) 0xFE && bytes[1] == (byte) 0xFF) {
      return lenient(bytes, 2, len - 2, StandardCharsets.UTF_16BE);
    }
    return utf8(bytes, 0, len, false, declared);
  }

  private static Decoded utf8(byte[] bytes, int off, int len, boolean bom) {
    return utf8(bytes, off, len, bom, Optional.empty());
  }

  private static Decoded utf8(
      byte[] bytes, int off, int len, boolean bom, Optional<String> declared) {
    CharsetDecoder dec =
        StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes, off, len);
    CharBuffer out = CharBuffer.allocate(len);
    CoderResult r = dec.decode(in, out, true);
    if (!r.isError()) {
      r = dec.flush(out);
    }
    if (!r.isError()) {
      out.flip();
      return new Decoded(out.toString(), StandardCharsets.UTF_8, Optional.empty());
    }
    int bad = in.position();
    if (!bom) {
      Optional<Charset> d = declared.flatMap(TextDecoder::charset);
      if (d.isPresent() && !d.get().equals(StandardCharsets.UTF_8)) {
        return lenient(bytes, off, len, d.get());
      }
      Optional<Charset> arabic = arabicSingleByte(bytes, off, len);
      if (arabic.isPresent()) {
        return lenient(bytes, off, len, arabic.get());
      }
    }
    StringBuilder seq = new StringBuilder();
    for (int i = bad; i < Math.min(off + len, bad + Math.max(1, r.length())); i++) {
      seq.append(seq.length() == 0 ? "" : " ")
          .append(String.format(Locale.ROOT, "0x%02X", bytes[i] & 0xFF));
    }
    Decoded d = lenient(bytes, off, len, StandardCharsets.UTF_8);
    return new Decoded(
        d.text(),
        StandardCharsets.UTF_8,
        Optional.of(
            "invalid UTF-8 at byte offset "
                + bad
                + " ("
                + seq
                + "), and the bytes are not windows-1256 or ISO-8859-6 Arabic; decoded as UTF-8"
                + " with U+FFFD replacement characters. Re-save the file as UTF-8 (or declare its"
                + " charset in a <meta charset> tag) to read it exactly"));
  }

  private static Decoded lenient(byte[] bytes, int off, int len, Charset cs) {
    CharsetDecoder dec =
        cs.newDecoder()
            .onMalformedInput(CodingErrorAction.REPLACE)
            .onUnmappableCharacter(CodingErrorAction.REPLACE);
    ByteBuffer in = ByteBuffer.wrap(bytes, off, len);
    CharBuffer out = CharBuffer.allocate((int) Math.min(Integer.MAX_VALUE - 16, len + 16L));
    dec.decode(in, out, true);
    dec.flush(out);
    out.flip();
    String text = out.toString();
    Optional<String> warning = Optional.empty();
    if (!cs.equals(StandardCharsets.UTF_8)) {
      int rep = text.indexOf('\uFFFD');
      if (rep >= 0) {
        warning =
            Optional.of(
                "bytes not defined in "
                    + cs.name()
                    + " (first at character "
                    + rep
                    + ") were replaced with U+FFFD; check the document's declared charset");
      }
    }
    return new Decoded(text, cs, warning);
  }

  /** The charset Java knows by this name, if any. */
  static Optional<Charset> charset(String name) {
    try {
      String n = name.trim();
      if (n.isEmpty()) {
        return Optional.empty();
      }
      return Optional.of(Charset.forName(n));
    } catch (IllegalArgumentException e) {
      return Optional.empty(); // illegal or unsupported charset name
    }
  }

  /**
   * windows-1256 or ISO-8859-6, if at least {@code ARABIC_SHARE} of the bytes above 0x7F decode to
   * Arabic letters in it.
   */
  private static Optional<Charset> arabicSingleByte(byte[] bytes, int off, int len) {
    int high = 0;
    int inRuns = 0;
    int ar1256 = 0;
    int ar8859 = 0;
    for (int i = off; i < off + len; i++) {
      int b = bytes[i] & 0xFF;
      if (b >= 0x80) {
        high++;
        if ((i > off && (bytes[i - 1] & 0x80) != 0)
            || (i + 1 < off + len && (bytes[i + 1] & 0x80) != 0)) {
          inRuns++;
        }
        if (isArabicLetter(HIGH_1256[b - 0x80])) {
          ar1256++;
        }
        if (isArabicLetter(HIGH_8859_6[b - 0x80])) {
          ar8859++;
        }
      }
    }
    // Arabic words are runs of high bytes; accented Latin letters stand alone between ASCII ones.
    if (high < MIN_ARABIC_BYTES || inRuns * 2 < high) {
      return Optional.empty();
    }
    if (ar1256 >= ar8859 && ar1256 >= high * ARABIC_SHARE) {
      return Optional.of(WINDOWS_1256);
    }
    if (ar8859 > ar1256 && ar8859 >= high * ARABIC_SHARE) {
      return Optional.of(ISO_8859_6);
    }
    return Optional.empty();
  }

  private static boolean isArabicLetter(char c) {
    return (c >= '\u0621' && c <= '\u064A') || c == '\u060C' || c == '\u061F' || c == '\u061B';
  }

  private static char[] highTable(Charset cs) {
    CharsetDecoder dec =
        cs.newDecoder()
            .onMalformedInput(CodingErrorAction.REPLACE)
            .onUnmappableCharacter(CodingErrorAction.REPLACE);
    char[] t = new char[128];
    for (int b = 0x80; b <= 0xFF; b++) {
      try {
        CharBuffer cb = dec.reset().decode(ByteBuffer.wrap(new byte[] {(byte) b}));
        t[b - 0x80] = cb.length() == 1 ? cb.get(0) : '\uFFFD';
      } catch (java.nio.charset.CharacterCodingException e) {
        t[b - 0x80] = '\uFFFD';
      }
    }
    return t;
  }
}
