package org.hadath.ingest.html;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.hadath.ingest.NameKey;
import org.hadath.model.Zone;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;

/**
 * Reads the article out of an HTML page: its visible text, one block per line, and the metadata in
 * the page's head.
 *
 * <p>Rules:
 *
 * <ul>
 *   <li><b>Content root.</b> The first of: the {@code [itemprop=articleBody]} element; the {@code
 *       <article>} with the most paragraph text; an element whose class or id is a known content
 *       class ({@code entry-content}, {@code article-body}, {@code td-post-content}, …); {@code
 *       <main>} or {@code [role=main]}; the element whose own paragraphs hold the most text; the
 *       body. A root with under {@value #MIN_ROOT_CHARS} chars of text gives way to the next rule.
 *   <li><b>Dropped.</b> Scripts, styles, forms, navigation, footers, asides, figures, embeds,
 *       hidden elements, and elements whose class or id names page furniture (share, social,
 *       comments, ads, newsletter, breadcrumbs, menus, sidebars, widgets, tags) — unless they hold
 *       most of the article's paragraph text.
 *   <li><b>Lines.</b> Each block element (p, div, h1–h6, li, blockquote, td, …) and each {@code
 *       <br>} ends a line; runs of white space become one space.
 *   <li><b>Headline.</b> The first line is the headline: the root's {@code <h1>}, else the page's
 *       first {@code <h1>}, else og:title, JSON-LD headline or {@code <title>}. It is known to be
 *       TITLE.
 *   <li><b>Known roles.</b> Lines inside an element whose class or id names a related list ({@code
 *       related}, {@code read-more}, {@code yarpp}, …) are RELATED; short lines inside a byline,
 *       author or date element are BYLINE (long author boxes are dropped).
 *   <li><b>Metadata.</b> url: link rel=canonical, og:url, JSON-LD url. title: og:title,
 *       twitter:title, JSON-LD headline, {@code <title>}. site name: og:site_name,
 *       application-name, JSON-LD publisher name. author: meta author, article:author (not a URL),
 *       JSON-LD author name, an author element's text. published: article:published_time, itemprop
 *       datePublished, JSON-LD datePublished, common date metas, the first {@code <time datetime>}
 *       in the content.
 * </ul>
 *
 * Never throws on bad markup: jsoup repairs it, unreadable JSON-LD is ignored.
 */
public final class HtmlExtractor {
  static final int MIN_ROOT_CHARS = 200;
  private static final int BYLINE_MAX_WORDS = 15;
  private static final int AUTHOR_MAX_WORDS = 5;
  private static final Pattern AUTHOR_CUE =
      Pattern.compile("(?i)(?:posted\\s+)?(?:by|بقلم|كتب|كتبه|إعداد)\\s*:?\\s+");
  private static final int JSON_LD_MAX_CHARS = 1_000_000;
  private static final ObjectMapper JSON = new ObjectMapper();

  private static final Set<String> DROP_TAGS =
      Set.of(
          "script",
          "style",
          "noscript",
          "template",
          "iframe",
          "svg",
          "canvas",
          "form",
          "button",
          "input",
          "select",
          "textarea",
          "nav",
          "footer",
          "aside",
          "object",
          "embed",
          "video",
          "audio",
          "figure",
          "picture",
          "img",
          "map",
          "dialog",
          "menu",
          "head",
          "link",
          "meta");

  private static final Set<String> BLOCK_TAGS =
      Set.of(
          "p",
          "div",
          "h1",
          "h2",
          "h3",
          "h4",
          "h5",
          "h6",
          "li",
          "ul",
          "ol",
          "dl",
          "dt",
          "dd",
          "blockquote",
          "pre",
          "table",
          "tr",
          "td",
          "th",
          "section",
          "article",
          "header",
          "main",
          "figcaption",
          "address",
          "hr",
          "center",
          "body",
          "html");

  /** Class or id words that name page furniture. */
  private static final Set<String> NOISE_WORDS =
      Set.of(
          "share",
          "sharing",
          "sharedaddy",
          "social",
          "socials",
          "comment",
          "comments",
          "respond",
          "disqus",
          "advert",
          "advertisement",
          "ad",
          "ads",
          "adsense",
          "banner",
          "sponsor",
          "sponsored",
          "promo",
          "newsletter",
          "subscribe",
          "subscription",
          "cookie",
          "cookies",
          "popup",
          "modal",
          "breadcrumb",
          "breadcrumbs",
          "menu",
          "nav",
          "navbar",
          "navigation",
          "sidebar",
          "widget",
          "widgets",
          "footer",
          "tags",
          "tagcloud",
          "print",
          "rating",
          "pagination",
          "pager",
          "toolbar");

