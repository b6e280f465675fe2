package org.hadath.ingest.html;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import org.hadath.model.Zone;
import org.junit.jupiter.api.Test;

/** One test per rule of {@link HtmlExtractor}. */
class HtmlExtractorTest {
  private static final String P1 =
      "<p>Air strikes hit a market in Idlib on Monday, killing at least seven people, rescuers"
          + " said, in the deadliest attack on the town this year.</p>";
  private static final String P2 =
      "<p>The Syrian Observatory for Human Rights said the dead included two children and that"
          + " dozens more were wounded.</p>";

  private static HtmlPage page(String html) {
    return HtmlExtractor.extract(html, "");
  }

  private static List<String> lines(HtmlPage p) {
    return List.of(p.text().split("\n"));
  }

  private static List<String> known(HtmlPage p) {
    return p.lines().stream()
        .map(k -> k.kind() + ":" + p.text().substring(k.start()).split("\n")[0])
        .collect(Collectors.toList());
  }

  @Test
  void articleElementIsTheContentRoot() {
    HtmlPage p =
        page(
            "<body><div>Site menu text here</div><article><h1>Strikes hit Idlib</h1>"
                + P1
                + P2
                + "</article><div>Footer text</div></body>");
    assertThat(lines(p)).hasSize(3).first().isEqualTo("Strikes hit Idlib");
    assertThat(p.text()).doesNotContain("Site menu").doesNotContain("Footer");
  }

  @Test
  void itempropArticleBodyWinsAndTheHeadlineComesFromThePageH1() {
    HtmlPage p =
        page(
            "<body><h1>Strikes hit Idlib</h1><div>Nav junk</div><div itemprop=\"articleBody\">"
                + P1
                + P2
                + "</div></body>");
    assertThat(lines(p)).containsExactly("Strikes hit Idlib", text(P1), text(P2));
    assertThat(known(p)).containsExactly("TITLE:Strikes hit Idlib");
  }

  @Test
  void contentClassIsTheRootWithoutArticle() {
    HtmlPage p =
        page(
            "<body><div class=\"sidebar-list\">Other story one</div><div class=\"entry-content\">"
                + P1
                + P2
                + "</div></body>");
    assertThat(p.text()).doesNotContain("Other story");
  }

  @Test
  void densestParagraphContainerIsTheFallbackRoot() {
    HtmlPage p =
        page("<body><div><p>Weather: 31°C</p></div><div id=\"x\">" + P1 + P2 + "</div></body>");
    assertThat(p.text()).doesNotContain("Weather");
  }

  @Test
  void scriptsStylesFormsAndNavigationAreDropped() {
    HtmlPage p =
        page(
            "<body><article><h1>T</h1><script>var x = 1;</script><style>p{}</style><nav>Home</nav>"
                + "<form>Search</form>"
                + P1
                + "<aside>Aside text</aside><footer>Foot</footer>"
                + P2
                + "</article></body>");
    assertThat(p.text())
        .doesNotContain("var x")
        .doesNotContain("Home")
        .doesNotContain("Search")
        .doesNotContain("Aside")
        .doesNotContain("Foot");
  }

  @Test
  void furnitureClassesAreDropped() {
    HtmlPage p =
        page(
            "<body><article><h1>T</h1>"
                + P1
                + "<div class=\"share-buttons\">Facebook Twitter</div>"
                + "<div id=\"comments\"><p>A reader comment that must not be read.</p></div>"
                + "<div class=\"ad-slot\">Buy now</div>"
                + P2
                + "</article></body>");
    assertThat(p.text())
        .doesNotContain("Facebook")
        .doesNotContain("reader comment")
        .doesNotContain("Buy now");
  }

  @Test
  void furnitureClassHoldingMostOfTheTextIsKept() {
    HtmlPage p =
        page(
            "<body><article><h1>T</h1><div class=\"widget\">"
                + P1
                + P2
                + "</div></article></body>");
    assertThat(p.text()).contains("Air strikes hit a market");
  }

  @Test
  void hiddenElementsAreDropped() {
    HtmlPage p =
        page(
            "<body><article><h1>T</h1>"
                + P1
                + "<div style=\"display: none\">Hidden text</div>"
                + P2
                + "</article></body>");
    assertThat(p.text()).doesNotContain("Hidden text");
  }

  @Test
  void relatedWidgetLinesAreKnownRelated() {
    HtmlPage p =
        page(
            "<body><article><h1>T</h1>"
                + P1
                + P2
                + "<div class=\"related-posts\"><h3>More</h3><ul><li>Story A</li><li>Story B</li></ul></div></article></body>");
    assertThat(known(p))
        .containsExactly("TITLE:T", "RELATED:More", "RELATED:Story A", "RELATED:Story B");
  }

  @Test
  void shortBylineBlockIsKnownBylineAndLongAuthorBoxIsDropped() {
    HtmlPage p =
        page(
            "<body><article><h1>T</h1><div class=\"byline\">By Sara Haddad</div>"
                + P1
                + P2
                + "<div class=\"author-bio\">Sara Haddad has covered the Syrian war since 2012 for several outlets"
                + " and writes about humanitarian issues in the north of the country.</div></article></body>");
    assertThat(known(p)).containsExactly("TITLE:T", "BYLINE:By Sara Haddad");
    assertThat(p.author()).contains("Sara Haddad");
    assertThat(p.text()).doesNotContain("covered the Syrian war");
  }

