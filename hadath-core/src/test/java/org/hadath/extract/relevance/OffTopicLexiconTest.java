package org.hadath.extract.relevance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.hadath.dict.DictionaryFormatException;
import org.hadath.text.Tokenizer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OffTopicLexiconTest {
  private static final OffTopicLexicon LEXICON = OffTopicLexicon.standard();

  private static List<String> topics(String text) {
    var tokens = Tokenizer.tokenize(text);
    return LEXICON.find(tokens, 0, tokens.size()).stream()
        .map(m -> m.value().topic() + ":" + m.value().phrase())
        .toList();
  }

  @Test
  void theShippedLexiconIsVersionedAndLarge() {
    assertThat(LEXICON.version()).matches("\\d{4}\\.\\d{2}\\.\\d{2}-\\d+");
    assertThat(LEXICON.size()).isGreaterThan(1500);
  }

  @Test
  void phrasesMatchExactlyWithProcliticsButNeverByStem() {
    assertThat(topics("وبالدوري")).containsExactly("sports:الدوري");
    // «دوريات» (patrols) shares the light stem of «الدوري» (the league)
    assertThat(topics("دوريات مشتركة")).isEmpty();
  }

  @Test
  void theLongestPhraseWins() {
    assertThat(topics("احتسب الحكم ضربة جزاء")).containsExactly("sports:ضربة جزاء");
    assertThat(topics("a penalty shootout")).containsExactly("sports:penalty shootout");
  }

  @Test
  void formsThatDifferOnlyByTheArticleAreOneEntry(@TempDir Path dir) throws Exception {
    Path f = dir.resolve("mine.tsv");
    Files.writeString(
        f,
        "# version: 2026.11.25-1\nphrase\ttopic\tweight\nالمباراة\tsports\t2\nمباراة\tsports\t2\n",
        StandardCharsets.UTF_8);
    OffTopicLexicon mine = OffTopicLexicon.withUserFiles(List.of(f));
    var tokens = Tokenizer.tokenize("مباراة");
    assertThat(mine.find(tokens, 0, tokens.size())).hasSize(1);
    assertThat(mine.version()).endsWith("+2026.11.25-1");
  }

  @Test
  void aBadWeightIsAnErrorNamingFileLineAndFix(@TempDir Path dir) throws Exception {
    Path f = dir.resolve("bad.tsv");
    Files.writeString(f, "phrase\ttopic\tweight\nمباراة\tsports\t3\n", StandardCharsets.UTF_8);
    assertThatThrownBy(() -> OffTopicLexicon.withUserFiles(List.of(f)))
        .isInstanceOf(DictionaryFormatException.class)
        .hasMessageContaining("bad.tsv")
        .hasMessageContaining("'3' is not 1 or 2");
  }

  @Test
  void aBadTopicIsAnErrorNamingTheValue(@TempDir Path dir) throws Exception {
    Path f = dir.resolve("bad.tsv");
    Files.writeString(f, "phrase\ttopic\tweight\nمباراة\tSport s\t2\n", StandardCharsets.UTF_8);
    assertThatThrownBy(() -> OffTopicLexicon.withUserFiles(List.of(f)))
        .isInstanceOf(DictionaryFormatException.class)
        .hasMessageContaining("'Sport s' is not a topic name");
  }
}
