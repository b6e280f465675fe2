package org.hadath.fuzz;

import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Mutations of text, markup and bytes, each a pure function of its input and a random source.
 *
 * <p>Rules:
 *
 * <ul>
 *   <li>Text mutations work on Java strings: truncation, deletion, duplication, splicing from
 *       another document, tag soup, unclosed tags, deep nesting, huge attributes, bidi controls and
 *       RTL marks, NULs and control characters, BOMs inside the text, lone surrogates, astral
 *       characters, floods of Arabic diacritics, huge numbers, conflict words out of context, one
 *       long line, lines joined or split, character references, empty and white-space-only text.
 *   <li>Encodings turn text into bytes: UTF-8 with or without BOM, UTF-16 with BOM, windows-1256,
 *       ISO-8859-6, and a mix of UTF-8 and windows-1256 in one file.
 *   <li>Byte mutations work on the encoded bytes: bit flips, invalid and cut UTF-8 sequences, NUL
 *       bytes, random bytes, BOMs inside, truncation.
 *   <li>Every mutation appends its name to the list it is given, so a case says what was done.
 *   <li>Large mutations (long lines, huge attributes, deep nesting) are rare, so a run stays fast.
 * </ul>
 */
public final class Mutator {
  private Mutator() {}

  private static final String[] TAGS = {
    "<p>",
    "</p>",
    "<div>",
    "</div>",
    "<div class=\"related\">",
    "<div class=\"share\">",
    "<br>",
    "<h1>",
    "</h1>",
    "<article>",
    "</article>",
    "<script>",
    "</script>",
    "<style>",
    "</style>",
    "<!--",
    "-->",
    "<time datetime=\"2017-06-15\">",
    "<time datetime=\"9999-99-99T99:99\">",
    "<meta property=\"og:site_name\" content=\"",
    "\">",
    "<ul><li>",
    "</li></ul>",
    "<![CDATA[",
    "]]>",
    "<table><tr><td>",
    "</td></tr></table>",
    "<svg><g>",
    "<math>",
    "<title>",
    "</title>",
    "<noscript>",
    "<template>",
    "<iframe>",
    "<textarea>",
    "<plaintext>",
    "<xmp>",
    "<select>",
    "<p class=\"byline\">",
    "<span dir=\"rtl\">",
    "<bdo dir=\"ltr\">",
    "<a href=\"javascript:x\">",
    "<img src=x onerror=y>",
    "<meta charset=\"windows-1256\">",
    "<meta charset=\"bogus\">",
    "<meta http-equiv=\"Content-Type\" content=\"text/html; charset=iso-8859-6\">",
    "<",
    "</",
    ">",
    "<!DOCTYPE html>",
    "<html>",
    "<body>",
    "</body>",
    "</html>",
    "<head>",
    "<?xml ?>",
    "<script type=\"application/ld+json\">{\"@type\":\"NewsArticle\",\"author\":[{\"name\":",
    "<meta property=\"article:published_time\" content=\"2017-02-30\">"
  };

  private static final String[] WORDS = {
    "قتل",
    "مقتل",
    "غارة",
    "قصف",
    "انفجار",
    "اشتباكات",
    "مظاهرة",
    "جرحى",
    "شهيدا",
    "عشرات",
    "مئات",
    "آلاف",
    "قوات النظام",
    "تنظيم الدولة",
    "قسد",
    "الرقة",
    "حلب",
    "إدلب",
    "دمشق",
    "أمس",
    "يوم الجمعة",
    "الأسبوع الماضي",
    "killed",
    "dozens",
    "hundreds",
    "airstrike",
    "protesters",
    "police",
    "Kirkuk",
    "Mogadishu",
    "yesterday",
    "on Monday",
    "2017-06-15",
    "15/06/2017",
    "31/02/2017",
    "12/31/99999",
    "١٥ حزيران ٢٠١٧",
    "3 قتلى",
    "killing 5",
    "wounding 12",
    "بلدي نيوز – الرقة (مأمون السيد)",
    "(رويترز)",
    "اقرأ أيضا:",
    "Related:",
    " - ",
    " | ",
    "«",
    "»"
  };

  private static final char[] BIDI = {
    '\u200E', '\u200F', '\u061C', '\u202A', '\u202B', '\u202C', '\u202D', '\u202E', '\u2066',
    '\u2067', '\u2068', '\u2069'
  };

  private static final char[] DIACRITICS = {
    '\u064B', '\u064C', '\u064D', '\u064E', '\u064F', '\u0650', '\u0651', '\u0652', '\u0640',
    '\u0670'
  };

  private static final Charset WINDOWS_1256 = Charset.forName("windows-1256");
  private static final Charset ISO_8859_6 = Charset.forName("ISO-8859-6");