  @Test
  void brEndsALine() {
    HtmlPage p =
        page(
            "<body><div class=\"article-body\">First paragraph of the report is here and it is long enough to count as article text.<br><br>Second paragraph of the report follows after a break, also long enough for the root.</div></body>");
    assertThat(lines(p)).hasSize(2);
  }

  @Test
  void withoutH1TheHeadlineIsOgTitle() {
    HtmlPage p =
        page(
            "<head><meta property=\"og:title\" content=\"Strikes hit Idlib\"><title>Strikes hit Idlib | Site</title></head><body><article>"
                + P1
                + P2
                + "</article></body>");
    assertThat(lines(p).get(0)).isEqualTo("Strikes hit Idlib");
  }

  @Test
  void headMetadataIsRead() {
    HtmlPage p =
        page(
            "<head><link rel=\"canonical\" href=\"https://example.org/a\"><meta property=\"og:site_name\" content=\"Levant Monitor\">"
                + "<meta name=\"author\" content=\"Sara Haddad\"><meta property=\"article:published_time\" content=\"2018-03-21T09:14:00+00:00\"></head>"
                + "<body><article><h1>T</h1>"
                + P1
                + "</article></body>");
    assertThat(p.url()).contains("https://example.org/a");
    assertThat(p.siteName()).contains("Levant Monitor");
    assertThat(p.author()).contains("Sara Haddad");
    assertThat(p.published()).contains(LocalDate.of(2018, 3, 21));
  }

  @Test
  void jsonLdGraphGivesHeadlineDateAuthorAndPublisher() {
    HtmlPage p =
        page(
            "<head><script type=\"application/ld+json\">{\"@graph\":[{\"@type\":\"WebSite\",\"name\":\"x\"},"
                + "{\"@type\":[\"NewsArticle\"],\"headline\":\"H\",\"datePublished\":\"2019-05-14T13:20:00+03:00\","
                + "\"author\":[{\"@type\":\"Person\",\"name\":\"محمد حمص\"}],\"publisher\":{\"name\":\"عنب بلدي\"}}]}</script></head>"
                + "<body><article>"
                + P1
                + "</article></body>");
    assertThat(p.title()).contains("H");
    assertThat(p.published()).contains(LocalDate.of(2019, 5, 14));
    assertThat(p.author()).contains("محمد حمص");
    assertThat(p.siteName()).contains("عنب بلدي");
  }

  @Test
  void brokenJsonLdIsIgnored() {
    HtmlPage p =
        page(
            "<head><script type=\"application/ld+json\">{ not json</script></head><body><article><h1>T</h1>"
                + P1
                + "</article></body>");
    assertThat(p.text()).startsWith("T\n");
  }

  @Test
  void timeElementGivesThePublicationDate() {
    HtmlPage p =
        page(
            "<body><article><h1>T</h1><time datetime=\"2017-06-15\">15 June</time>"
                + P1
                + "</article></body>");
    assertThat(p.published()).contains(LocalDate.of(2017, 6, 15));
  }

  @Test
  void declaredCharsetIsFoundInMetaTags() {
    byte[] a = "<html><head><meta charset=\"windows-1256\">".getBytes(StandardCharsets.US_ASCII);
    byte[] b =
        "<meta http-equiv=\"Content-Type\" content=\"text/html; charset=ISO-8859-6\">"
            .getBytes(StandardCharsets.US_ASCII);
    assertThat(HtmlExtractor.declaredCharset(a, a.length)).contains("windows-1256");
    assertThat(HtmlExtractor.declaredCharset(b, b.length)).contains("ISO-8859-6");
  }

  @Test
  void datesParseFromIsoDatesAndDateTimesOnly() {
    assertThat(HtmlExtractor.parseDate("2017-06-15")).contains(LocalDate.of(2017, 6, 15));
    assertThat(HtmlExtractor.parseDate("2017/06/15 10:00")).contains(LocalDate.of(2017, 6, 15));
    assertThat(HtmlExtractor.parseDate("2017-13-15")).isEmpty();
    assertThat(HtmlExtractor.parseDate("15 June 2017")).isEmpty();
    assertThat(HtmlExtractor.parseDate("2017-06-150")).isEmpty();
  }

  @Test
  void pageWithoutTextHasEmptyText() {
    assertThat(page("<html><head><script>x()</script></head><body></body></html>").text())
        .isEmpty();
  }

  @Test
  void knownLineKindsAreZoneKinds() {
    HtmlPage p = page("<body><article><h1>T</h1>" + P1 + "</article></body>");
    assertThat(p.lines()).allMatch(k -> k.kind() == Zone.Kind.TITLE);
  }

  private static String text(String p) {
    return p.replace("<p>", "").replace("</p>", "");
  }

  @Test
  void invisibleMarksAtLineEdgesAreTrimmed() {
    HtmlPage p =
        page("<body><article><h1>\u200fقصف على إدلب\u200f</h1>" + P1 + "</article></body>");
    assertThat(lines(p).get(0)).isEqualTo("قصف على إدلب");
    assertThat(known(p)).containsExactly("TITLE:قصف على إدلب");
  }
}
