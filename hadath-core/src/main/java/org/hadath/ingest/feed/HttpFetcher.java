package org.hadath.ingest.feed;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * Fetches feeds and pages over HTTP(S) ({@link java.net.http.HttpClient}).
 *
 * <p>Rules:
 *
 * <ul>
 *   <li>Only {@code http} and {@code https} URLs are fetched.
 *   <li>Connecting must take at most the connect timeout (default 10 s) and the response headers
 *       must arrive within the read timeout (default 30 s).
 *   <li>The whole fetch of one URL, body included, must end within the total time limit (default 60
 *       s): a server that trickles its body, or stops sending in the middle, is cut off there and
 *       the fetch fails with the bytes received so far named.
 *   <li>Redirects (301, 302, 303, 307, 308) are followed, at most {@value #MAX_REDIRECTS}, and only
 *       to http(s); relative {@code Location}s are resolved against the URL that sent them.
 *   <li>A body longer than the size limit is not read past it: the fetch fails as too large.
 *   <li>Requests carry {@code User-Agent: hadath/VERSION (+https://github.com/hadath)} and accept
 *       feeds, HTML and text.
 *   <li>Every failure is a {@link FetchException} whose message names the URL and says what went
 *       wrong: HTTP status, timeout, too large, too many redirects, connection refused.
 * </ul>
 */
public final class HttpFetcher {
  public static final int MAX_REDIRECTS = 5;
  public static final Duration DEFAULT_CONNECT_TIMEOUT = Duration.ofSeconds(10);
  public static final Duration DEFAULT_READ_TIMEOUT = Duration.ofSeconds(30);
  public static final Duration DEFAULT_TOTAL_TIMEOUT = Duration.ofSeconds(60);
  public static final String USER_AGENT = "hadath/0.1.0 (+https://github.com/hadath)";

  /** A fetched body. */
  public record Fetched(String url, byte[] data, int length, Optional<String> charset) {}

  /** A fetch that failed; the message names the URL, what went wrong and how to fix it. */
  public static final class FetchException extends Exception {
    private static final long serialVersionUID = 1L;

    public FetchException(String message) {
      super(message);
    }
  }

  private final HttpClient client;
  private final Duration readTimeout;
  private final Duration totalTimeout;

  public HttpFetcher() {
    this(DEFAULT_CONNECT_TIMEOUT, DEFAULT_READ_TIMEOUT);
  }

  public HttpFetcher(Duration connectTimeout, Duration readTimeout) {
    this(connectTimeout, readTimeout, DEFAULT_TOTAL_TIMEOUT);
  }

  /**
   * @param totalTimeout the longest one URL may take, from the request to the last byte of the body
   *     (redirects each get their own)
   */
  public HttpFetcher(Duration connectTimeout, Duration readTimeout, Duration totalTimeout) {
    this.totalTimeout = totalTimeout;
    this.client =
        HttpClient.newBuilder()
            .connectTimeout(connectTimeout)
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();
    this.readTimeout = readTimeout;
  }

  private static final class Shared {
    static final HttpFetcher INSTANCE = new HttpFetcher();
  }

  /** The fetcher ingest uses, with the default timeouts (created on first use). */
  public static HttpFetcher shared() {
    return Shared.INSTANCE;
  }

  /** Whether {@code input} is an http(s) URL rather than a path. */
  public static boolean isUrl(String input) {
    String s = input.toLowerCase(Locale.ROOT);
    return s.startsWith("http://") || s.startsWith("https://");
  }

  /** Fetches {@code url}, reading at most {@code maxBytes} of its body. */
  public Fetched fetch(String url, long maxBytes) throws FetchException {
    String current = url;
    for (int hop = 0; ; hop++) {
      long deadline = System.nanoTime() + totalTimeout.toNanos();
      URI uri;
      try {
        uri = new URI(current);
      } catch (URISyntaxException e) {
        throw new FetchException(
            "'" + current + "' is not a valid URL (" + e.getReason() + "); check the address");
      }
      String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
      if (!scheme.equals("http") && !scheme.equals("https") || uri.getHost() == null) {
        throw new FetchException(
            "'" + current + "' is not an http(s) URL; hadath fetches only http:// and https://");
      }
      HttpRequest req =
          HttpRequest.newBuilder(uri)
              .timeout(readTimeout)
              .header("User-Agent", USER_AGENT)
              .header(
                  "Accept",
                  "application/rss+xml, application/atom+xml, application/xml, text/xml,"
                      + " text/html, text/plain;q=0.9, */*;q=0.5")
              .GET()
              .build();
      HttpResponse<InputStream> resp;
      try {
        resp = client.send(req, HttpResponse.BodyHandlers.ofInputStream());
      } catch (HttpConnectTimeoutException e) {
        throw new FetchException(
            "timed out connecting to '" + current + "'; check the address or try again later");
      } catch (HttpTimeoutException e) {
        throw new FetchException(
            "timed out after "
                + seconds(readTimeout)
                + " s waiting for '"
                + current
                + "'; the server is slow or down, try again later");
      } catch (IOException e) {
        throw new FetchException(
            "cannot fetch '" + current + "': " + e + "; check the address and the network");
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new FetchException("interrupted while fetching '" + current + "'");
      }
      int status = resp.statusCode();
      if (status == 301 || status == 302 || status == 303 || status == 307 || status == 308) {
        close(resp.body());
        Optional<String> loc = resp.headers().firstValue("Location");
        if (loc.isEmpty()) {
          throw new FetchException(
              "'" + current + "' answered HTTP " + status + " without a Location to go to");
        }
        if (hop >= MAX_REDIRECTS) {
          throw new FetchException(
              "too many redirects: '"
                  + url
                  + "' still redirects after "
                  + MAX_REDIRECTS
                  + " (last to '"
                  + loc.get()
                  + "'); give the final address");
        }
        try {
          current = uri.resolve(loc.get().strip()).toString();
        } catch (IllegalArgumentException e) {
          throw new FetchException(
              "'" + current + "' redirects to an invalid URL '" + loc.get() + "'");
        }
        continue;
      }
      if (status < 200 || status > 299) {
        close(resp.body());
        throw new FetchException(
            "'"
                + current
                + "' answered HTTP "
                + status
                + (status == 404 ? " (not found); check the address" : "")
                + (status >= 500 ? " (server error); try again later" : ""));
      }
      Optional<String> charset =
          resp.headers().firstValue("Content-Type").flatMap(HttpFetcher::charsetOf);
      return read(current, resp.body(), maxBytes, charset, deadline);
    }
  }

  /** Closes streams whose fetch ran out of time, so a read blocked on a silent server returns. */
  private static final java.util.concurrent.ScheduledExecutorService WATCHDOG =
      java.util.concurrent.Executors.newSingleThreadScheduledExecutor(
          r -> {
            Thread t = new Thread(r, "hadath-fetch-watchdog");
            t.setDaemon(true);
            return t;
          });

  private Fetched read(
      String url, InputStream body, long maxBytes, Optional<String> charset, long deadline)
      throws FetchException {
    java.util.concurrent.atomic.AtomicBoolean late =
        new java.util.concurrent.atomic.AtomicBoolean();
    java.util.concurrent.ScheduledFuture<?> cut =
        WATCHDOG.schedule(
            () -> {
              late.set(true);
              close(body);
            },
            Math.max(0, deadline - System.nanoTime()),
            java.util.concurrent.TimeUnit.NANOSECONDS);
    int len = 0;
    try (InputStream in = body) {
      int cap = (int) Math.min(maxBytes, Integer.MAX_VALUE - 64L);
      byte[] buf = new byte[Math.min(cap + 1, 64 * 1024)];
      while (true) {
        if (late.get() || System.nanoTime() - deadline > 0) {
          throw tooSlow(url, len);
        }
        if (len == buf.length) {
          if (len > cap) {
            break;
          }
          buf = Arrays.copyOf(buf, (int) Math.min((long) buf.length * 2, cap + 1L));
        }
        int r = in.read(buf, len, buf.length - len);
        if (r < 0) {
          break;
        }
        len += r;
      }
      if (late.get()) {
        throw tooSlow(url, len); // the watchdog closed the stream: the end was not the body's
      }
      if (len > cap) {
        throw new FetchException(
            "'"
                + url
                + "' is too large: more than "
                + maxBytes
                + " bytes; hadath reads at most that much (raise --max-chars for pages)");
      }
      return new Fetched(url, buf, len, charset);
    } catch (IOException e) {
      if (late.get()) {
        throw tooSlow(url, len);
      }
      throw new FetchException(
          "error reading '" + url + "': " + e + "; the connection broke, try again later");
    } finally {
      cut.cancel(false);
    }
  }

  private FetchException tooSlow(String url, int received) {
    return new FetchException(
        "'"
            + url
            + "' took longer than the total time limit of "
            + seconds(totalTimeout)
            + " s ("
            + received
            + " bytes of the body received); the server sends too slowly or stopped sending,"
            + " try again later");
  }

  private static String seconds(Duration d) {
    long ms = d.toMillis();
    return ms % 1000 == 0
        ? Long.toString(ms / 1000)
        : String.format(Locale.ROOT, "%.1f", ms / 1000.0);
  }

  private static Optional<String> charsetOf(String contentType) {
    for (String part : contentType.split(";")) {
      String p = part.strip();
      if (p.regionMatches(true, 0, "charset=", 0, 8)) {
        String c = p.substring(8).replace("\"", "").strip();
        return c.isEmpty() ? Optional.empty() : Optional.of(c);
      }
    }
    return Optional.empty();
  }

  private static void close(InputStream in) {
    try {
      in.close();
    } catch (IOException e) {
      // nothing to report: the response is abandoned
    }
  }
}