  /**
   * Applies 1 to {@code max} random text mutations to {@code text}.
   *
   * @param other another document to splice from
   * @param markup whether to favour markup mutations (HTML)
   * @param log the names of the mutations applied are added here
   */
  public static String mutateText(
      SplittableRandom r, String text, String other, boolean markup, int max, List<String> log) {
    StringBuilder sb = new StringBuilder(text);
    int ops = 1 + r.nextInt(Math.max(1, max));
    for (int o = 0; o < ops; o++) {
      textOp(r, sb, other, markup, log);
    }
    return sb.toString();
  }

  private static void textOp(
      SplittableRandom r, StringBuilder sb, String other, boolean markup, List<String> log) {
    int len = sb.length();
    int at = len == 0 ? 0 : r.nextInt(len + 1);
    int k = r.nextInt(1000);
    if (k < 90) {
      log.add("truncate");
      sb.setLength(len == 0 ? 0 : r.nextInt(len + 1));
    } else if (k < 180) {
      log.add("delete");
      sb.delete(at, Math.min(len, at + 1 + r.nextInt(300)));
    } else if (k < 240) {
      log.add("duplicate");
      if (len > 2) {
        int from = r.nextInt(len - 1);
        sb.insert(at, sb.substring(from, Math.min(len, from + 1 + r.nextInt(400))));
      }
    } else if (k < 310) {
      log.add("splice");
      if (!other.isEmpty()) {
        int from = r.nextInt(other.length());
        sb.insert(at, other, from, Math.min(other.length(), from + 1 + r.nextInt(500)));
      }
    } else if (k < (markup ? 470 : 340)) {
      log.add("tag-soup");
      int n = 1 + r.nextInt(12);
      for (int i = 0; i < n; i++) {
        sb.insert(len == 0 ? 0 : r.nextInt(sb.length() + 1), TAGS[r.nextInt(TAGS.length)]);
      }
    } else if (k < (markup ? 520 : 350)) {
      log.add("unclosed-tags");
      String[] open = {"<div>", "<p>", "<b>", "<table>", "<ul><li>", "<span>", "<a href=\"x\">"};
      StringBuilder t = new StringBuilder();
      int n = 1 + r.nextInt(60);
      for (int i = 0; i < n; i++) {
        t.append(open[r.nextInt(open.length)]).append(r.nextBoolean() ? "نص " : "x ");
      }
      sb.insert(at, t);
    } else if (k < (markup ? 535 : 355)) {
      log.add("deep-nesting");
      int depth = 100 + r.nextInt(r.nextInt(20) == 0 ? 20_000 : 2_000);
      String[][] pairs = {
        {"<div>", "</div>"},
        {"<b>", "</b>"},
        {"<span>", "</span>"},
        {"(", ")"},
        {"«", "»"},
        {"<table><tr><td>", "</td></tr></table>"}
      };
      String[] p = pairs[r.nextInt(pairs.length)];
      StringBuilder t = new StringBuilder();
      t.append(p[0].repeat(depth)).append("قتل ثلاثة مدنيين");
      if (r.nextBoolean()) {
        t.append(p[1].repeat(depth));
      }
      sb.insert(at, t);
    } else if (k < (markup ? 545 : 358)) {
      log.add("huge-attribute");
      int n = 2_000 + r.nextInt(r.nextInt(10) == 0 ? 200_000 : 20_000);
      char c = r.nextBoolean() ? 'a' : 'ب';
      sb.insert(
          at,
          "<div class=\""
              + String.valueOf(c).repeat(n)
              + "\" data-x='"
              + "\"".repeat(r.nextInt(50))
              + "'>");
    } else if (k < 600) {
      log.add("bidi");
      int n = 1 + r.nextInt(30);
      for (int i = 0; i < n; i++) {
        sb.insert(r.nextInt(sb.length() + 1), BIDI[r.nextInt(BIDI.length)]);
      }
    } else if (k < 630) {
      log.add("nul-chars");
      int n = 1 + r.nextInt(5);
      for (int i = 0; i < n; i++) {
        sb.insert(r.nextInt(sb.length() + 1), '\u0000');
      }
    } else if (k < 660) {
      log.add("controls");
      int n = 1 + r.nextInt(40);
      for (int i = 0; i < n; i++) {
        sb.insert(r.nextInt(sb.length() + 1), (char) r.nextInt(0x20));
      }
    } else if (k < 680) {
      log.add("bom-inside");
      sb.insert(at, '\uFEFF');
    } else if (k < 710) {
      log.add("lone-surrogates");
      int n = 1 + r.nextInt(4);
      for (int i = 0; i < n; i++) {
        sb.insert(r.nextInt(sb.length() + 1), (char) (0xD800 + r.nextInt(0x800)));
      }
    } else if (k < 735) {
      log.add("astral");
      int n = 1 + r.nextInt(20);
      for (int i = 0; i < n; i++) {
        sb.insert(r.nextInt(sb.length() + 1), Character.toChars(0x10000 + r.nextInt(0xFFFFF)));
      }
    } else if (k < 760) {
      log.add("diacritics-flood");
      int n = 5 + r.nextInt(r.nextInt(20) == 0 ? 5_000 : 200);
      StringBuilder t = new StringBuilder();
      for (int i = 0; i < n; i++) {
        t.append(DIACRITICS[r.nextInt(DIACRITICS.length)]);
      }
      sb.insert(at, t);
    } else if (k < 800) {
      log.add("big-numbers");
      String[] nums = {
        "99999999999999999999", "٩٩٩٩٩٩٩٩٩٩٩٩٩٩٩٩٩٩٩٩", "2147483648", "-1", "0", "1e309",
        "١٢٣٬٤٥٦٬٧٨٩٬٠١٢", "NaN", "3.5", "٣٫٥", "عشرات الآلاف من الملايين", "9223372036854775808"
      };
      String[] pre = {"قتل ", "killing ", "إصابة ", "wounding ", "", "عام ", "in "};
      sb.insert(
          at,
          " "
              + pre[r.nextInt(pre.length)]
              + nums[r.nextInt(nums.length)]
              + (r.nextBoolean() ? " شخصا" : " people")
              + " ");
    } else if (k < 860) {
      log.add("conflict-words");
      int n = 1 + r.nextInt(15);
      for (int i = 0; i < n; i++) {
        sb.insert(r.nextInt(sb.length() + 1), " " + WORDS[r.nextInt(WORDS.length)] + " ");
      }
    } else if (k < 866) {
      log.add("long-line");
      int n = 1_000 + r.nextInt(r.nextInt(10) == 0 ? 150_000 : 10_000);
      String unit = r.nextBoolean() ? "قصف" : "x";
      sb.insert(at, unit.repeat(n / unit.length()));
    } else if (k < 890) {
      log.add("no-newlines");
      for (int i = 0; i < sb.length(); i++) {
        if (sb.charAt(i) == '\n' || sb.charAt(i) == '\r') {
          sb.setCharAt(i, ' ');
        }
      }
    } else if (k < 915) {
      log.add("line-breaks");
      String[] breaks = {"\n", "\r\n", "\r", "\u2028", "\u2029", "\u0085", "\n\n\n", "\f"};
      int n = 1 + r.nextInt(30);
      for (int i = 0; i < n; i++) {
        sb.insert(r.nextInt(sb.length() + 1), breaks[r.nextInt(breaks.length)]);
      }
    } else if (k < 945) {
      log.add("char-references");
      String[] refs = {
        "&#0;",
        "&#xD800;",
        "&#99999999;",
        "&#x110000;",
        "&amp",
        "&nbsp;",
        "&#1602;",
        "&rlm;",
        "&lrm;",
        "&unknown;",
        "&#x202E;",
        "&",
        "&#",
        "&#x;"
      };
      int n = 1 + r.nextInt(10);
      for (int i = 0; i < n; i++) {
        sb.insert(r.nextInt(sb.length() + 1), refs[r.nextInt(refs.length)]);
      }
    } else if (k < 955) {
      log.add("empty");
      sb.setLength(0);
    } else if (k < 965) {
      log.add("whitespace-only");
      sb.setLength(0);
      sb.append(" \t\n\u00A0\u2003\u200B\r\n".repeat(1 + r.nextInt(20)));
    } else if (k < 985) {
      log.add("random-chars");
      int n = 1 + r.nextInt(200);
      StringBuilder t = new StringBuilder();
      for (int i = 0; i < n; i++) {
        t.append((char) r.nextInt(0x10000));
      }
      sb.insert(at, t);
    } else {
      log.add("swap-halves");
      if (len > 1) {
        int mid = r.nextInt(len);
        String a = sb.substring(0, mid);
        String b = sb.substring(mid);
        sb.setLength(0);
        sb.append(b).append(a);
      }
    }
  }

