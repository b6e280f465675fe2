package org.hadath.resolve.place;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hadath.resolve.place.Fixture.hits;
import static org.hadath.resolve.place.Fixture.words;

import java.util.List;
import org.hadath.model.Span;
import org.junit.jupiter.api.Test;

class PlaceFinderTest {

  private static PlaceHit only(String text) {
    List<PlaceHit> hs = hits(text);
    assertThat(hs).hasSize(1);
    return hs.get(0);
  }

  private static List<Cue.Type> cueTypes(PlaceHit h) {
    return h.cues().stream().map(Cue::type).toList();
  }

  @Test
  void procliticBehIsAPreposition() {
    String t = "قصف بأوسغيليات";
    PlaceHit h = only(t);
    assertThat(words(t, h)).isEqualTo("بأوسغيليات");
    assertThat(h.candidates()).extracting(Place::id).containsExactly("gn:2");
    assertThat(h.cues()).extracting(Cue::word).containsExactly("ب");
  }

  @Test
  void procliticWawIsNoCue() {
    PlaceHit h = only("وأوسغيليات");
    assertThat(h.cues()).isEmpty();
    assertThat(h.rule()).isEqualTo("place:name");
  }

  @Test
  void fehAndKafProcliticsDoNotMakeNames() {
    assertThat(hits("فأوسغيليات")).isEmpty();
    assertThat(hits("كأوسغيليات")).isEmpty();
    assertThat(hits("للأوسغيليات")).hasSize(1);
  }

  @Test
  void literalReadingWinsOverProcliticReading() {
    // «بري» is a name as written; ب + «ري» must not be read
    assertThat(only("قرب بري").candidates()).extracting(Place::id).containsExactly("gn:3", "gn:4");
  }

  @Test
  void nameAfterPersonHeadIsNoPlace() {
    assertThat(hits("شارع عبد بلارجير")).isEmpty();
  }

  @Test
  void populatedCueWithClitic() {
    PlaceHit h = only("غارة بمدينة بلارجير");
    assertThat(cueTypes(h)).containsExactly(Cue.Type.POPULATED);
    assertThat(h.cue().orElseThrow().word()).isEqualTo("مدينه");
    assertThat(h.rule()).isEqualTo("place:cue:مدينه");
  }

  @Test
  void neighbourhoodCue() {
    String t = "على حي الرماس";
    PlaceHit h = only(t);
    // the alias «حي الرماس» is longer than «الرماس» after the cue
    assertThat(words(t, h)).isEqualTo("حي الرماس");
    assertThat(h.candidates()).extracting(Place::id).containsExactly("sup:zz-rammas");
  }

  @Test
  void countrysideCueWithDirectionQualifier() {
    String t = "في ريف بلارجير الشمالي";
    PlaceHit h = only(t);
    assertThat(cueTypes(h)).containsExactly(Cue.Type.COUNTRYSIDE, Cue.Type.PREPOSITION);
    assertThat(h.qualifier()).contains("شمالي");
  }

  @Test
  void countrysideCueWithClitic() {
    assertThat(cueTypes(only("بريف بلارجير"))).containsExactly(Cue.Type.COUNTRYSIDE);
  }

  @Test
  void admin1Cue() {
    assertThat(cueTypes(only("محافظة أنوريان"))).containsExactly(Cue.Type.ADMIN1);
  }

  @Test
  void nearCueReadsBackOverDirectionAndMin() {
    String t = "استهدف الأطراف الشرقية من مدينة بلارجير";
    PlaceHit h = only(t);
    assertThat(cueTypes(h)).containsExactly(Cue.Type.POPULATED, Cue.Type.NEAR);
    assertThat(h.approximateCue().orElseThrow().word()).isEqualTo("اطراف");
  }

  @Test
  void directionCue() {
    assertThat(cueTypes(only("جنوب بلارجير"))).containsExactly(Cue.Type.DIRECTION);
    assertThat(cueTypes(only("شمال شرق بلارجير"))).containsExactly(Cue.Type.DIRECTION);
  }

