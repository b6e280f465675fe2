package org.hadath.ingest.feed;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;

class FeedParserTest {
  static final String RSS =
      "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
          + "<rss version=\"2.0\" xmlns:content=\"http://purl.org/rss/1.0/modules/content/\">"
          + "<channel><title>عنب بلدي</title><link>https://example.org/</link>"
          + "<item><title>قصف على حي المشلب في الرقة</title>"
          + "<link>https://example.org/2017/06/raqqa</link>"
          + "<guid isPermaLink=\"false\">ex-1001</guid>"
          + "<pubDate>Thu, 15 Jun 2017 09:30:00 +0300</pubDate>"
          + "<description>&lt;p&gt;ملخص قصير&lt;/p&gt;</description>"
          + "<content:encoded><![CDATA[<p>قتل عشرة مدنيين في قصف على حي المشلب.</p>]]>"
          + "</content:encoded></item>"
          + "<item><title>Second &amp; last</title><link>https://example.org/b</link>"
          + "<description>&lt;p&gt;Only a summary.&lt;/p&gt;</description></item>"
          + "<item><title>Link only</title><link>https://example.org/c</link></item>"
          + "</channel></rss>";

  static final String ATOM =
      "<?xml version=\"1.0\" encoding=\"utf-8\"?><feed xmlns=\"http://www.w3.org/2005/Atom\">"
          + "<title>Example</title>"
          + "<entry><title type=\"html\">Strike on &lt;b&gt;Idlib&lt;/b&gt;</title>"
          + "<link rel=\"self\" href=\"https://example.org/self\"/>"
          + "<link rel=\"alternate\" href=\"https://example.org/idlib\"/>"
          + "<id>tag:example.org,2017:1</id><updated>2017-06-16T23:30:00-04:00</updated>"
          + "<published>2017-06-16T22:00:00-04:00</published>"
          + "<content type=\"html\">&lt;p&gt;Two killed.&lt;/p&gt;</content></entry></feed>";

  @Test
  void aFeedStartsWithRssFeedOrRdfAfterDeclarationsAndComments() {
    assertThat(FeedParser.isFeed(RSS)).isTrue();
    assertThat(FeedParser.isFeed(ATOM)).isTrue();
    assertThat(FeedParser.isFeed("\uFEFF <!-- x --><rdf:RDF>")).isTrue();
    assertThat(FeedParser.isFeed("<?xml version=\"1.0\"?><urlset>")).isFalse();
    assertThat(FeedParser.isFeed("<!DOCTYPE html><html>")).isFalse();
    assertThat(FeedParser.isFeed("<?xml")).isFalse();
  }

  @Test
  void rssItemsGiveTitleLinkGuidDateAndContentEncodedFirst() {
    List<FeedItem> items = FeedParser.parse(RSS);
    assertThat(items).hasSize(3);
    FeedItem a = items.get(0);
    assertThat(a.title()).contains("قصف على حي المشلب في الرقة");
    assertThat(a.link()).contains("https://example.org/2017/06/raqqa");
    assertThat(a.id()).contains("ex-1001");
    assertThat(a.published()).contains(LocalDate.of(2017, 6, 15));
    assertThat(a.html()).contains("<p>قتل عشرة مدنيين في قصف على حي المشلب.</p>");
  }

  @Test
  void descriptionIsTheBodyWhenThereIsNoContentAndTheLinkIsTheId() {
    FeedItem b = FeedParser.parse(RSS).get(1);
    assertThat(b.title()).contains("Second & last");
    assertThat(b.html()).contains("<p>Only a summary.</p>");
    assertThat(b.id()).contains("https://example.org/b");
    assertThat(FeedParser.parse(RSS).get(2).html()).isEmpty();
  }

  @Test
  void atomEntriesUseTheAlternateLinkAndThePublisherDay() {
    FeedItem e = FeedParser.parse(ATOM).get(0);
    assertThat(e.title()).contains("Strike on Idlib");
    assertThat(e.link()).contains("https://example.org/idlib");
    assertThat(e.id()).contains("tag:example.org,2017:1");
    assertThat(e.published()).contains(LocalDate.of(2017, 6, 16)); // published, in its own offset
    assertThat(e.html()).contains("<p>Two killed.</p>");
  }

  @Test
  void datesInRfc822AndRfc3339() {
    assertThat(FeedParser.date("Tue, 1 Jun 2021 23:00:00 GMT")).contains(LocalDate.of(2021, 6, 1));
    assertThat(FeedParser.date("2021-06-01T01:00:00Z")).contains(LocalDate.of(2021, 6, 1));
    assertThat(FeedParser.date("2021-06-01")).contains(LocalDate.of(2021, 6, 1));
    assertThat(FeedParser.date("yesterday")).isEqualTo(Optional.empty());
  }

  @Test
  void brokenMarkupKeepsTheOtherItems() {
    String broken =
        RSS.replace("</title><link>https://example.org/b", "<link>https://example.org/b");
    assertThat(FeedParser.parse(broken)).hasSize(3);
  }

  @Test
  void randomMutationsNeverThrow() {
    Random r = new Random(2);
    for (int i = 0; i < 500; i++) {
      StringBuilder sb = new StringBuilder(i % 2 == 0 ? RSS : ATOM);
      for (int k = 0; k < 5; k++) {
        int at = r.nextInt(sb.length());
        switch (r.nextInt(3)) {
          case 0 -> sb.deleteCharAt(at);
          case 1 -> sb.insert(at, "<>&\"'/".charAt(r.nextInt(6)));
          default -> sb.setLength(at);
        }
        if (sb.length() == 0) {
          break;
        }
      }
      FeedParser.isFeed(sb.toString());
      for (FeedItem item : FeedParser.parse(sb.toString())) {
        assertThat(item.id()).isNotNull();
      }
    }
  }
}
