package org.hadath.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** One test per rule of {@link TextDecoder}. */
class TextDecoderTest {
  private static final String AR =
      "قصفت طائرات حربية مدينة إدلب صباح اليوم، ما أدى إلى مقتل ثلاثة مدنيين.";

  private static TextDecoder.Decoded decode(byte[] b) {
    return TextDecoder.decode(b, b.length, Optional.empty());
  }

  @Test
  void utf8BomIsDropped() {
    byte[] body = AR.getBytes(StandardCharsets.UTF_8);
    byte[] b = new byte[body.length + 3];
    b[0] = (byte) 0xEF;
    b[1] = (byte) 0xBB;
    b[2] = (byte) 0xBF;
    System.arraycopy(body, 0, b, 3, body.length);
    assertThat(decode(b).text()).isEqualTo(AR);
  }

  @Test
  void utf16BomSelectsUtf16() {
    byte[] body = AR.getBytes(StandardCharsets.UTF_16BE);
    byte[] b = new byte[body.length + 2];
    b[0] = (byte) 0xFE;
    b[1] = (byte) 0xFF;
    System.arraycopy(body, 0, b, 2, body.length);
    assertThat(decode(b).text()).isEqualTo(AR);
    assertThat(TextDecoder.binaryReason(b, b.length)).isEmpty();
  }

  @Test
  void validUtf8WinsOverADeclaredCharset() {
    byte[] b = AR.getBytes(StandardCharsets.UTF_8);
    TextDecoder.Decoded d = TextDecoder.decode(b, b.length, Optional.of("windows-1256"));
    assertThat(d.text()).isEqualTo(AR);
    assertThat(d.charset()).isEqualTo(StandardCharsets.UTF_8);
  }

  @Test
  void declaredCharsetIsUsedForInvalidUtf8() {
    byte[] b = "Frappes aériennes".getBytes(Charset.forName("windows-1252"));
    TextDecoder.Decoded d = TextDecoder.decode(b, b.length, Optional.of("windows-1252"));
    assertThat(d.text()).isEqualTo("Frappes aériennes");
    assertThat(d.warning()).isEmpty();
  }

  @Test
  void windows1256IsDetected() {
    TextDecoder.Decoded d = decode(AR.getBytes(Charset.forName("windows-1256")));
    assertThat(d.text()).isEqualTo(AR);
    assertThat(d.charset().name()).isEqualTo("windows-1256");
    assertThat(d.warning()).isEmpty();
  }

  @Test
  void iso88596IsDetected() {
    String ar = AR.replace('،', ',');
    TextDecoder.Decoded d = decode(ar.getBytes(Charset.forName("ISO-8859-6")));
    assertThat(d.text()).isEqualTo(ar);
    assertThat(d.charset().name()).isEqualTo("ISO-8859-6");
  }

  @Test
  void invalidUtf8ThatIsNotArabicIsReplacedWithAWarningGivingTheByteOffset() {
    byte[] b = "abc\u00e9def".getBytes(StandardCharsets.ISO_8859_1); // é as 0xE9 alone
    TextDecoder.Decoded d = decode(b);
    assertThat(d.text()).isEqualTo("abc\uFFFDdef");
    assertThat(d.warning())
        .hasValueSatisfying(w -> assertThat(w).startsWith("invalid UTF-8 at byte offset 3 (0xE9)"));
  }

  @Test
  void nulByteIsBinaryWithItsOffset() {
    byte[] b = {'a', 'b', 0, 'c'};
    assertThat(TextDecoder.binaryReason(b, b.length)).contains("a NUL byte at byte offset 2");
  }

  @Test
  void manyControlCharactersAreBinary() {
    byte[] b = new byte[100];
    java.util.Arrays.fill(b, (byte) 3);
    assertThat(TextDecoder.binaryReason(b, b.length))
        .contains("100 control characters in the first 100 bytes");
  }

  @Test
  void tabsAndLineBreaksAreNotControlCharacters() {
    byte[] b = "a\tb\r\nc\fd\n".repeat(20).getBytes(StandardCharsets.US_ASCII);
    assertThat(TextDecoder.binaryReason(b, b.length)).isEmpty();
  }
}