  /** Class or id words that name a related-articles list. */
  private static final Set<String> RELATED_WORDS =
      Set.of(
          "related",
          "relatedposts",
          "jp-relatedposts",
          "yarpp",
          "readmore",
          "read-more",
          "more-stories",
          "also-read",
          "recommended",
          "more-news",
          "more-articles",
          "similar");

  /** Class or id words that name a byline, author or date block. */
  private static final Set<String> BYLINE_WORDS =
      Set.of(
          "byline",
          "author",
          "authors",
          "writer",
          "reporter",
          "dateline",
          "date",
          "time",
          "published",
          "posted-on",
          "entry-date",
          "post-date",
          "article-date",
          "entry-meta",
          "post-meta",
          "article-meta",
          "article-info",
          "meta-info");

  /** Class or id values (substrings) of article content containers. */
  private static final String[] CONTENT_CLASSES = {
    "entry-content",
    "post-content",
    "article-body",
    "articlebody",
    "article-content",
    "article_content",
    "article_body",
    "story-body",
    "story-content",
    "td-post-content",
    "field-name-body",
    "news-content",
    "single-content",
    "content-body",
    "article__body",
    "post-body",
    "article-text",
    "articletext",
    "news-details",
    "newsdetails",
    "news-body",
    "detail-content",
    "details-body",
    "article-details",
    "entry-body",
    "text-article"
  };

  private static final Pattern META_CHARSET =
      Pattern.compile(
          "<meta[^>]+charset\\s*=\\s*[\"']?\\s*([A-Za-z0-9._:-]+)", Pattern.CASE_INSENSITIVE);

  private HtmlExtractor() {}

  /**
   * The charset a page declares in its first 4 KB ({@code <meta charset>} or {@code <meta
   * http-equiv content="…; charset=…">}), if any.
   */
  public static Optional<String> declaredCharset(byte[] bytes, int len) {
    String head = new String(bytes, 0, Math.min(len, 4096), StandardCharsets.ISO_8859_1);
    Matcher m = META_CHARSET.matcher(head);
    return m.find() ? Optional.of(m.group(1)) : Optional.empty();
  }

  /**
   * Reads the page.
   *
   * @param html the markup, decoded
   * @param baseUri the page's address if known (resolves relative canonical links), else ""
   */
  public static HtmlPage extract(String html, String baseUri) {
    Document doc = Jsoup.parse(html, baseUri);
    Meta meta = new Meta();
    readHead(doc, meta);
    for (Element s : doc.select("script[type=application/ld+json]")) {
      String json = s.data();
      if (json.length() <= JSON_LD_MAX_CHARS) {
        readJsonLd(json, meta);
      }
    }
    Element body = doc.body();
    Element root = contentRoot(body);

    Element headlineEl = root.selectFirst("h1");
    if (headlineEl == null) {
      headlineEl = body.selectFirst("h1");
    }
    String headline = headlineEl == null ? null : clean(headlineEl.text());
    if (headline == null || headline.isEmpty()) {
      headlineEl = null;
      headline = meta.title != null ? meta.title : clean(doc.title());
    }

    Lines lines = new Lines();
    if (headline != null && !headline.isEmpty()) {
      lines.add(headline, Zone.Kind.TITLE);
    }
    if (meta.author == null) {
      meta.author = authorFromElements(root);
    }
    int rootChars = root.text().length();
    walk(root, headlineEl, rootChars, lines, meta);
    for (Element more : continuation(root)) {
      walk(more, headlineEl, rootChars, lines, meta);
    }

    if (meta.published == null) {
      Element t = root.selectFirst("time[datetime]");
      if (t == null) {
        t = body.selectFirst("time[datetime]");
      }
      if (t != null) {
        meta.published = parseDate(t.attr("datetime")).orElse(null);
      }
    }
    return new HtmlPage(
        lines.text.toString(),
        lines.known,
        Optional.ofNullable(meta.url),
        Optional.ofNullable(meta.title).or(() -> Optional.ofNullable(emptyToNull(doc.title()))),
        Optional.ofNullable(meta.siteName),
        Optional.ofNullable(meta.author),
        Optional.ofNullable(meta.published));
  }