  @Test
  void nearWithPrepositionStopsReading() {
    assertThat(cueTypes(only("في محيط بلارجير")))
        .containsExactly(Cue.Type.NEAR, Cue.Type.PREPOSITION);
  }

  @Test
  void englishPrepositionAndProvince() {
    String t = "Fighting in Anorien province.";
    PlaceHit h = only(t);
    assertThat(cueTypes(h)).containsExactly(Cue.Type.ADMIN1, Cue.Type.PREPOSITION);
  }

  @Test
  void englishPossessiveCountryside() {
    String t = "shelling of Pelargir's northern countryside";
    PlaceHit h = only(t);
    assertThat(words(t, h)).isEqualTo("Pelargir's");
    assertThat(cueTypes(h)).containsExactly(Cue.Type.COUNTRYSIDE, Cue.Type.DIRECTION);
  }

  @Test
  void englishNearAndTownOf() {
    assertThat(cueTypes(only("near the town of Osgiliath")))
        .containsExactly(Cue.Type.POPULATED, Cue.Type.NEAR);
    assertThat(cueTypes(only("north of Osgiliath"))).containsExactly(Cue.Type.DIRECTION);
  }

  @Test
  void lowerCaseLatinIsNoPlace() {
    assertThat(hits("a shell hit the house")).isEmpty();
    assertThat(hits("a shell fell on Hit")).hasSize(1);
  }

  @Test
  void stopNameNeedsACue() {
    assertThat(hits("قال اليوم إن")).isEmpty();
    assertThat(hits("قال حسين إن")).isEmpty();
    assertThat(hits("في قرية حسين")).hasSize(1);
    // a preposition or a direction is not enough for a stop name
    assertThat(hits("في اليوم")).isEmpty();
    assertThat(hits("شمال اليوم")).isEmpty();
  }

  @Test
  void nameAfterOrganisationHeadIsNoPlace() {
    assertThat(hits("قوات غوندور")).isEmpty();
    assertThat(hits("جيش بلارجير")).isEmpty();
    assertThat(hits("قوات في بلارجير")).hasSize(1);
  }

  @Test
  void excludedSpansAreNoPlaces() {
    String t = "كتيبة بلارجير الحرة";
    assertThat(hits(t)).hasSize(1);
    assertThat(hits(t, List.of(new Span(0, t.length())))).isEmpty();
  }

  @Test
  void directionAdjectiveIsNoPlace() {
    assertThat(hits("الأطراف الشرقية")).isEmpty();
    assertThat(hits("منطقة الشرقية")).hasSize(1);
  }

  @Test
  void cueWordAloneIsNoPlace() {
    // «مدينة» is a stop name and a cue: never a place by itself
    assertThat(hits("في مدينة كبيرة")).isEmpty();
  }

  @Test
  void longestNameWins() {
    String t = "قصف مطار القلعة";
    PlaceHit h = only(t);
    assertThat(words(t, h)).isEqualTo("مطار القلعة");
  }

  @Test
  void unknownCuedNames() {
    String t =
        "قصف على قرية إمام غربي وبلدة عين الخضر وحي القلعة الشرقي وقرية صغيرة والمدينة القديمة";
    java.util.List<org.hadath.text.Token> ts = org.hadath.text.Tokenizer.tokenize(t);
    PlaceFinder f = new PlaceFinder(Fixture.GAZETTEER);
    List<PlaceHit> known = f.find(t, ts, 0, ts.size(), List.of());
    assertThat(f.findUnknown(t, ts, 0, ts.size(), known, List.of()))
        .extracting(UnknownPlace::name)
        .containsExactly("إمام غربي", "عين الخضر", "القلعة الشرقي");
  }

  @Test
  void sameNameGivesAllCandidates() {
    assertThat(only("في بري").candidates()).extracting(Place::id).containsExactly("gn:3", "gn:4");
  }

