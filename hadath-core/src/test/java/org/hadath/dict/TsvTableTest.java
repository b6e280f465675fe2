package org.hadath.dict;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import org.hadath.model.Language;
import org.junit.jupiter.api.Test;

class TsvTableTest {

  static final Set<String> REQ = Set.of("id", "name");
  static final Set<String> KNOWN = Set.of("id", "name", "aliases");

  static TsvTable read(byte[] bytes) throws IOException {
    return TsvTable.read("t.tsv", new ByteArrayInputStream(bytes), REQ, KNOWN);
  }

  static TsvTable read(String s) throws IOException {
    return read(s.getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void byteOrderMarkIsSkipped() throws IOException {
    TsvTable t = read("\uFEFF# version: 7\nid\tname\nA\tB\n");
    assertThat(t.version()).contains("7");
    assertThat(t.rows()).hasSize(1);
    assertThat(t.rows().get(0).get("id")).isEqualTo("A");
  }

  @Test
  void columnsMayComeInAnyOrderAndFieldsAreTrimmed() throws IOException {
    TsvTable t = read("name\tid\n  B \t A\n");
    assertThat(t.rows().get(0).get("id")).isEqualTo("A");
    assertThat(t.rows().get(0).get("name")).isEqualTo("B");
    assertThat(t.rows().get(0).line()).isEqualTo(2);
  }

  @Test
  void commentsAndBlankLinesAreSkipped() throws IOException {
    TsvTable t = read("# a comment\n\nid\tname\n# another\n\nA\tB\n");
    assertThat(t.rows()).extracting(TsvTable.Row::line).containsExactly(6);
    assertThat(t.version()).isEmpty();
  }

  @Test
  void invalidUtf8IsAnError() {
    byte[] bad = {'i', 'd', '\t', 'n', 'a', 'm', 'e', '\n', 'A', '\t', (byte) 0xC3, '\n'};
    assertThatThrownBy(() -> read(bad))
        .isInstanceOf(DictionaryFormatException.class)
        .hasMessageContaining("t.tsv")
        .hasMessageContaining("not valid UTF-8");
  }

  @Test
  void emptyVersionIsAnError() {
    assertThatThrownBy(() -> read("# version:\nid\tname\n"))
        .hasMessageContaining("t.tsv:1")
        .hasMessageContaining("version line is empty");
  }

  @Test
  void fileWithoutHeaderIsAnError() {
    assertThatThrownBy(() -> read("# only comments\n")).hasMessageContaining("no header line");
  }

  @Test
  void duplicateColumnIsAnError() {
    assertThatThrownBy(() -> read("id\tname\tid\n")).hasMessageContaining("appears twice");
  }

  @Test
  void aliasesKeepOrderAndWeakness() throws IOException {
    TsvTable t = read("id\tname\taliases\nA\tB\tone | ~two|three\n");
    List<Alias> a = t.rows().get(0).aliases("aliases", Language.EN);
    assertThat(a)
        .containsExactly(
            new Alias("one", Language.EN, false),
            new Alias("two", Language.EN, true),
            new Alias("three", Language.EN, false));
  }

  @Test
  void arabicScriptCheckFindsArabicLetters() {
    assertThat(ArabicScript.hasArabicLetter("قسد")).isTrue();
    assertThat(ArabicScript.hasArabicLetter("SDF 12")).isFalse();
    assertThat(ArabicScript.hasArabicLetter("٣")).isFalse();
  }

  @Test
  void aRequiredVersionIsReadOrTheFileIsNamed() throws IOException {
    assertThat(read("# version: 2026.11.25-1\nid\tname\nx\tX\n").requireVersion())
        .isEqualTo("2026.11.25-1");
    assertThatThrownBy(() -> read("id\tname\nx\tX\n").requireVersion())
        .isInstanceOf(DictionaryFormatException.class)
        .hasMessage("t.tsv: the version line is missing. Add '# version: YYYY.MM.DD-N' at the top");
  }
}
