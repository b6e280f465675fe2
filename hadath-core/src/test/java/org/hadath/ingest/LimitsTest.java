package org.hadath.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Size limits: a huge input is not read whole, fails with a reason, and the batch goes on. */
class LimitsTest {
  @TempDir Path dir;

  @Test
  void fiftyMegabytesWithoutLineBreaksFailsTooLargeAndTheNextFileIsRead() throws IOException {
    Path big = dir.resolve("a-big.txt");
    byte[] chunk = new byte[1 << 20];
    Arrays.fill(chunk, (byte) 'x');
    try (OutputStream out = Files.newOutputStream(big)) {
      for (int i = 0; i < 50; i++) {
        out.write(chunk);
      }
    }
    Files.writeString(dir.resolve("b-small.txt"), "Title\nBody.", StandardCharsets.UTF_8);
    List<Ingested> all = Fixtures.ingest(dir.toString());
    assertThat(all).hasSize(2);
    Ingested.Failed f = (Ingested.Failed) all.get(0);
    assertThat(f.cause()).isEqualTo(Ingested.Cause.TOO_LARGE);
    assertThat(f.reason())
        .contains("more than 2000000 characters (reading stopped after 8000000 bytes)");
    assertThat(all.get(1)).isInstanceOf(Ingested.Read.class);
  }

  @Test
  void documentOverTheCharacterLimitFails() throws IOException {
    Path p = dir.resolve("long.txt");
    Files.writeString(p, "Title\n" + "ب".repeat(200), StandardCharsets.UTF_8);
    IngestOptions o = IngestOptions.defaults().withMaxDocumentChars(100);
    Ingested.Failed f = (Ingested.Failed) Fixtures.ingest(o, p.toString()).get(0);
    assertThat(f.cause()).isEqualTo(Ingested.Cause.TOO_LARGE);
  }

  @Test
  void documentAtTheCharacterLimitIsRead() throws IOException {
    Path p = dir.resolve("exact.txt");
    Files.writeString(p, "ب".repeat(100), StandardCharsets.UTF_8);
    IngestOptions o = IngestOptions.defaults().withMaxDocumentChars(100);
    assertThat(Fixtures.ingest(o, p.toString()).get(0)).isInstanceOf(Ingested.Read.class);
  }

  @Test
  void tooLongJsonlLineFailsAndTheNextLineIsRead() throws IOException {
    Path p = dir.resolve("feed.jsonl");
    Files.writeString(
        p,
        "{\"id\": \"long\", \"text\": \""
            + "x".repeat(100_000)
            + "\"}\n{\"id\": \"short\", \"text\": \"Body.\"}\n",
        StandardCharsets.UTF_8);
    IngestOptions o = IngestOptions.defaults().withMaxDocumentChars(500);
    List<Ingested> all = Fixtures.ingest(o, p.toString());
    assertThat(all).extracting(Ingested::id).containsExactly(p + ":1", "short");
    assertThat(((Ingested.Failed) all.get(0)).cause()).isEqualTo(Ingested.Cause.TOO_LARGE);
  }

  @Test
  void jsonlTextOverTheLimitFailsWithItsId() throws IOException {
    Path p = dir.resolve("feed.jsonl");
    Files.writeString(
        p, "{\"id\": \"t\", \"text\": \"" + "x".repeat(150) + "\"}\n", StandardCharsets.UTF_8);
    IngestOptions o = IngestOptions.defaults().withMaxDocumentChars(100);
    Ingested.Failed f = (Ingested.Failed) Fixtures.ingest(o, p.toString()).get(0);
    assertThat(f.id()).isEqualTo("t");
    assertThat(f.cause()).isEqualTo(Ingested.Cause.TOO_LARGE);
  }
}