  private static final class Meta {
    String url;
    String title;
    String siteName;
    String author;
    LocalDate published;
  }

  private static void readHead(Document doc, Meta meta) {
    meta.url = firstAttr(doc, "link[rel=canonical]", "abs:href");
    if (meta.url == null) {
      meta.url = firstAttr(doc, "meta[property=og:url]", "content");
    }
    meta.title = firstAttr(doc, "meta[property=og:title]", "content");
    if (meta.title == null) {
      meta.title = firstAttr(doc, "meta[name=twitter:title]", "content");
    }
    meta.siteName = firstAttr(doc, "meta[property=og:site_name]", "content");
    if (meta.siteName == null) {
      meta.siteName = firstAttr(doc, "meta[name=application-name]", "content");
    }
    meta.author = firstAttr(doc, "meta[name=author]", "content");
    if (meta.author == null) {
      String a = firstAttr(doc, "meta[property=article:author]", "content");
      if (a != null && !a.startsWith("http")) {
        meta.author = a;
      }
    }
    String[] dateSelectors = {
      "meta[property=article:published_time]",
      "meta[itemprop=datePublished]",
      "meta[name=pubdate]",
      "meta[name=publishdate]",
      "meta[name=publish-date]",
      "meta[name=date]",
      "meta[name=DC.date.issued]",
      "meta[name=dcterms.created]",
      "meta[name=sailthru.date]",
      "meta[name=parsely-pub-date]",
      "meta[property=og:published_time]"
    };
    for (String sel : dateSelectors) {
      String v = firstAttr(doc, sel, "content");
      if (v != null) {
        Optional<LocalDate> d = parseDate(v);
        if (d.isPresent()) {
          meta.published = d.get();
          break;
        }
      }
    }
    if (meta.published == null) {
      Element t = doc.selectFirst("[itemprop=datePublished][datetime]");
      if (t != null) {
        meta.published = parseDate(t.attr("datetime")).orElse(null);
      }
    }
  }

  private static String firstAttr(Document doc, String selector, String attr) {
    Element e = doc.selectFirst(selector);
    if (e == null) {
      return null;
    }
    return emptyToNull(clean(e.attr(attr)));
  }

  private static void readJsonLd(String json, Meta meta) {
    JsonNode node;
    try {
      node = JSON.readTree(json);
    } catch (JsonProcessingException | RuntimeException e) {
      return; // unreadable JSON-LD says nothing; the page is still read
    }
    Deque<JsonNode> todo = new ArrayDeque<>();
    todo.add(node);
    int visited = 0;
    while (!todo.isEmpty() && visited++ < 1000) {
      JsonNode n = todo.poll();
      if (n == null) {
        continue;
      }
      if (n.isArray()) {
        n.forEach(todo::add);
        continue;
      }
      if (!n.isObject()) {
        continue;
      }
      if (n.has("@graph")) {
        todo.add(n.get("@graph"));
      }
      if (!isArticleType(n.get("@type"))) {
        continue;
      }
      if (meta.title == null) {
        meta.title = text(n.get("headline"));
      }
      if (meta.published == null) {
        String d = text(n.get("datePublished"));
        if (d != null) {
          meta.published = parseDate(d).orElse(null);
        }
      }
      if (meta.author == null) {
        meta.author = personName(n.get("author"));
      }
      if (meta.siteName == null) {
        JsonNode p = n.get("publisher");
        if (p != null && p.isObject()) {
          meta.siteName = text(p.get("name"));
        }
      }
      if (meta.url == null) {
        meta.url = text(n.get("url"));
      }
    }
  }

  private static boolean isArticleType(JsonNode type) {
    if (type == null) {
      return false;
    }
    if (type.isArray()) {
      for (JsonNode t : type) {
        if (isArticleType(t)) {
          return true;
        }
      }
      return false;
    }
    String t = type.asText("");
    return t.endsWith("Article") || t.equals("ReportageNews") || t.equals("BlogPosting");
  }

  private static String personName(JsonNode a) {
    if (a == null) {
      return null;
    }
    if (a.isArray()) {
      return a.size() > 0 ? personName(a.get(0)) : null;
    }
    if (a.isObject()) {
      return text(a.get("name"));
    }
    return text(a);
  }

