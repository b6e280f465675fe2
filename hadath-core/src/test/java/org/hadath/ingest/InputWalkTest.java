package org.hadath.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Inputs: directories, order, ids, skipped files, unreadable entries, stdin. */
class InputWalkTest {
  @TempDir Path dir;

  private Path write(String rel, String text) throws IOException {
    Path p = dir.resolve(rel);
    Files.createDirectories(p.getParent());
    Files.writeString(p, text, StandardCharsets.UTF_8);
    return p;
  }

  private static String summary(Ingested i) {
    return (i instanceof Ingested.Read ? "READ " : "FAILED " + ((Ingested.Failed) i).cause() + " ")
        + i.id();
  }

  @Test
  void directoriesAreReadRecursivelyInSortedOrderWithRelativeIds() throws IOException {
    write("b.txt", "Title b\nBody b.");
    write("a/z.html", "<html><body><h1>Title z</h1><p>Body z.</p></body></html>");
    write("a/c.txt", "Title c\nBody c.");
    write("C.txt", "Title C\nBody C.");
    List<Ingested> all = Fixtures.ingest(dir.toString());
    assertThat(all)
        .extracting(InputWalkTest::summary)
        .containsExactly("READ C.txt", "READ a/c.txt", "READ a/z.html", "READ b.txt");
    assertThat(all.get(1).source()).isEqualTo(dir.resolve("a/c.txt").toString());
  }

  @Test
  void hiddenFilesAndUnknownExtensionsInDirectoriesAreSkippedAndListed() throws IOException {
    write("a.txt", "Title\nBody.");
    write(".hidden.txt", "Title\nBody.");
    write(".git/config", "x");
    write("photo.jpg", "not really a jpeg");
    write("README", "Title\nBody without extension is read.");
    try (IngestStream s = Ingest.open(List.of(dir.toString()), IngestOptions.defaults())) {
      List<String> ids = new java.util.ArrayList<>();
      s.forEach(i -> ids.add(summary(i)));
      assertThat(ids).containsExactly("READ README", "READ a.txt");
      assertThat(s.skipped()).containsExactly(dir.resolve("photo.jpg").toString());
      assertThat(s.skippedCount()).isEqualTo(1);
    }
  }

  @Test
  void aFileNamedOnTheCommandLineIsReadWhateverItsExtension() throws IOException {
    Path p = write("report.md", "Title\nBody.");
    assertThat(Fixtures.ingest(p.toString()))
        .extracting(InputWalkTest::summary)
        .containsExactly("READ report.md");
  }

  @Test
  void symlinkLoopInADirectoryIsUnreadableWithTheOsReasonEvenAsRoot() throws IOException {
    write("a.txt", "Title a\nBody a.");
    Path loop = dir.resolve("b.txt");
    Files.createSymbolicLink(loop, loop.getFileName()); // b.txt -> b.txt
    write("c.txt", "Title c\nBody c.");
    List<Ingested> all = Fixtures.ingest(dir.toString());
    assertThat(all)
        .extracting(InputWalkTest::summary)
        .containsExactly("READ a.txt", "FAILED UNREADABLE b.txt", "READ c.txt");
    assertThat(((Ingested.Failed) all.get(1)).reason())
        .startsWith("cannot read '" + loop + "': ")
        .containsIgnoringCase("symbolic links");
  }

  @Test
  void brokenSymlinkInADirectoryIsUnreadable() throws IOException {
    Files.createSymbolicLink(dir.resolve("gone.txt"), dir.resolve("nowhere.txt"));
    write("ok.txt", "Title\nBody.");
    List<Ingested> all = Fixtures.ingest(dir.toString());
    assertThat(all)
        .extracting(InputWalkTest::summary)
        .containsExactly("FAILED UNREADABLE gone.txt", "READ ok.txt");
    assertThat(((Ingested.Failed) all.get(0)).reason()).contains("broken symbolic link");
  }

