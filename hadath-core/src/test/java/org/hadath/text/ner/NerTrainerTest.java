package org.hadath.text.ner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.hadath.text.Token;
import org.hadath.text.Tokenizer;
import org.junit.jupiter.api.Test;

/** The trainer on a tiny corpus written for this test in the NewsFANE format. */
class NerTrainerTest {
  private static final NerTrainer.Options OPTIONS = new NerTrainer.Options(10, 7, 0.25, 12);

  private static NerTrainer.Result train(ByteArrayOutputStream log) throws IOException {
    return NerTrainer.train(
        NewsFaneTest.tiny(),
        NameFlags.NONE,
        OPTIONS,
        "tiny",
        new PrintStream(log, true, StandardCharsets.UTF_8));
  }

  private static byte[] bytes(NerModel m) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    m.write(out);
    return out.toByteArray();
  }

  @Test
  void devSplitIsEveryKthSentence() {
    assertThat(NerTrainer.isDev(0, 0.25)).isFalse();
    assertThat(NerTrainer.isDev(3, 0.25)).isTrue();
    assertThat(NerTrainer.isDev(7, 0.25)).isTrue();
    assertThat(NerTrainer.isDev(9, 0.1)).isTrue();
    assertThat(NerTrainer.isDev(10, 0.1)).isFalse();
  }

  @Test
  void trainingHoldsOutTheDevSplitAndLogsEachEpoch() throws IOException {
    ByteArrayOutputStream log = new ByteArrayOutputStream();
    NerTrainer.Result r = train(log);
    assertThat(r.trainSentences()).isEqualTo(9);
    assertThat(r.devSentences()).isEqualTo(3);
    assertThat(log.toString(StandardCharsets.UTF_8).lines().count()).isEqualTo(10);
    assertThat(r.model().description())
        .isEqualTo("tiny epochs=10 seed=7 dev-fraction=0.25 bucket-bits=12 train-sentences=9");
  }

  @Test
  void trainingIsRepeatable() throws IOException {
    assertThat(bytes(train(new ByteArrayOutputStream()).model()))
        .isEqualTo(bytes(train(new ByteArrayOutputStream()).model()));
  }

  @Test
  void theTrainedModelLearnsItsTrainingSentences() throws IOException {
    NerModel m = train(new ByteArrayOutputStream()).model();
    LabeledSentence s = NewsFaneTest.tiny().get(0);
    assertThat(m.tag(s.text(), s.tokens(), 0, s.tokens().size(), NameFlags.NONE))
        .isEqualTo(s.entities());
  }

  @Test
  void theTrainedModelGeneralisesACueWord() throws IOException {
    NerModel m = train(new ByteArrayOutputStream()).model();
    String s = "قصفت الطائرات قرية عين_غير_معروفة .".replace('_', ' ');
    List<Token> t = Tokenizer.tokenize(s);
    List<Entity> e = m.tag(s, t, 0, t.size(), NameFlags.NONE);
    assertThat(e).extracting(Entity::type).contains(EntityType.LOC);
  }

  @Test
  void badOptionsAreRefused() {
    assertThatThrownBy(() -> new NerTrainer.Options(0, 1, 0.1, 18)).hasMessageContaining("epochs");
    assertThatThrownBy(() -> new NerTrainer.Options(1, 1, 0.9, 18))
        .hasMessageContaining("dev fraction");
  }
}
