package org.hadath.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.hadath.model.Zone;
import org.junit.jupiter.api.Test;

/** One test per rule of {@link PageAnalyzer}. */
class PageAnalyzerTest {
  private final PageAnalyzer analyzer = PageAnalyzer.bundled();

  private List<String> kinds(String text) {
    return kinds(text, PageAnalyzer.Hints.none());
  }

  private List<String> kinds(String text, PageAnalyzer.Hints hints) {
    Page p = analyzer.analyze(text, hints);
    return p.zones().stream()
        .map(z -> z.kind() + ":" + text.substring(z.span().start(), z.span().end()))
        .collect(Collectors.toList());
  }

  @Test
  void firstShortLineIsTheTitle() {
    assertThat(kinds("قصف على إدلب\nقتل مدنيان في قصف على إدلب."))
        .containsExactly("TITLE:قصف على إدلب", "BODY:قتل مدنيان في قصف على إدلب.");
  }

  @Test
  void aSingleLineIsBodyNotTitle() {
    assertThat(kinds("قتل مدنيان في قصف على إدلب"))
        .containsExactly("BODY:قتل مدنيان في قصف على إدلب");
  }

  @Test
  void aFirstLineEndingWithAFullStopIsBody() {
    assertThat(kinds("قتل مدنيان في قصف على إدلب.\nوقال الدفاع المدني إن القصف استمر."))
        .containsOnly(
            "BODY:قتل مدنيان في قصف على إدلب.", "BODY:وقال الدفاع المدني إن القصف استمر.");
  }

  @Test
  void knownTitleMakesAMatchingFirstLineTitle() {
    PageAnalyzer.Hints h = PageAnalyzer.Hints.title(Optional.of("Strikes hit Idlib"));
    assertThat(kinds("Strikes hit Idlib\nStrikes hit a market.", h))
        .containsExactly("TITLE:Strikes hit Idlib", "BODY:Strikes hit a market.");
  }

  @Test
  void knownTitleThatTheTextDoesNotStartWithLeavesTheFirstLineBody() {
    PageAnalyzer.Hints h = PageAnalyzer.Hints.title(Optional.of("Strikes hit Idlib"));
    assertThat(kinds("Air strikes hit a market\nRescuers said seven died.", h))
        .startsWith("BODY:Air strikes hit a market");
    assertThat(analyzer.analyze("Air strikes hit a market\nx.", h).title())
        .contains("Strikes hit Idlib");
  }

  @Test
  void repeatedHeadlineIsTitle() {
    assertThat(kinds("Strikes hit Idlib - Site News\n\nStrikes hit Idlib\nSeven died."))
        .containsExactly(
            "TITLE:Strikes hit Idlib - Site News", "TITLE:Strikes hit Idlib", "BODY:Seven died.");
  }

  @Test
  void lineWithoutLettersIsBoilerplate() {
    assertThat(kinds("Title here\nBody text.\n***\n//"))
        .endsWith("BOILERPLATE:***", "BOILERPLATE://");
  }

  @Test
  void furniturePhraseIsBoilerplate() {
    assertThat(kinds("Title here\nBody text.\nجميع الحقوق محفوظة لموقع ما 2019"))
        .endsWith("BOILERPLATE:جميع الحقوق محفوظة لموقع ما 2019");
  }

  @Test
  void relatedHeadingAndFollowingHeadlinesAreRelated() {
    assertThat(kinds("Title here\nBody text.\nمقالات ذات صلة\nعنوان أول\nعنوان ثان؟"))
        .endsWith("RELATED:مقالات ذات صلة", "RELATED:عنوان أول", "RELATED:عنوان ثان؟");
  }

  @Test
  void relatedListEndsAtAParagraph() {
    assertThat(kinds("Title here\nBody text.\nRead also:\nSomething else\nThe strikes continued."))
        .endsWith("RELATED:Read also:", "RELATED:Something else", "BODY:The strikes continued.");
  }

  @Test
  void relatedHeadingVariantsNormalise() {
    for (String h :
        List.of(
            "اقرأ أيضاً",
            "إقرأ ايضا:",
            "اقرأ أيضا",
            "ذات صلة",
            "المزيد",
            "Related",
            "More stories")) {
      assertThat(kinds("Title here\nBody text.\n" + h + "\nHeadline"))
          .as(h)
          .contains("RELATED:" + h);
    }
  }

  @Test
  void inlineReadAlsoLineIsRelatedAndBodyGoesOn() {
    assertThat(
            kinds(
                "Title here\nBody one.\nاقرأ أيضاً: مجلس الأمن يناقش الوضع\nوأضاف المصدر أن القصف استمر."))
        .endsWith(
            "RELATED:اقرأ أيضاً: مجلس الأمن يناقش الوضع", "BODY:وأضاف المصدر أن القصف استمر.");
  }