  /** Encodes {@code text}: UTF-8 most of the time, else another encoding (named in {@code log}). */
  public static byte[] encode(SplittableRandom r, String text, List<String> log) {
    int k = r.nextInt(100);
    if (k < 70) {
      return text.getBytes(StandardCharsets.UTF_8);
    }
    if (k < 76) {
      log.add("utf-8-bom");
      return concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, utf8(text));
    }
    if (k < 80) {
      log.add("utf-16le-bom");
      return concat(
          new byte[] {(byte) 0xFF, (byte) 0xFE}, text.getBytes(StandardCharsets.UTF_16LE));
    }
    if (k < 82) {
      log.add("utf-16be-bom");
      return concat(
          new byte[] {(byte) 0xFE, (byte) 0xFF}, text.getBytes(StandardCharsets.UTF_16BE));
    }
    if (k < 83) {
      log.add("utf-16-no-bom");
      return text.getBytes(StandardCharsets.UTF_16LE);
    }
    if (k < 90) {
      log.add("windows-1256");
      return text.getBytes(WINDOWS_1256);
    }
    if (k < 94) {
      log.add("iso-8859-6");
      return text.getBytes(ISO_8859_6);
    }
    log.add("mixed-encoding");
    int mid = text.isEmpty() ? 0 : r.nextInt(text.length() + 1);
    boolean first = r.nextBoolean();
    return concat(
        text.substring(0, mid).getBytes(first ? StandardCharsets.UTF_8 : WINDOWS_1256),
        text.substring(mid).getBytes(first ? WINDOWS_1256 : StandardCharsets.UTF_8));
  }

  private static byte[] utf8(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }

  /** Applies 1 to {@code max} random byte mutations. */
  public static byte[] mutateBytes(SplittableRandom r, byte[] bytes, int max, List<String> log) {
    byte[] b = bytes;
    int ops = 1 + r.nextInt(Math.max(1, max));
    for (int o = 0; o < ops; o++) {
      b = byteOp(r, b, log);
    }
    return b;
  }

  private static byte[] byteOp(SplittableRandom r, byte[] b, List<String> log) {
    int len = b.length;
    int at = len == 0 ? 0 : r.nextInt(len + 1);
    int k = r.nextInt(100);
    if (k < 25) {
      log.add("byte-flips");
      byte[] c = b.clone();
      int n = 1 + r.nextInt(10);
      for (int i = 0; i < n && len > 0; i++) {
        int p = r.nextInt(len);
        c[p] = (byte) (c[p] ^ (1 << r.nextInt(8)));
      }
      return c;
    }
    if (k < 45) {
      log.add("invalid-utf8");
      byte[][] bad = {
        {(byte) 0xC0, (byte) 0x80},
        {(byte) 0xFF},
        {(byte) 0xFE},
        {(byte) 0xE2, (byte) 0x82},
        {(byte) 0xED, (byte) 0xA0, (byte) 0x80},
        {(byte) 0xF4, (byte) 0x90, (byte) 0x80, (byte) 0x80},
        {(byte) 0x80, (byte) 0x80, (byte) 0x80},
        {(byte) 0xD9},
        {(byte) 0xF0, (byte) 0x9F}
      };
      return insert(b, at, bad[r.nextInt(bad.length)]);
    }
    if (k < 55) {
      log.add("nul-bytes");
      return insert(b, at, new byte[1 + r.nextInt(4)]);
    }
    if (k < 70) {
      log.add("truncate-bytes");
      return Arrays.copyOf(b, len == 0 ? 0 : r.nextInt(len + 1));
    }
    if (k < 80) {
      log.add("random-bytes");
      byte[] x = new byte[1 + r.nextInt(64)];
      for (int i = 0; i < x.length; i++) {
        x[i] = (byte) r.nextInt(256);
      }
      return insert(b, at, x);
    }
    if (k < 88) {
      log.add("bom-bytes");
      byte[][] boms = {
        {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF},
        {(byte) 0xFF, (byte) 0xFE},
        {(byte) 0xFE, (byte) 0xFF}
      };
      return insert(b, r.nextBoolean() ? 0 : at, boms[r.nextInt(boms.length)]);
    }
    if (k < 95) {
      log.add("cut-multibyte");
      // Drop one byte from inside a multi-byte UTF-8 sequence.
      for (int tries = 0; tries < 20 && len > 0; tries++) {
        int p = r.nextInt(len);
        if ((b[p] & 0xC0) == 0x80) {
          byte[] c = new byte[len - 1];
          System.arraycopy(b, 0, c, 0, p);
          System.arraycopy(b, p + 1, c, p, len - p - 1);
          return c;
        }
      }
      return b;
    }
    log.add("delete-bytes");
    int end = Math.min(len, at + 1 + r.nextInt(100));
    byte[] c = new byte[len - (end - at)];
    System.arraycopy(b, 0, c, 0, at);
    System.arraycopy(b, end, c, at, len - end);
    return c;
  }

  static byte[] insert(byte[] b, int at, byte[] x) {
    byte[] c = new byte[b.length + x.length];
    System.arraycopy(b, 0, c, 0, at);
    System.arraycopy(x, 0, c, at, x.length);
    System.arraycopy(b, at, c, at + x.length, b.length - at);
    return c;
  }

  static byte[] concat(byte[] a, byte[] b) {
    byte[] c = Arrays.copyOf(a, a.length + b.length);
    System.arraycopy(b, 0, c, a.length, b.length);
    return c;
  }

  /** The bytes of several arrays one after the other. */
  static byte[] concat(List<byte[]> parts) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (byte[] p : parts) {
      out.writeBytes(p);
    }
    return out.toByteArray();
  }
}
