package org.hadath.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The page lexicon's match modes and format. */
class PageLexiconTest {
  private final PageLexicon lexicon = PageLexicon.bundled();

  private Optional<PageLexicon.Kind> classify(String line) {
    return lexicon.classify(line);
  }

  @Test
  void lineMatchNeedsTheWholeLine() {
    assertThat(classify("مقالات ذات صلة")).contains(PageLexicon.Kind.RELATED);
    assertThat(classify("المزيد")).contains(PageLexicon.Kind.RELATED);
    assertThat(classify("المزيد من القتلى سقطوا في القصف")).isEmpty();
  }

  @Test
  void prefixMatchAllowsATitleAfterIt() {
    assertThat(classify("اقرأ أيضاً: مجلس الأمن يناقش الوضع")).contains(PageLexicon.Kind.RELATED);
    assertThat(classify("إقرأ ايضا مجلس الأمن يناقش الوضع")).contains(PageLexicon.Kind.RELATED);
  }

  @Test
  void prefixMatchIgnoresLongLines() {
    assertThat(classify("Copyright " + "word ".repeat(40))).isEmpty();
    assertThat(classify("Copyright 2019 Levant Monitor")).contains(PageLexicon.Kind.BOILERPLATE);
  }

  @Test
  void labelMatchNeedsAColonOrDash() {
    assertThat(classify("صورة: الدفاع المدني")).contains(PageLexicon.Kind.BOILERPLATE);
    assertThat(classify("صورة قاتمة للوضع الإنساني في المدينة")).isEmpty();
  }

  @Test
  void tokensAreSingleWords() {
    assertThat(lexicon.isToken("نيوز", PageLexicon.Kind.SITE_WORD)).isTrue();
    assertThat(lexicon.isToken(NameKey.of("حزيران"), PageLexicon.Kind.DATE_WORD)).isTrue();
    assertThat(lexicon.isToken(NameKey.of("على"), PageLexicon.Kind.FUNCTION_WORD)).isTrue();
  }

  @Test
  void bundledLexiconHasAVersion() {
    assertThat(lexicon.version()).matches("\\d{4}\\.\\d{2}\\.\\d{2}-\\d+");
  }

  @Test
  void unknownKindIsRejectedWithItsLine() {
    assertThatThrownBy(
            () ->
                PageLexicon.parse(
                    new ByteArrayInputStream(
                        "# version: 1\nkind\tmatch\tphrase\nfooter\tline\tx\n"
                            .getBytes(StandardCharsets.UTF_8)),
                    "l.tsv"))
        .hasMessageStartingWith(
            "l.tsv:3 column 'kind': unknown kind 'footer'. Write one of related,");
  }

  @Test
  void multiWordTokenIsRejected() {
    assertThatThrownBy(
            () ->
                PageLexicon.parse(
                    new ByteArrayInputStream(
                        "# version: 1\nkind\tmatch\tphrase\nsite-word\ttoken\ttwo words\n"
                            .getBytes(StandardCharsets.UTF_8)),
                    "l.tsv"))
        .hasMessageContaining("must be one word");
  }
}
