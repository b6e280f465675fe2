package org.hadath.ingest.feed;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.hadath.ingest.Ingest;
import org.hadath.ingest.IngestOptions;
import org.hadath.ingest.IngestStream;
import org.hadath.ingest.Ingested;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Feeds from files and from a local HTTP server (no internet). */
class FeedIngestTest {
  private static final String PAGE =
      "<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>Link only</title></head><body>"
          + "<article><h1>Link only</h1><p>Gunmen attacked a checkpoint near Kirkuk on Monday,"
          + " killing two policemen, officials said.</p></article></body></html>";

  @TempDir Path dir;
  private HttpServer server;
  private String base;
  private final AtomicReference<String> userAgent = new AtomicReference<>();
  private final CountDownLatch release = new CountDownLatch(1);

  @BeforeEach
  void start() throws IOException {
    server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    base = "http://127.0.0.1:" + server.getAddress().getPort();
    String rss = FeedParserTest.RSS.replace("https://example.org/c", base + "/page/c");
    serve("/feed.rss", 200, "application/rss+xml; charset=utf-8", rss);
    serve("/page/c", 200, "text/html; charset=utf-8", PAGE);
    serve("/atom", 200, "application/atom+xml", FeedParserTest.ATOM);
    serve("/html", 200, "text/html", PAGE);
    serve("/gone", 404, "text/plain", "not here");
    server.createContext(
        "/loop",
        ex -> {
          ex.getResponseHeaders().add("Location", "/loop");
          ex.sendResponseHeaders(302, -1);
          ex.close();
        });
    server.createContext(
        "/moved",
        ex -> {
          ex.getResponseHeaders().add("Location", base + "/atom");
          ex.sendResponseHeaders(301, -1);
          ex.close();
        });
    server.createContext(
        "/big",
        ex -> {
          ex.sendResponseHeaders(200, 0);
          try (OutputStream o = ex.getResponseBody()) {
            byte[] chunk = new byte[1 << 16];
            java.util.Arrays.fill(chunk, (byte) 'a');
            for (int i = 0; i < 40; i++) {
              o.write(chunk);
            }
          } catch (IOException e) {
            // the client stopped reading: expected
          }
        });
    server.createContext(
        "/slow",
        ex -> {
          try {
            release.await(30, TimeUnit.SECONDS);
          } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
          }
          ex.close();
        });
    server.createContext(
        "/trickle",
        ex -> {
          ex.getResponseHeaders().add("Content-Type", "application/rss+xml");
          ex.sendResponseHeaders(200, 0);
          try (OutputStream o = ex.getResponseBody()) {
            // One byte every 50 ms: never idle long enough for a read timeout, never done.
            while (release.getCount() > 0) {
              o.write('<');
              o.flush();
              release.await(50, TimeUnit.MILLISECONDS);
            }
          } catch (IOException e) {
            // the client hung up: expected
          } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
          }
        });
    server.createContext(
        "/stall",
        ex -> {
          ex.getResponseHeaders().add("Content-Type", "application/rss+xml");
          ex.sendResponseHeaders(200, 0);
          try (OutputStream o = ex.getResponseBody()) {
            o.write("<rss>".getBytes(StandardCharsets.UTF_8));
            o.flush();
            release.await(30, TimeUnit.SECONDS); // then silence
          } catch (IOException e) {
            // the client hung up: expected
          } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
          }
        });
    server.setExecutor(java.util.concurrent.Executors.newCachedThreadPool());
    server.start();
  }

  @AfterEach
  void stop() {
    release.countDown();
    server.stop(0);
  }

  private void serve(String path, int status, String type, String body) {
    server.createContext(
        path,
        ex -> {
          userAgent.set(ex.getRequestHeaders().getFirst("User-Agent"));
          byte[] b = body.getBytes(StandardCharsets.UTF_8);
          ex.getResponseHeaders().add("Content-Type", type);
          ex.sendResponseHeaders(status, b.length);
          try (OutputStream o = ex.getResponseBody()) {
            o.write(b);
          }
        });
  }

  private static List<Ingested> read(String... inputs) {
    List<Ingested> out = new ArrayList<>();
    try (IngestStream s = Ingest.open(List.of(inputs), IngestOptions.defaults())) {
      s.forEach(out::add);
    }
    return out;
  }

  @Test
  void eachItemOfAFeedUrlIsADocumentAndALinkOnlyItemIsFetched() {
    List<Ingested> docs = read(base + "/feed.rss");
    assertThat(docs).hasSize(3).allMatch(d -> d instanceof Ingested.Read);
    var a = ((Ingested.Read) docs.get(0)).document();
    assertThat(a.id()).isEqualTo("ex-1001");
    assertThat(a.source()).isEqualTo(base + "/feed.rss#item1");
    assertThat(a.title()).contains("قصف على حي المشلب في الرقة");
    assertThat(a.url()).contains("https://example.org/2017/06/raqqa");
    assertThat(a.published()).contains(LocalDate.of(2017, 6, 15));
    assertThat(a.text()).contains("قتل عشرة مدنيين في قصف على حي المشلب.");
    var c = ((Ingested.Read) docs.get(2)).document();
    assertThat(c.url()).contains(base + "/page/c");
    assertThat(c.text()).contains("Gunmen attacked a checkpoint near Kirkuk");
    assertThat(userAgent.get()).startsWith("hadath/");
  }

  @Test
  void redirectsAreFollowed() {
    List<Ingested> docs = read(base + "/moved");
    assertThat(docs).hasSize(1);
    assertThat(((Ingested.Read) docs.get(0)).document().text()).contains("Two killed.");
  }

  @Test
  void failuresNameTheUrlAndWhatWentWrong() {
    List<Ingested> docs = read(base + "/gone", base + "/loop", base + "/html");
    assertThat(docs).hasSize(3).allMatch(d -> d instanceof Ingested.Failed);
    assertThat(((Ingested.Failed) docs.get(0)).reason())
        .isEqualTo("'" + base + "/gone' answered HTTP 404 (not found); check the address");
    assertThat(((Ingested.Failed) docs.get(1)).reason())
        .startsWith("too many redirects: '" + base + "/loop' still redirects after 5");
    assertThat(((Ingested.Failed) docs.get(2)).reason())
        .startsWith("'" + base + "/html' is not an RSS or Atom feed (it starts with '<!DOCTYPE");
  }

  @Test
  void aBodyOverTheSizeLimitFailsAsTooLarge() {
    HttpFetcher f = new HttpFetcher();
    HttpFetcher.FetchException e =
        org.junit.jupiter.api.Assertions.assertThrows(
            HttpFetcher.FetchException.class, () -> f.fetch(base + "/big", 100_000));
    assertThat(e.getMessage())
        .startsWith("'" + base + "/big' is too large: more than 100000 bytes");
  }

  @Test
  void aServerThatDoesNotAnswerTimesOut() {
    HttpFetcher f = new HttpFetcher(Duration.ofSeconds(5), Duration.ofMillis(1500));
    HttpFetcher.FetchException e =
        org.junit.jupiter.api.Assertions.assertThrows(
            HttpFetcher.FetchException.class, () -> f.fetch(base + "/slow", 1000));
    // On a loaded machine the request timeout may fire while still connecting.
    assertThat(e.getMessage())
        .matches(
            "timed out (after 1\\.5 s waiting for|connecting to) '"
                + java.util.regex.Pattern.quote(base + "/slow")
                + "'.*");
  }

  @Test
  void aServerThatTricklesItsBodyIsCutOffAtTheTotalTimeLimit() {
    HttpFetcher f =
        new HttpFetcher(Duration.ofSeconds(5), Duration.ofSeconds(20), Duration.ofSeconds(1));
    HttpFetcher.FetchException e =
        org.junit.jupiter.api.Assertions.assertThrows(
            HttpFetcher.FetchException.class, () -> f.fetch(base + "/trickle", 1_000_000));
    assertThat(e.getMessage())
        .matches(
            "'"
                + java.util.regex.Pattern.quote(base + "/trickle")
                + "' took longer than the total time limit of 1 s \\(\\d+ bytes of the body"
                + " received\\); the server sends too slowly or stopped sending, try again later");
  }

  @Test
  void aServerThatStopsSendingInTheMiddleOfTheBodyIsCutOffAtTheTotalTimeLimit() {
    HttpFetcher f =
        new HttpFetcher(Duration.ofSeconds(5), Duration.ofSeconds(20), Duration.ofSeconds(1));
    HttpFetcher.FetchException e =
        org.junit.jupiter.api.Assertions.assertThrows(
            HttpFetcher.FetchException.class, () -> f.fetch(base + "/stall", 1_000_000));
    assertThat(e.getMessage())
        .startsWith("'" + base + "/stall' took longer than the total time limit of 1 s (")
        .contains(" bytes of the body received)");
  }

  @Test
  void feedFilesAreReadByNameOrByTheirFirstElement() throws IOException {
    Path rss =
        Files.writeString(
            dir.resolve("news.rss"),
            FeedParserTest.RSS.replace(
                "<item><title>Link only</title><link>https://example.org/c</link></item>", ""));
    Path xml = Files.writeString(dir.resolve("atom.xml"), FeedParserTest.ATOM);
    Path noExt = Files.writeString(dir.resolve("feed"), FeedParserTest.ATOM);
    List<Ingested> docs = read(rss.toString(), xml.toString(), noExt.toString());
    assertThat(docs).hasSize(4).allMatch(d -> d instanceof Ingested.Read);
    assertThat(((Ingested.Read) docs.get(1)).document().text()).contains("Only a summary.");
  }

  @Test
  void anXmlFileThatIsNotAFeedIsSkippedInADirectoryAndFailsWhenNamed() throws IOException {
    Path d = Files.createDirectories(dir.resolve("d"));
    Path sitemap = Files.writeString(d.resolve("sitemap.xml"), "<?xml version=\"1.0\"?><urlset/>");
    assertThat(read(d.toString())).isEmpty();
    List<Ingested> named = read(sitemap.toString());
    assertThat(named).hasSize(1);
    assertThat(((Ingested.Failed) named.get(0)).reason()).contains("is not an RSS or Atom feed");
  }

  @Test
  void urlsAreNeverMissingInputs() {
    assertThat(Ingest.missing(List.of("https://example.org/feed", "no/such/file")))
        .containsExactly("no/such/file");
  }
}