  @Test
  void bylineAfterTitle() {
    assertThat(kinds("Title here\nحلب - سمارت\nقصف على حلب."))
        .containsExactly("TITLE:Title here", "BYLINE:حلب - سمارت", "BODY:قصف على حلب.");
  }

  @Test
  void inlineBylineSplitsTheLine() {
    assertThat(kinds("Title here\nBEIRUT (Reuters) - Five died."))
        .containsExactly("TITLE:Title here", "BYLINE:BEIRUT (Reuters) -", "BODY:Five died.");
  }

  @Test
  void dateLineBeforeTheBodyIsByline() {
    assertThat(kinds("Title here\n15 June 2017\nFive died in the strikes."))
        .containsExactly(
            "TITLE:Title here", "BYLINE:15 June 2017", "BODY:Five died in the strikes.");
  }

  @Test
  void forcedRolesWin() {
    String text = "Title here\nSomething\nBody.";
    PageAnalyzer.Hints h =
        new PageAnalyzer.Hints(
            Optional.empty(), Optional.empty(), Optional.empty(), Map.of(11, Zone.Kind.RELATED));
    assertThat(kinds(text, h))
        .containsExactly("TITLE:Title here", "RELATED:Something", "BODY:Body.");
  }

  @Test
  void siteNameIsTheOutletWhenTheBylineNamesNone() {
    PageAnalyzer.Hints h =
        new PageAnalyzer.Hints(
            Optional.empty(), Optional.of("عنب بلدي"), Optional.empty(), Map.of());
    assertThat(analyzer.analyze("Title here\nBody.", h).outlet()).contains("Enab Baladi");
    PageAnalyzer.Hints unknown =
        new PageAnalyzer.Hints(
            Optional.empty(), Optional.of("Levant Monitor"), Optional.empty(), Map.of());
    assertThat(analyzer.analyze("Title here\nBody.", unknown).outlet()).contains("Levant Monitor");
  }

  @Test
  void bylineOutletWinsOverSiteName() {
    PageAnalyzer.Hints h =
        new PageAnalyzer.Hints(
            Optional.empty(), Optional.of("Levant Monitor"), Optional.empty(), Map.of());
    assertThat(analyzer.analyze("Title here\nIDLIB (AFP) - Strikes hit.", h).outlet())
        .contains("AFP");
  }

  @Test
  void titleSuffixNamingAnOutletIsTheOutletWhenNothingElseIs() {
    Page p =
        analyzer.analyze("Strikes hit Idlib - Reuters\nSeven died.", PageAnalyzer.Hints.none());
    assertThat(p.title()).contains("Strikes hit Idlib");
    assertThat(p.outlet()).contains("Reuters");
  }

  @Test
  void aggregatorTitleSuffixIsNotTheOutlet() {
    Page p =
        analyzer.analyze("عنوان الخبر هنا - It's Over 9000!\nنص الخبر.", PageAnalyzer.Hints.none());
    assertThat(p.title()).contains("عنوان الخبر هنا");
    assertThat(p.outlet()).isEmpty();
  }

  @Test
  void crlfLineBreaksKeepExactOffsets() {
    String text = "Title here\r\nحلب - سمارت\r\nقصف على حلب.\r\n";
    assertThat(kinds(text))
        .containsExactly("TITLE:Title here", "BYLINE:حلب - سمارت", "BODY:قصف على حلب.");
  }

  @Test
  void emptyTextHasNoZones() {
    assertThat(analyzer.analyze("", PageAnalyzer.Hints.none()).zones()).isEmpty();
    assertThat(analyzer.analyze(" \n\t\n", PageAnalyzer.Hints.none()).zones()).isEmpty();
  }

  @Test
  void aLeadingDateLineIsBylineAndTheNextLineIsTheTitle() {
    assertThat(kinds("22-يونيو-2024\nقوة تقتحم قرية\nاقتحمت قوة مسلحة القرية."))
        .containsExactly(
            "BYLINE:22-يونيو-2024", "TITLE:قوة تقتحم قرية", "BODY:اقتحمت قوة مسلحة القرية.");
  }

  @Test
  void knownTitleOnlyMatchesALineThatIsAboutIt() {
    PageAnalyzer.Hints h = PageAnalyzer.Hints.title(Optional.of("البيانات"));
    assertThat(
            kinds(
                "تتضمن قاعدة البيانات آلاف الوثائق المرتبطة بالهجمات الكيماوية في سوريا.\nنص.", h))
        .allMatch(z -> z.startsWith("BODY:"));
  }

  @Test
  void bylineOutletMissingFromTheDictionaryIsKeptAsWritten() {
    assertThat(
            analyzer
                .analyze("الخرطوم: (صحوة نيوز)\nقتل متظاهر.", PageAnalyzer.Hints.none())
                .outlet())
        .contains("صحوة نيوز");
  }
}
