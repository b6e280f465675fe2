package org.hadath.resolve.place;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hadath.resolve.place.Fixture.places;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class PlaceResolverTest {

  private static List<String> ids(DocumentPlaces dp) {
    return dp.places().stream().map(r -> r.place().id()).toList();
  }

  @Test
  void admin1NameWithoutCueBeatsAVillageOfTheSameName() {
    // gn:12 is a village called Ithilien; the bare name is the province
    assertThat(ids(places("غارات على إيثيليان", PlaceContext.none()))).containsExactly("a1:ZZ.02");
    assertThat(ids(places("airstrikes on Ithilien", PlaceContext.none())))
        .containsExactly("a1:ZZ.02");
  }

  @Test
  void villageCueStillPicksTheVillageOfAnAdmin1Name() {
    assertThat(ids(places("غارات على قرية إيثيليان", PlaceContext.none())))
        .containsExactly("gn:12");
  }

  @Test
  void populationDecidesWithoutContext() {
    assertThat(ids(places("في بري", PlaceContext.none()))).containsExactly("gn:4");
  }

  @Test
  void coMentionedPlaceDecides() {
    // the Gondor Bree wins next to a sure Gondor place
    assertThat(ids(places("في بري قرب ميناس تيريث", PlaceContext.none())))
        .containsExactly("gn:3", "gn:1");
  }

  @Test
  void actorCountryDecides() {
    PlaceContext ctx = new PlaceContext(Optional.empty(), Set.of("Gondor"));
    assertThat(ids(places("في بري", ctx))).containsExactly("gn:3");
    PlaceContext iso = new PlaceContext(Optional.empty(), Set.of("ZZ"));
    assertThat(ids(places("في بري", iso))).containsExactly("gn:3");
  }

  @Test
  void datelineDecides() {
    PlaceContext ctx = new PlaceContext(Optional.of("ميناس تيريث"), Set.of());
    DocumentPlaces dp = places("في بري", ctx);
    assertThat(ids(dp)).containsExactly("gn:3");
    assertThat(dp.dateline()).map(Place::id).contains("gn:1");
  }

  @Test
  void cueDecidesKind() {
    assertThat(ids(places("محافظة أنوريان", PlaceContext.none()))).containsExactly("a1:ZZ.01");
  }

  @Test
  void bareVillageWithoutSupportIsDropped() {
    assertThat(ids(places("هنث أنون", PlaceContext.none()))).isEmpty();
    assertThat(ids(places("في هنث أنون", PlaceContext.none()))).containsExactly("gn:8");
  }

  @Test
  void bareVillageWithSameAdmin1AnchorIsKept() {
    assertThat(ids(places("بلدة بلارجير وهنث أنون", PlaceContext.none())))
        .containsExactly("gn:9", "gn:8");
  }

  @Test
  void smallPlaceInAnotherCountryIsDropped() {
    // the report is about Rohan (Edoras); a small Gondor town named in passing is a word
    assertThat(ids(places("في إدوراس قال أوسغيليات", PlaceContext.none()))).containsExactly("gn:5");
    // a big place elsewhere stays
    assertThat(ids(places("في إدوراس وميناس تيريث", PlaceContext.none())))
        .containsExactly("gn:5", "gn:1");
  }

  @Test
  void countryNameAloneDoesNotDecideTheDocumentsCountry() {
    assertThat(ids(places("غوندور وروهان وبلدة أوسغيليات", PlaceContext.none())))
        .containsExactly("cc:ZZ", "cc:YY", "gn:2");
  }

  @Test
  void mentionCarriesSpanCueAndRules() {
    String t = "غارة بمدينة بلارجير";
    ResolvedPlace rp = places(t, PlaceContext.none()).places().get(0);
    assertThat(rp.mention().span()).isEqualTo(Fixture.spanOf(t, "بلارجير"));
    assertThat(rp.mention().placeId()).contains("gn:9");
    assertThat(rp.mention().cue()).contains("مدينه");
    assertThat(rp.mention().rule()).isEqualTo("place:cue:مدينه;resolve:only");
  }

  @Test
  void namedProvinceDoesNotPullItsDistrictOverTheTownOfTheSameName() {
    // «ريف دول أمروث» is the town's countryside; the district Dol Amroth, whose parent province
    // is named too, gets no parent bonus (that is for neighbourhoods and sites)
    assertThat(ids(places("غارة في ريف دول أمروث بمحافظة إيثيليان", PlaceContext.none())))
        .containsExactly("gn:13", "a1:ZZ.02");
  }

  @Test
  void countryNamedInTheReportDecides() {
    // without context the bigger Rohan Bree wins; a report that names Gondor means the Gondor one
    assertThat(ids(places("clashes in Bree", PlaceContext.none()))).containsExactly("gn:4");
    assertThat(ids(places("clashes in Bree in southern Gondor", PlaceContext.none())))
        .containsExactly("gn:3", "cc:ZZ");
  }

  @Test
  void namedCountryNeverDropsPlacesOfAnotherCountry() {
    // "the Rohan war" names Rohan, but the Gondor village is still kept
    assertThat(
            ids(
                places(
                    "a mine laid during the Rohan war exploded in Henneth Annun",
                    PlaceContext.none())))
        .containsExactly("cc:YY", "gn:8");
  }

  @Test
  void nameInAContainerParenthesisIsKeptWhateverTheContext() {
    // Rohan's forces shell a Gondor district: the parenthesis says where, the actors do not
    PlaceContext rohan = new PlaceContext(Optional.empty(), Set.of("Rohan"));
    assertThat(ids(places("shelling hit villages in Anduin district (Pelargir)", rohan)))
        .containsExactly("gn:9");
  }

  @Test
  void foreignNameBeforeAContainerOfAnotherCountryIsDropped() {
    // Edoras is known only in Rohan; the parenthesis puts this one in Gondor
    assertThat(ids(places("shelling hit Edoras areas (Pelargir, Ithilien)", PlaceContext.none())))
        .containsExactly("gn:9", "a1:ZZ.02");
  }
}
