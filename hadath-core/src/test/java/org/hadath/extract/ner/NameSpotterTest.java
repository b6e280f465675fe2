package org.hadath.extract.ner;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.hadath.extract.ActorHit;
import org.hadath.extract.ActorLexicon;
import org.hadath.extract.EventTaxonomy;
import org.hadath.extract.Trigger;
import org.hadath.model.Actor;
import org.hadath.model.Span;
import org.hadath.text.Token;
import org.hadath.text.Tokenizer;
import org.hadath.text.ner.NameFlags;
import org.hadath.text.ner.NerModel;
import org.junit.jupiter.api.Test;

/**
 * The spotter with the shipped model and no dictionary features (so dictionary edits never break
 * it), on sentences written for this test. Retraining may change these; check them by eye.
 */
class NameSpotterTest {
  private static final NameSpotter SPOTTER = new NameSpotter(NerModel.standard(), NameFlags.NONE);

  private static final Trigger ATTACK =
      new Trigger(
          "هاجم",
          EventTaxonomy.standard().require("Armed clash", "test"),
          5,
          Set.of(Trigger.Flag.VERB),
          "trigger:test");
  private static final Trigger SHELLING =
      new Trigger(
          "قصف",
          EventTaxonomy.standard().require("Shelling/artillery/missile attack", "test"),
          5,
          Set.of(Trigger.Flag.VERB),
          "trigger:test");

  /** A lexicon that knows nothing beyond the hits a test passes in. */
  private static final ActorLexicon NO_ACTORS =
      new ActorLexicon() {
        @Override
        public List<ActorHit> find(List<Token> tokens, int from, int to, Optional<LocalDate> day) {
          return List.of();
        }

        @Override
        public Optional<Actor> civilians(String country) {
          return Optional.empty();
        }

        @Override
        public Optional<Actor> protesters(String country) {
          return Optional.empty();
        }

        @Override
        public Optional<Actor> rioters(String country) {
          return Optional.empty();
        }

        @Override
        public Optional<Actor> military(String country, Optional<LocalDate> day) {
          return Optional.empty();
        }

        @Override
        public Actor localize(Actor actor, String country) {
          return actor;
        }

        @Override
        public boolean sameSide(Actor a, Actor b) {
          return a.id().equals(b.id());
        }

        @Override
        public String version() {
          return "none";
        }
      };

  private record Run(String text, Spotted spotted) {
    String words(Optional<Spotted.Name> n) {
      return n.map(x -> text.substring(x.span().start(), x.span().end())).orElse("");
    }
  }

  private static Run spot(
      String text, Trigger trigger, List<ActorHit> hits, boolean a1, boolean a2, boolean place) {
    List<Token> t = Tokenizer.tokenize(text);
    return new Run(
        text, SPOTTER.spot(text, t, 0, t.size(), hits, 0, 1, trigger, NO_ACTORS, a1, a2, place));
  }

  @Test
  void an_unknown_village_named_in_the_sentence_is_the_unresolved_place_without_its_cue_word() {
    Run r = spot("قصفت طائرات حربية قرية كفرنبودة أمس.", SHELLING, List.of(), false, false, true);
    assertThat(r.words(r.spotted().location())).isEqualTo("كفرنبودة");
    assertThat(r.spotted().location().get().rule())
        .isEqualTo("ner:perceptron/LOC+place:nearest-trigger");
  }

  @Test
  void an_unknown_organisation_right_after_a_verb_trigger_is_the_unresolved_actor1() {
    Run r = spot("هاجمت كتائب الفاروق المستقلة حي الخالدية.", ATTACK, List.of(), true, true, false);
    assertThat(r.words(r.spotted().actor1())).isEqualTo("كتائب الفاروق");
    assertThat(r.spotted().actor1().get().rule())
        .isEqualTo("ner:perceptron/ORG+role:subject-after-verb");
    assertThat(r.spotted().location()).isEmpty(); // not asked for
  }

  @Test
  void a_name_a_dictionary_actor_covers_is_never_proposed() {
    String text = "هاجمت كتائب الفاروق المستقلة حي الخالدية.";
    List<Token> t = Tokenizer.tokenize(text);
    ActorHit known =
        new ActorHit(
            1,
            4,
            new Span(t.get(1).start(), t.get(3).end()),
            new Actor("farouq", "Farouq Brigades", "كتائب الفاروق", 2, "Syria"),
            "actor:farouq",
            false,
            List.of());
    Run r = spot(text, ATTACK, List.of(known), false, true, false);
    assertThat(r.spotted()).isEqualTo(Spotted.NONE);
  }

  @Test
  void nothing_is_tagged_when_every_slot_is_filled() {
    Run r =
        spot("هاجمت كتائب الفاروق المستقلة حي الخالدية.", ATTACK, List.of(), false, false, false);
    assertThat(r.spotted()).isEqualTo(Spotted.NONE);
  }

  @Test
  void english_events_are_left_to_the_dictionaries() {
    Run r = spot("Shelling hit the village of Kafr Nabuda.", SHELLING, List.of(), true, true, true);
    assertThat(r.spotted()).isEqualTo(Spotted.NONE);
  }

  @Test
  void unresolvedNamesGoOnlyToSlotsStillEmptyAndCarryEvidence() {
    String text = "هاجمت كتائب الفاروق المستقلة قرية كفرنبودة.";
    Spotted s =
        new Spotted(
            Optional.of(new Spotted.Name(new Span(6, 28), "ner:perceptron/ORG+role:x")),
            Optional.empty(),
            Optional.of(new Spotted.Name(new Span(34, 42), "ner:perceptron/LOC+y")));
    org.hadath.model.Document doc = org.hadath.model.Document.ofText("d", text);
    List<String> fields = new java.util.ArrayList<>();
    org.hadath.model.Unresolved u = s.unresolved(doc, true, true, true, (f, n) -> fields.add(f));
    assertThat(u.actor1()).contains("كتائب الفاروق المستقلة");
    assertThat(u.actor2()).isEmpty();
    assertThat(u.location()).contains("كفرنبودة");
    assertThat(fields).containsExactly("actor1_unresolved", "location_unresolved");
    org.hadath.model.Unresolved filled = s.unresolved(doc, false, true, false, (f, n) -> {});
    assertThat(filled.isEmpty()).isTrue();
    assertThat(s.swapped().actor2()).isEqualTo(s.actor1());
  }
}