  @Test
  void nameAfterBranchIsAnOrganisationNotAPlace() {
    // «فرع فلسطين» is a security branch; «فرع غوندور» likewise
    assertThat(hits("القيادي في فرع غوندور")).isEmpty();
    assertThat(hits("فرع الحزب في بلارجير")).hasSize(1);
  }

  @Test
  void originPhraseNamesNoPlace() {
    String t = "قتل عنصر يتحدر من قرية بري بأوسغيليات، جراء انفجار في بلارجير";
    assertThat(hits(t)).extracting(h -> words(t, h)).containsExactly("بلارجير");
    String e = "a soldier who hails from Osgiliath was killed in Pelargir";
    assertThat(hits(e)).extracting(h -> words(e, h)).containsExactly("Pelargir");
    String u = "قتل شاب ينحدر من قرية الركابية في بلارجير";
    java.util.List<org.hadath.text.Token> ts = org.hadath.text.Tokenizer.tokenize(u);
    PlaceFinder f = new PlaceFinder(Fixture.GAZETTEER);
    assertThat(
            f.findUnknown(u, ts, 0, ts.size(), f.find(u, ts, 0, ts.size(), List.of()), List.of()))
        .isEmpty();
  }

  @Test
  void namesInAParenthesisAfterANameAreItsContainers() {
    String t = "people in Osgiliath (Pelargir, Ithilien) and (Bree)";
    List<PlaceHit> hs = hits(t);
    assertThat(hs)
        .extracting(h -> words(t, h))
        .containsExactly("Osgiliath", "Pelargir", "Ithilien", "Bree");
    assertThat(hs)
        .extracting(h -> h.cued(Cue.Type.CONTAINER))
        .containsExactly(false, true, true, false);
  }

  @Test
  void excludedSpanInsideALongerNameLeavesThePlace() {
    // "Annun" is excluded (say, a news agency), "Henneth Annun" is the town
    String t = "stabbed in the town of Henneth Annun";
    List<PlaceHit> hs = hits(t, List.of(Fixture.spanOf(t, "Annun")));
    assertThat(hs).extracting(h -> words(t, h)).containsExactly("Henneth Annun");
    assertThat(hits(t, List.of(Fixture.spanOf(t, "Henneth Annun")))).isEmpty();
  }

  @Test
  void reporterBaseIsNoPlace() {
    assertThat(hits("our reporter in Osgiliath said the village burned")).isEmpty();
    assertThat(hits("the correspondent in Osgiliath said")).isEmpty();
  }

  @Test
  void countyAfterNameIsAnAdmin2Cue() {
    assertThat(cueTypes(only("a landmine exploded in Pelargir county")))
        .containsExactly(Cue.Type.ADMIN2, Cue.Type.PREPOSITION);
  }

  @Test
  void lowerCaseArticleBeforeACapitalStartsAName() {
    String t = "protesters gathered in el Harad";
    assertThat(hits(t)).extracting(h -> words(t, h)).containsExactly("el Harad");
    assertThat(hits("protesters gathered in el harad")).isEmpty();
  }

  @Test
  void nameBeforeCapitalisedStreetOrBankNamesAFacility() {
    assertThat(hits("shells fell on Osgiliath Street")).isEmpty();
    assertThat(hits("a Molotov cocktail at the Osgiliath Bank branch")).isEmpty();
    assertThat(hits("a car bomb in Osgiliath Square")).isEmpty();
    String t = "a street in Osgiliath";
    assertThat(hits(t)).extracting(h -> words(t, h)).containsExactly("Osgiliath");
  }

  @Test
  void roadWordsAfterANameAreRoadCues() {
    assertThat(cueTypes(only("protesters blocked the Osgiliath roundabout")))
        .containsExactly(Cue.Type.ROAD);
    assertThat(cueTypes(only("protesters blocked the Osgiliath road")))
        .containsExactly(Cue.Type.ROAD);
  }
}