  private static String text(JsonNode n) {
    if (n == null || !n.isValueNode()) {
      return null;
    }
    return emptyToNull(clean(n.asText("")));
  }

  /** The publication date in an ISO-like date or date-time ("2017-06-15T10:00:00+03:00"). */
  public static Optional<LocalDate> parseDate(String s) {
    String t = s.strip();
    if (t.length() < 10) {
      return Optional.empty();
    }
    char sep = t.charAt(4);
    if ((sep != '-' && sep != '/') || t.charAt(7) != sep) {
      return Optional.empty();
    }
    for (int i : new int[] {0, 1, 2, 3, 5, 6, 8, 9}) {
      if (t.charAt(i) < '0' || t.charAt(i) > '9') {
        return Optional.empty();
      }
    }
    if (t.length() > 10 && Character.isDigit(t.charAt(10))) {
      return Optional.empty();
    }
    try {
      return Optional.of(
          LocalDate.of(
              Integer.parseInt(t.substring(0, 4)),
              Integer.parseInt(t.substring(5, 7)),
              Integer.parseInt(t.substring(8, 10))));
    } catch (DateTimeException e) {
      return Optional.empty();
    }
  }

  // ---- content root ----

  private static Element contentRoot(Element body) {
    Element e = body.selectFirst("[itemprop=articleBody]");
    if (e != null && e.text().length() >= MIN_ROOT_CHARS) {
      return e;
    }
    Element best = null;
    int bestChars = 0;
    for (Element a : body.select("article")) {
      int c = paragraphChars(a);
      if (c > bestChars) {
        best = a;
        bestChars = c;
      }
    }
    if (best != null && best.text().length() >= MIN_ROOT_CHARS) {
      return best;
    }
    for (Element c : body.getAllElements()) {
      String cls = (c.className() + " " + c.id()).toLowerCase(Locale.ROOT);
      if (cls.isBlank()) {
        continue;
      }
      for (String k : CONTENT_CLASSES) {
        if (cls.contains(k) && c.text().length() >= MIN_ROOT_CHARS) {
          return c;
        }
      }
    }
    e = body.selectFirst("main, [role=main]");
    if (e != null && e.text().length() >= MIN_ROOT_CHARS) {
      return e;
    }
    // The element whose own paragraphs hold the most text.
    Map<Element, Integer> score = new IdentityHashMap<>();
    for (Element p : body.select("p")) {
      int len = p.text().length();
      if (len < 25 || p.parent() == null) {
        continue;
      }
      score.merge(p.parent(), len, Integer::sum);
    }
    Element top = null;
    int topScore = 0;
    for (Map.Entry<Element, Integer> s : score.entrySet()) {
      if (s.getValue() > topScore) {
        top = s.getKey();
        topScore = s.getValue();
      }
    }
    if (top != null && topScore >= MIN_ROOT_CHARS) {
      return top;
    }
    return body;
  }

  /** The shortest bare paragraph after the root that shows the root was closed too early. */
  static final int CONTINUATION_MIN_CHARS = 80;

  private static final Set<String> CONTINUATION_TAGS =
      Set.of("p", "div", "table", "blockquote", "section", "center", "font", "span", "b", "i");

  /**
   * Article paragraphs a stray end tag pushed out of the content root ({@code </div>} one too many
   * in the middle of the story): when the element right after the root is a bare {@code <p>} of at
   * least {@value #CONTINUATION_MIN_CHARS} chars, the root's following siblings that hold
   * paragraphs are content too, furniture among them (share links, comments) is passed over, and
   * the run ends at the first dropped tag (nav, footer, aside, form), related block or element
   * without paragraph text. Well-formed pages keep their paragraphs inside the root, so this
   * changes nothing for them.
   */
  private static List<Element> continuation(Element root) {
    if (root.parent() == null || root.normalName().equals("body")) {
      return List.of();
    }
    Element next = root.nextElementSibling();
    if (next == null
        || !next.normalName().equals("p")
        || next.text().length() < CONTINUATION_MIN_CHARS
        || role(next) != Role.NONE) {
      return List.of();
    }
    List<Element> out = new ArrayList<>();
    for (Element e = next; e != null; e = e.nextElementSibling()) {
      String tag = e.normalName();
      if (DROP_TAGS.contains(tag) || hidden(e)) {
        break;
      }
      Role role = role(e);
      if (role == Role.NOISE) {
        continue;
      }
      if (role != Role.NONE || !CONTINUATION_TAGS.contains(tag)) {
        break;
      }
      if (tag.equals("p") ? e.text().isBlank() : e.selectFirst("p") == null) {
        if (e.text().isBlank()) {
          continue; // the empty paragraph a stray </p> leaves
        }
        break;
      }
      out.add(e);
    }
    return out;
  }

