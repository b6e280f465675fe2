package org.hadath.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.zip.CRC32;
import java.util.zip.GZIPOutputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.commons.compress.compressors.bzip2.BZip2CompressorOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Archives: .bz2 files and .zip archives, each zip entry a file of its own; corrupt ones fail. */
class ArchiveInputTest {
  @TempDir Path dir;

  private static final String PAGE =
      "<!DOCTYPE html><html><head><title>Shelling on Daraa | Example News</title>"
          + "<meta property=\"og:site_name\" content=\"Example News\"></head><body><article>"
          + "<h1>Shelling on Daraa</h1><p>Two civilians were killed by shelling on Daraa on"
          + " Monday, local activists said.</p></article></body></html>";

  private static final String TEXT =
      "قصف على درعا\nقتل مدنيان بقصف مدفعي على مدينة درعا يوم الاثنين.";

  private static byte[] utf8(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }

  private static byte[] gzip(byte[] b) throws IOException {
    ByteArrayOutputStream bo = new ByteArrayOutputStream();
    try (OutputStream o = new GZIPOutputStream(bo)) {
      o.write(b);
    }
    return bo.toByteArray();
  }

  private static byte[] bzip2(byte[] b) throws IOException {
    ByteArrayOutputStream bo = new ByteArrayOutputStream();
    try (OutputStream o = new BZip2CompressorOutputStream(bo)) {
      o.write(b);
    }
    return bo.toByteArray();
  }

  /** A zip of (name, bytes) pairs, deflated; a name ending in / is a directory entry. */
  private static byte[] zip(Object... entries) throws IOException {
    ByteArrayOutputStream bo = new ByteArrayOutputStream();
    try (ZipOutputStream z = new ZipOutputStream(bo)) {
      for (int i = 0; i < entries.length; i += 2) {
        z.putNextEntry(new ZipEntry((String) entries[i]));
        z.write((byte[]) entries[i + 1]);
        z.closeEntry();
      }
    }
    return bo.toByteArray();
  }

  private Path write(String name, byte[] b) throws IOException {
    Path p = dir.resolve(name);
    Files.createDirectories(p.getParent());
    Files.write(p, b);
    return p;
  }

  private static String summary(Ingested i) {
    if (i instanceof Ingested.Failed f) {
      return "FAILED " + f.cause() + " " + f.id();
    }
    Ingested.Read r = (Ingested.Read) i;
    return "READ " + r.id() + " | " + r.document().title().orElse("-");
  }

  @Test
  void eachZipEntryIsADocumentWithArchiveBangEntryIds() throws IOException {
    Path z =
        write(
            "batch.zip",
            zip(
                "news/",
                new byte[0],
                "news/a.html",
                utf8(PAGE),
                "news/b.txt",
                utf8(TEXT),
                "news/c.html.gz",
                gzip(utf8(PAGE)),
                "feed.jsonl",
                utf8("{\"id\":\"j1\",\"text\":\"first\"}\n{\"id\":\"j2\",\"text\":\"second\"}\n"),
                "inner.zip",
                zip("deep/d.txt", utf8(TEXT)),
                "photo.jpg",
                new byte[] {(byte) 0xFF, (byte) 0xD8},
                ".DS_Store",
                new byte[] {0}));
    try (IngestStream s = Ingest.open(List.of(z.toString()), IngestOptions.defaults())) {
      List<String> got = new ArrayList<>();
      List<String> sources = new ArrayList<>();
      for (Ingested i : s) {
        got.add(summary(i));
        sources.add(i.source());
      }
      assertThat(got)
          .containsExactly(
              "READ batch.zip!/news/a.html | Shelling on Daraa",
              "READ batch.zip!/news/b.txt | قصف على درعا",
              "READ batch.zip!/news/c.html.gz | Shelling on Daraa",
              "READ j1 | -",
              "READ j2 | -",
              "READ batch.zip!/inner.zip!/deep/d.txt | قصف على درعا");
      assertThat(sources.get(0)).isEqualTo(z + "!/news/a.html");
      assertThat(sources.get(3)).isEqualTo(z + "!/feed.jsonl:1");
      assertThat(s.skipped()).containsExactly(z + "!/photo.jpg", z + "!/.DS_Store");
    }
  }

  @Test
  void zipsInDirectoriesAreReadAndEntriesKeepTheirRelativePath() throws IOException {
    write("2019/day.zip", zip("x.txt", utf8(TEXT)));
    write("a.txt", utf8(TEXT));
    assertThat(Fixtures.ingest(dir.toString()))
        .extracting(ArchiveInputTest::summary)
        .containsExactly("READ 2019/day.zip!/x.txt | قصف على درعا", "READ a.txt | قصف على درعا");
  }

  @Test
  void bzip2FilesAreReadByTheirInnerName() throws IOException {
    Path html = write("page.html.bz2", bzip2(utf8(PAGE)));
    Path jsonl =
        write(
            "docs.jsonl.bz2",
            bzip2(utf8("{\"id\":\"b1\",\"text\":\"one\"}\n{\"id\":\"b2\",\"text\":\"two\"}\n")));
    Path noName = write("blob", bzip2(utf8(TEXT)));
    assertThat(Fixtures.ingest(html.toString(), jsonl.toString(), noName.toString()))
        .extracting(ArchiveInputTest::summary)
        .containsExactly(
            "READ page.html.bz2 | Shelling on Daraa",
            "READ b1 | -",
            "READ b2 | -",
            "READ blob | قصف على درعا");
  }