  @Test
  void directoryCycleIsReportedOnceAndNotFollowed() throws IOException {
    write("sub/a.txt", "Title\nBody.");
    Files.createSymbolicLink(dir.resolve("sub/back"), dir);
    List<Ingested> all = Fixtures.ingest(dir.toString());
    assertThat(all)
        .extracting(InputWalkTest::summary)
        .containsExactly("READ sub/a.txt", "FAILED UNSUPPORTED sub/back");
    assertThat(((Ingested.Failed) all.get(1)).reason()).startsWith("directory cycle:");
  }

  @Test
  void fifoInADirectoryIsNotOpened() throws Exception {
    Path fifo = dir.resolve("pipe.txt");
    Process p = new ProcessBuilder("mkfifo", fifo.toString()).start();
    assumeThat(p.waitFor(10, TimeUnit.SECONDS) && p.exitValue() == 0)
        .as("mkfifo available")
        .isTrue();
    write("z.txt", "Title\nBody.");
    List<Ingested> all = Fixtures.ingest(dir.toString());
    assertThat(all)
        .extracting(InputWalkTest::summary)
        .containsExactly("FAILED UNSUPPORTED pipe.txt", "READ z.txt");
    assertThat(((Ingested.Failed) all.get(0)).reason()).contains("not a regular file");
  }

  @Test
  void fileWithoutReadPermissionIsUnreadable() throws IOException {
    assumeThat(System.getProperty("user.name")).as("root reads everything").isNotEqualTo("root");
    Path p = write("secret.txt", "Title\nBody.");
    Files.setPosixFilePermissions(p, PosixFilePermissions.fromString("---------"));
    write("z.txt", "Title\nBody.");
    List<Ingested> all = Fixtures.ingest(dir.toString());
    assertThat(all)
        .extracting(InputWalkTest::summary)
        .containsExactly("FAILED UNREADABLE secret.txt", "READ z.txt");
    assertThat(((Ingested.Failed) all.get(0)).reason()).startsWith("permission denied reading");
  }

  @Test
  void inputsKeepTheirOrder() throws IOException {
    Path b = write("b.txt", "Title b\nBody b.");
    Path a = write("a.txt", "Title a\nBody a.");
    assertThat(Fixtures.ingest(b.toString(), "missing.txt", a.toString()))
        .extracting(InputWalkTest::summary)
        .containsExactly("READ b.txt", "FAILED NO_SUCH_FILE missing.txt", "READ a.txt");
  }

  @Test
  void stdinIsReadWithIdDash() {
    Ingested i =
        withStdin(
            "قصف على حلب\nحلب - سمارت\nقصفت الطائرات أحياء حلب.",
            () -> Fixtures.ingest("-").get(0));
    assertThat(summary(i)).isEqualTo("READ -");
    assertThat(((Ingested.Read) i).document().outlet()).contains("Smart News");
  }

  @Test
  void stdinStartingWithABraceIsJsonLines() {
    List<Ingested> all =
        withStdin(
            "{\"id\": \"x1\", \"text\": \"One.\"}\n{\"id\": \"x2\", \"text\": \"Two.\"}\n",
            () -> Fixtures.ingest("-"));
    assertThat(all).extracting(InputWalkTest::summary).containsExactly("READ x1", "READ x2");
  }

  @Test
  void forcedJsonlReadsAnyFileAsJsonLines() throws IOException {
    Path p = write("feed.txt", "{\"id\": \"j1\", \"text\": \"One.\"}\n");
    IngestOptions o = IngestOptions.defaults().withFormat(InputFormat.JSONL);
    assertThat(Fixtures.ingest(o, p.toString()))
        .extracting(InputWalkTest::summary)
        .containsExactly("READ j1");
  }

  @Test
  void fileThatIsNotJsonUnderForcedJsonlFailsPerLine() throws IOException {
    Path p = write("feed.txt", "Title\nBody.\n");
    IngestOptions o = IngestOptions.defaults().withFormat(InputFormat.JSONL);
    assertThat(Fixtures.ingest(o, p.toString()))
        .extracting(InputWalkTest::summary)
        .containsExactly("FAILED INVALID_RECORD " + p + ":1", "FAILED INVALID_RECORD " + p + ":2");
  }

  private static <T> T withStdin(String text, java.util.function.Supplier<T> body) {
    InputStream old = System.in;
    System.setIn(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
    try {
      return body.get();
    } finally {
      System.setIn(old);
    }
  }
}