  private static int paragraphChars(Element e) {
    int n = 0;
    for (Element p : e.select("p")) {
      n += p.text().length();
    }
    return n;
  }

  // ---- text ----

  private static final class Lines {
    final StringBuilder text = new StringBuilder();
    final List<HtmlPage.KnownLine> known = new ArrayList<>();
    final StringBuilder cur = new StringBuilder();
    Zone.Kind curKind;

    void add(String line, Zone.Kind kind) {
      flush();
      cur.append(line);
      curKind = kind;
      flush();
    }

    void append(String s, Zone.Kind kind) {
      for (int i = 0; i < s.length(); i++) {
        char c = s.charAt(i);
        if (isSpace(c)) {
          if (cur.length() > 0 && cur.charAt(cur.length() - 1) != ' ') {
            cur.append(' ');
          }
        } else {
          if (cur.length() == 0) {
            curKind = kind;
          }
          cur.append(c);
        }
      }
    }

    void flush() {
      // Trim spaces and invisible marks (RLM, zero-width space) so lines start where the page
      // analyzer's trimmed lines start.
      int from = 0;
      int end = cur.length();
      while (from < end && NameKey.isBlank(cur.charAt(from))) {
        from++;
      }
      while (end > from && NameKey.isBlank(cur.charAt(end - 1))) {
        end--;
      }
      if (end > from) {
        if (text.length() > 0) {
          text.append('\n');
        }
        int start = text.length();
        text.append(cur, from, end);
        if (curKind != null) {
          known.add(new HtmlPage.KnownLine(start, curKind));
        }
      }
      cur.setLength(0);
      curKind = null;
    }
  }

  private static void walk(Element root, Element headline, int rootChars, Lines lines, Meta meta) {
    Deque<Element> kindOwners = new ArrayDeque<>();
    Deque<Zone.Kind> kinds = new ArrayDeque<>();
    NodeTraversor.filter(
        new NodeFilter() {
          @Override
          public FilterResult head(Node node, int depth) {
            if (node instanceof TextNode) {
              lines.append(((TextNode) node).text(), kinds.peek());
              return FilterResult.CONTINUE;
            }
            if (!(node instanceof Element)) {
              return FilterResult.SKIP_ENTIRELY;
            }
            Element e = (Element) node;
            String tag = e.normalName();
            if (e == headline) {
              return FilterResult.SKIP_ENTIRELY;
            }
            if (e != root && (DROP_TAGS.contains(tag) || hidden(e))) {
              return FilterResult.SKIP_ENTIRELY;
            }
            if (tag.equals("br")) {
              lines.flush();
              return FilterResult.CONTINUE;
            }
            boolean block = BLOCK_TAGS.contains(tag);
            if (e != root) {
              Role role = role(e);
              if (role == Role.NOISE && e.text().length() * 2 < rootChars) {
                return FilterResult.SKIP_ENTIRELY;
              }
              if (role == Role.BYLINE) {
                int words = wordCount(e.text());
                if (words > BYLINE_MAX_WORDS) {
                  return FilterResult.SKIP_ENTIRELY; // an author box with a biography
                }
                if (block) {
                  lines.flush();
                  kindOwners.push(e);
                  kinds.push(Zone.Kind.BYLINE);
                }
              } else if (role == Role.RELATED) {
                lines.flush();
                kindOwners.push(e);
                kinds.push(Zone.Kind.RELATED);
              }
            }
            if (block) {
              lines.flush();
            }
            return FilterResult.CONTINUE;
          }

          @Override
          public FilterResult tail(Node node, int depth) {
            if (node instanceof Element) {
              Element e = (Element) node;
              if (BLOCK_TAGS.contains(e.normalName())) {
                lines.flush();
              }
              if (!kindOwners.isEmpty() && kindOwners.peek() == e) {
                lines.flush();
                kindOwners.pop();
                kinds.pop();
              }
            }
            return FilterResult.CONTINUE;
          }
        },
        root);
    lines.flush();
  }