  @Test
  void aBzip2WarcIsReadRecordByRecord() throws IOException {
    byte[] warc = Files.readAllBytes(Fixtures.path("warc/pages.warc"));
    Path p = write("pages.warc.bz2", bzip2(warc));
    List<String> plain =
        Fixtures.ingest(Fixtures.path("warc/pages.warc").toString()).stream()
            .map(ArchiveInputTest::summary)
            .toList();
    assertThat(Fixtures.ingest(p.toString()))
        .extracting(ArchiveInputTest::summary)
        .isNotEmpty()
        .containsExactlyElementsOf(plain);
  }

  @Test
  void aTruncatedZipFailsNamingTheArchiveAndTheEntryAndTheBatchGoesOn() throws IOException {
    byte[] big = new byte[200_000];
    for (int i = 0; i < big.length; i++) {
      big[i] = (byte) ('a' + (i * 7919 % 26)); // poorly compressible text
    }
    byte[] full = zip("ok.txt", utf8(TEXT), "big.txt", big, "after.txt", utf8(TEXT));
    Path z = write("cut.zip", Arrays.copyOf(full, full.length / 2));
    Path next = write("next.txt", utf8(TEXT));
    List<Ingested> all = Fixtures.ingest(z.toString(), next.toString());
    assertThat(all)
        .extracting(ArchiveInputTest::summary)
        .startsWith("READ cut.zip!/ok.txt | قصف على درعا", "FAILED CORRUPT cut.zip!/big.txt")
        .endsWith("READ next.txt | قصف على درعا");
    Ingested.Failed f = (Ingested.Failed) all.get(1);
    assertThat(f.source()).isEqualTo(z + "!/big.txt");
    assertThat(f.reason())
        .startsWith("corrupt zip archive '" + z + "': entry 'big.txt' cannot be read (")
        .endsWith("; the archive is truncated or damaged. Re-download it or re-create it (zip -r)");
  }

  @Test
  void aZipWithADamagedEntryHeaderFailsNamingTheEntryBefore() throws IOException {
    byte[] full = zip("one.txt", utf8(TEXT), "two.txt", utf8(TEXT));
    // Break the second local header's signature: the walk stops there.
    int second = indexOf(full, new byte[] {'P', 'K', 3, 4}, 4);
    full[second + 2] = 9;
    Path z = write("bad.zip", full);
    List<Ingested> all = Fixtures.ingest(z.toString());
    assertThat(all).extracting(ArchiveInputTest::summary).first().asString().startsWith("READ");
    Ingested last = all.get(all.size() - 1);
    assertThat(summary(last)).isEqualTo("FAILED CORRUPT bad.zip!/");
  }

  @Test
  void aCorruptEntryCrcFailsThatEntry() throws IOException {
    byte[] full = storedZip("x.txt", utf8(TEXT));
    // Flip a data byte: the stored entry's CRC no longer matches.
    int data = indexOf(full, utf8(TEXT), 0);
    full[data + 2] ^= 0x55;
    Path z = write("crc.zip", full);
    List<Ingested> all = Fixtures.ingest(z.toString());
    assertThat(all)
        .extracting(ArchiveInputTest::summary)
        .containsExactly("FAILED CORRUPT crc.zip!/x.txt");
    assertThat(((Ingested.Failed) all.get(0)).reason())
        .contains("corrupt zip archive '" + z + "': entry 'x.txt' cannot be read");
  }

  @Test
  void aCorruptBzip2FileFailsWithItsNameAndTheBatchGoesOn() throws IOException {
    byte[] b = bzip2(utf8(TEXT.repeat(50)));
    Path p = write("broken.txt.bz2", Arrays.copyOf(b, b.length - 20));
    Path next = write("next.txt", utf8(TEXT));
    List<Ingested> all = Fixtures.ingest(p.toString(), next.toString());
    assertThat(all)
        .extracting(ArchiveInputTest::summary)
        .containsExactly("FAILED CORRUPT broken.txt.bz2", "READ next.txt | قصف على درعا");
    assertThat(((Ingested.Failed) all.get(0)).reason())
        .startsWith("corrupt bzip2 data in '" + p + "': ")
        .endsWith("; the file is truncated or not really bzip2. Re-download or re-compress it");
  }

  @Test
  void aFileNamedZipThatIsNotOneIsReadByItsBytes() throws IOException {
    Path p = write("notes.zip", utf8(TEXT));
    assertThat(Fixtures.ingest(p.toString()))
        .extracting(ArchiveInputTest::summary)
        .containsExactly("READ notes.zip | قصف على درعا");
  }

  @Test
  void anEmptyZipYieldsNoDocumentAndIsListedAsSkipped() throws IOException {
    Path z = write("empty.zip", zip());
    try (IngestStream s = Ingest.open(List.of(z.toString()), IngestOptions.defaults())) {
      assertThat(s.iterator().hasNext()).isFalse();
      assertThat(s.skipped()).containsExactly(z + " (a zip archive with no entries)");
    }
  }

  private static byte[] storedZip(String name, byte[] data) throws IOException {
    ByteArrayOutputStream bo = new ByteArrayOutputStream();
    try (ZipOutputStream z = new ZipOutputStream(bo)) {
      ZipEntry e = new ZipEntry(name);
      e.setMethod(ZipEntry.STORED);
      e.setSize(data.length);
      CRC32 crc = new CRC32();
      crc.update(data);
      e.setCrc(crc.getValue());
      z.putNextEntry(e);
      z.write(data);
      z.closeEntry();
    }
    return bo.toByteArray();
  }

  private static int indexOf(byte[] hay, byte[] needle, int from) {
    outer:
    for (int i = from; i <= hay.length - needle.length; i++) {
      for (int j = 0; j < needle.length; j++) {
        if (hay[i + j] != needle[j]) {
          continue outer;
        }
      }
      return i;
    }
    throw new AssertionError("not found");
  }
}
