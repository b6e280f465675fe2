package org.hadath.ingest.feed;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;

/**
 * Reads RSS 2.0 and Atom feeds into {@link FeedItem}s.
 *
 * <p>Rules:
 *
 * <ul>
 *   <li>A text is a feed when its first element (after the XML declaration, comments and processing
 *       instructions) is {@code <rss>}, {@code <feed>} (Atom) or {@code <rdf:RDF>} (RSS 1.0);
 *       {@link #isFeed} looks only at the start of the text.
 *   <li>Parsing is lenient (jsoup's XML parser): unclosed tags, undeclared entities and stray text
 *       do not lose the items before or after them.
 *   <li>Items are RSS {@code <item>} and Atom {@code <entry>} elements, in document order.
 *   <li>Title: {@code <title>} as text (HTML markup inside it removed).
 *   <li>Link: RSS {@code <link>} text; Atom {@code <link href>} with {@code rel="alternate"} or no
 *       {@code rel}; else an RSS {@code <guid>} that is an http(s) URL.
 *   <li>Body: the first non-blank of {@code content:encoded}, Atom {@code <content>}, {@code
 *       <description>}, {@code <summary>}; entity-escaped or CDATA HTML alike.
 *   <li>Date: the first readable of {@code pubDate} (RFC 822, e.g. {@code Tue, 13 Jun 2017 08:00:00
 *       +0300}), {@code published}, {@code updated}, {@code dc:date} (RFC 3339); the date is the
 *       calendar day in the feed's own offset (the publisher's day).
 *   <li>Id: {@code <guid>} or Atom {@code <id>}, else the link.
 * </ul>
 */
public final class FeedParser {
  private FeedParser() {}

  /** Whether {@code head} (the start of a text) opens an RSS or Atom feed. */
  public static boolean isFeed(String head) {
    int i = 0;
    int n = head.length();
    while (i < n) {
      char c = head.charAt(i);
      if (c == '\uFEFF' || Character.isWhitespace(c)) {
        i++;
      } else if (head.startsWith("<?", i)) {
        int e = head.indexOf("?>", i);
        if (e < 0) {
          return false;
        }
        i = e + 2;
      } else if (head.startsWith("<!--", i)) {
        int e = head.indexOf("-->", i);
        if (e < 0) {
          return false;
        }
        i = e + 3;
      } else if (head.regionMatches(true, i, "<!DOCTYPE", 0, 9)) {
        int e = head.indexOf('>', i);
        if (e < 0) {
          return false;
        }
        i = e + 1;
      } else {
        String rest = head.substring(i, Math.min(n, i + 10)).toLowerCase(Locale.ROOT);
        return rest.startsWith("<rss")
            || rest.startsWith("<feed")
            || rest.startsWith("<rdf:rdf")
            || rest.startsWith("<atom:feed");
      }
    }
    return false;
  }

  /** The items of a feed, in document order. */
  public static List<FeedItem> parse(String xml) {
    Document d = Jsoup.parse(xml, "", Parser.xmlParser());
    List<FeedItem> out = new ArrayList<>();
    for (Element e : d.getAllElements()) {
      String tag = e.tagName().toLowerCase(Locale.ROOT);
      if (tag.equals("item") || tag.equals("entry") || tag.equals("atom:entry")) {
        out.add(item(e));
      }
    }
    return out;
  }

  private static FeedItem item(Element e) {
    Optional<String> title = child(e, "title").map(FeedParser::asText);
    Optional<String> link = link(e);
    Optional<String> html =
        child(e, "content:encoded")
            .or(() -> child(e, "content"))
            .or(() -> child(e, "description"))
            .or(() -> child(e, "summary"));
    Optional<LocalDate> published = Optional.empty();
    for (String name : new String[] {"pubDate", "published", "updated", "dc:date"}) {
      Optional<LocalDate> d = child(e, name).flatMap(FeedParser::date);
      if (d.isPresent()) {
        published = d;
        break;
      }
    }
    Optional<String> id = child(e, "guid").or(() -> child(e, "id")).or(() -> link);
    return new FeedItem(id, title, link, published, html);
  }

  private static Optional<String> link(Element e) {
    for (Element c : e.children()) {
      String tag = c.tagName().toLowerCase(Locale.ROOT);
      if (!tag.equals("link") && !tag.equals("atom:link")) {
        continue;
      }
      String href = c.attr("href").strip();
      String rel = c.attr("rel").strip();
      if (!href.isEmpty() && (rel.isEmpty() || rel.equalsIgnoreCase("alternate"))) {
        return Optional.of(href);
      }
      String text = c.text().strip();
      if (!text.isEmpty() && href.isEmpty()) {
        return Optional.of(text);
      }
    }
    return child(e, "guid").filter(g -> g.startsWith("http://") || g.startsWith("https://"));
  }

  /** The stripped text of the first direct child named {@code name} that is not blank. */
  private static Optional<String> child(Element e, String name) {
    for (Element c : e.children()) {
      if (c.tagName().equalsIgnoreCase(name)) {
        // Unescaped markup (Atom type="xhtml", careless feeds) is element children: keep it as
        // HTML. CDATA and escaped HTML are text: the HTML as published.
        String s = c.children().isEmpty() ? c.wholeText().strip() : c.html().strip();
        if (!s.isEmpty()) {
          return Optional.of(s);
        }
      }
    }
    return Optional.empty();
  }

  private static String asText(String maybeHtml) {
    return maybeHtml.indexOf('<') >= 0 ? Jsoup.parse(maybeHtml).text() : maybeHtml.strip();
  }

  /** An RFC 822 or RFC 3339 date-time (or bare date) as the publisher's calendar day. */
  static Optional<LocalDate> date(String s) {
    String t = s.strip();
    try {
      return Optional.of(
          ZonedDateTime.parse(t, DateTimeFormatter.RFC_1123_DATE_TIME).toLocalDate());
    } catch (DateTimeParseException e) {
      // not RFC 822
    }
    try {
      return Optional.of(OffsetDateTime.parse(t).toLocalDate());
    } catch (DateTimeParseException e) {
      // not RFC 3339 with an offset
    }
    try {
      return Optional.of(LocalDate.parse(t.length() >= 10 ? t.substring(0, 10) : t));
    } catch (DateTimeParseException e) {
      return Optional.empty();
    }
  }
}