  private enum Role {
    NONE,
    NOISE,
    RELATED,
    BYLINE
  }

  private static Role role(Element e) {
    String cls = e.className();
    String id = e.id();
    if (cls.isEmpty() && id.isEmpty()) {
      return Role.NONE;
    }
    Role r = Role.NONE;
    String all = cls.isEmpty() ? id : id.isEmpty() ? cls : cls + " " + id;
    int n = all.length();
    int i = 0;
    while (i < n) {
      while (i < n && Character.isWhitespace(all.charAt(i))) {
        i++;
      }
      int start = i;
      while (i < n && !Character.isWhitespace(all.charAt(i))) {
        i++;
      }
      if (start == i) {
        break;
      }
      Role nr = roleOfName(all.substring(start, i).toLowerCase(Locale.ROOT));
      if (nr == Role.RELATED) {
        return nr;
      }
      if (nr != Role.NONE && r == Role.NONE) {
        r = nr;
      }
    }
    return r;
  }

  /** The role a class or id names: the whole name, or a word of it split at '-' or '_'. */
  private static Role roleOfName(String name) {
    if (RELATED_WORDS.contains(name)) {
      return Role.RELATED;
    }
    if (NOISE_WORDS.contains(name)) {
      return Role.NOISE;
    }
    if (BYLINE_WORDS.contains(name)) {
      return Role.BYLINE;
    }
    boolean noise = false;
    boolean byline = false;
    int start = 0;
    for (int i = 0; i <= name.length(); i++) {
      if (i == name.length() || name.charAt(i) == '-' || name.charAt(i) == '_') {
        if (i > start) {
          String w = name.substring(start, i);
          if (RELATED_WORDS.contains(w)) {
            return Role.RELATED;
          }
          noise |= NOISE_WORDS.contains(w);
          byline |= BYLINE_WORDS.contains(w);
        }
        start = i + 1;
      }
    }
    return noise ? Role.NOISE : byline ? Role.BYLINE : Role.NONE;
  }

  /**
   * The author named by an author element in the content ({@code [rel=author]}, {@code
   * [itemprop=author]}, class {@code author} or {@code fn}), else by a byline element without its
   * leading "By" or «بقلم»; at most {@value #AUTHOR_MAX_WORDS} words.
   */
  private static String authorFromElements(Element root) {
    for (Element e :
        root.select("[rel=author], [itemprop=author], .author, .fn, .byline, .writer")) {
      String t = clean(e.text());
      Matcher m = AUTHOR_CUE.matcher(t);
      if (m.lookingAt()) {
        t = t.substring(m.end()).strip();
      }
      int words = t.isEmpty() ? 0 : t.split(" ").length;
      if (words > 0 && words <= AUTHOR_MAX_WORDS) {
        return t;
      }
    }
    return null;
  }

  private static int wordCount(String s) {
    int words = 0;
    boolean in = false;
    for (int i = 0; i < s.length(); i++) {
      boolean space = isSpace(s.charAt(i));
      if (!space && !in) {
        words++;
      }
      in = !space;
    }
    return words;
  }

  private static boolean hidden(Element e) {
    if (e.hasAttr("hidden") || "true".equals(e.attr("aria-hidden"))) {
      return true;
    }
    String style = e.attr("style");
    if (style.isEmpty()) {
      return false;
    }
    String s = style.toLowerCase(Locale.ROOT).replace(" ", "");
    return s.contains("display:none") || s.contains("visibility:hidden");
  }

  private static boolean isSpace(char c) {
    return Character.isWhitespace(c) || Character.isSpaceChar(c);
  }

  /** Collapses white space and trims. */
  static String clean(String s) {
    StringBuilder sb = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (isSpace(c)) {
        if (sb.length() > 0 && sb.charAt(sb.length() - 1) != ' ') {
          sb.append(' ');
        }
      } else {
        sb.append(c);
      }
    }
    int end = sb.length();
    while (end > 0 && sb.charAt(end - 1) == ' ') {
      end--;
    }
    sb.setLength(end);
    return sb.toString();
  }

  private static String emptyToNull(String s) {
    return s == null || s.isEmpty() ? null : s;
  }
}
