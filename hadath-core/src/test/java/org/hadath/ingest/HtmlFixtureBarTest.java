package org.hadath.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.hadath.model.Document;
import org.hadath.model.Zone;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The hand-written HTML news pages (their goldens hold the exact values) each give a title without
 * the site-name suffix, an outlet, an author, a publication date and a body: none of them may
 * regress to a missing field.
 */
class HtmlFixtureBarTest {

  @ParameterizedTest(name = "{0}")
  @ValueSource(
      strings = {
        "html/wordpress-article.html",
        "html/amp-article.html",
        "html/arabic-cms-article.html",
        "html/arabic-levant-cms.html",
        "html/rtl-bidi-mixed.html",
        "html/broken-markup.html",
        "html/related-list-page.html",
        "encoding/windows-1256-meta-charset.html"
      })
  void everyNewsPageFixtureHasTitleOutletAuthorDateAndBody(String fixture) {
    Document d = Fixtures.read(fixture).document();
    assertThat(d.title()).hasValueSatisfying(t -> assertThat(t).doesNotContain("|", " - ", "–"));
    assertThat(d.outlet()).isPresent();
    assertThat(d.author()).isPresent();
    assertThat(d.published()).isPresent();
    assertThat(d.zones()).extracting(Zone::kind).contains(Zone.Kind.BODY);
  }

  @Test
  void aPageThatMostlyHoldsARelatedListHasNoEventTextInItsBody() {
    Document d = Fixtures.read("html/related-list-page.html").document();
    List<String> body =
        d.zones().stream()
            .filter(z -> z.kind() == Zone.Kind.BODY)
            .map(z -> d.textAt(z.span()))
            .toList();
    List<String> related =
        d.zones().stream()
            .filter(z -> z.kind() == Zone.Kind.RELATED)
            .map(z -> d.textAt(z.span()))
            .toList();
    assertThat(body)
        .containsExactly(
            "تجمع هذه الصفحة تغطيتنا للحرب في السودان منذ منتصف نيسان الماضي، وتُحدَّث باستمرار.");
    assertThat(related).hasSize(9).startsWith("مقالات ذات صلة");
  }

  @Test
  void paragraphsAStrayEndTagPushedOutOfTheArticleStayInTheBody() {
    Document d = Fixtures.read("html/broken-markup.html").document();
    String body = d.cleanText().text();
    assertThat(body)
        .contains("Security forces later imposed a curfew on Hawija")
        .contains("No group claimed the attack")
        .contains("Police in the province have come under repeated attack")
        .doesNotContain("Share on Facebook")
        .doesNotContain("Be the first to comment");
  }

  @Test
  void aBylineNamingThePagesOwnSiteGivesTheDateline() {
    assertThat(Fixtures.read("html/arabic-levant-cms.html").document().dateline())
        .hasValue("المفرق");
    assertThat(Fixtures.read("html/rtl-bidi-mixed.html").document().dateline())
        .hasValue("عيتا الشعب");
  }
}
