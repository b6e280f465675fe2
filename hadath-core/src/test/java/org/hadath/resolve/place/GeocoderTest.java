package org.hadath.resolve.place;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hadath.resolve.place.Fixture.places;
import static org.hadath.resolve.place.Fixture.spanOf;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.hadath.model.Location;
import org.hadath.model.PlaceMention;
import org.hadath.model.Span;
import org.junit.jupiter.api.Test;

class GeocoderTest {
  private final Geocoder geo = Fixture.GEOCODER;

  private EventPlace locate(String text, String trigger) {
    DocumentPlaces dp = places(text, PlaceContext.none());
    Span all = new Span(0, text.length());
    return geo.locate(dp, spanOf(text, trigger), all, all).orElseThrow();
  }

  @Test
  void neighbourhoodInItsTownIsTheLocationWithTheTown() {
    String t = "غارة على حي الرماس بمدينة ميناس تيريث";
    EventPlace e = locate(t, "غارة");
    assertThat(e.location().name()).isEqualTo("Rammas");
    assertThat(e.location().geoPrecision()).isEqualTo(1);
    assertThat(e.location().admin1()).isEqualTo("Anorien");
    assertThat(e.location().latitude()).contains(30.01);
    assertThat(e.town()).map(Place::id).contains("gn:1");
    assertThat(e.mentions())
        .extracting(PlaceMention::span)
        .containsExactly(spanOf(t, "حي الرماس"), spanOf(t, "ميناس تيريث"));
    assertThat(e.rule()).isEqualTo("locate:sentence+town");
  }

  @Test
  void townIsPrecisionOne() {
    Location l = locate("قصف على بلدة أوسغيليات", "قصف").location();
    assertThat(l.name()).isEqualTo("Osgiliath");
    assertThat(l.geoPrecision()).isEqualTo(1);
    assertThat(l.country()).isEqualTo("Gondor");
    assertThat(l.iso3()).isEqualTo("ZZZ");
  }

  @Test
  void nearCueIsPrecisionTwo() {
    assertThat(locate("قصف على أطراف أوسغيليات", "قصف").location().geoPrecision()).isEqualTo(2);
    assertThat(locate("clashes near Osgiliath", "clashes").location().geoPrecision()).isEqualTo(2);
    assertThat(locate("اشتباكات جنوب أوسغيليات", "اشتباكات").location().geoPrecision())
        .isEqualTo(2);
  }

  @Test
  void countrysideOfProvincialSeatIsItsProvinceAtPrecisionThree() {
    Location l = locate("قصف على ريف ميناس تيريث الشمالي", "قصف").location();
    assertThat(l.name()).isEqualTo("Anorien");
    assertThat(l.admin1()).isEqualTo("Anorien");
    assertThat(l.latitude()).contains(30.0);
    assertThat(l.geoPrecision()).isEqualTo(3);
  }

  @Test
  void countrysideOfATownIsPrecisionTwo() {
    Location l = locate("قصف على ريف أوسغيليات", "قصف").location();
    assertThat(l.name()).isEqualTo("Osgiliath");
    assertThat(l.geoPrecision()).isEqualTo(2);
  }

  @Test
  void provinceIsPrecisionThree() {
    Location l = locate("معارك في محافظة إيثيليان", "معارك").location();
    assertThat(l.name()).isEqualTo("Ithilien");
    assertThat(l.geoPrecision()).isEqualTo(3);
  }

  @Test
  void nearestPlaceAfterTheTriggerWins() {
    String t = "في ميناس تيريث قال مسؤول إن غارة استهدفت بلارجير";
    assertThat(locate(t, "غارة").place().id()).isEqualTo("gn:9");
  }

  @Test
  void countryGivesWayToAPlaceOfThatCountryInTheParagraph() {
    String t = "غارة جوية في غوندور. وقال سكان إن القصف طال بلارجير.";
    DocumentPlaces dp = places(t, PlaceContext.none());
    Span sentence = spanOf(t, "غارة جوية في غوندور.");
    EventPlace e =
        geo.locate(dp, spanOf(t, "غارة"), sentence, new Span(0, t.length())).orElseThrow();
    assertThat(e.place().id()).isEqualTo("gn:9");
    assertThat(e.rule()).isEqualTo("locate:sentence+specific");
  }

  @Test
  void countryGivesWayToThePlaceTheDocumentNamesMostOftenInThatCountry() {
    String t = "An air strike in Gondor killed five.\nPelargir was hit. Pelargir burned.";
    DocumentPlaces dp = places(t, PlaceContext.none());
    Span first = spanOf(t, "An air strike in Gondor killed five.");
    EventPlace e = geo.locate(dp, spanOf(t, "air strike"), first, first).orElseThrow();
    assertThat(e.place().id()).isEqualTo("gn:9");
    assertThat(e.rule()).isEqualTo("locate:sentence+specific");
  }

  @Test
  void countryStaysWhenTheOtherPlacesLieInAnotherCountry() {
    String t = "غارة جوية في غوندور. وقال مسؤول في إدوراس إن القصف مستمر.";
    DocumentPlaces dp = places(t, PlaceContext.none());
    Span sentence = spanOf(t, "غارة جوية في غوندور.");
    EventPlace e =
        geo.locate(dp, spanOf(t, "غارة"), sentence, new Span(0, t.length())).orElseThrow();
    assertThat(e.place().id()).isEqualTo("cc:ZZ");
    assertThat(e.rule()).isEqualTo("locate:sentence");
  }

  @Test
  void paragraphWhenTheSentenceHasNoPlace() {
    String t = "اشتباكات في بلارجير. وقتل خمسة.";
    DocumentPlaces dp = places(t, PlaceContext.none());
    Span sentence = spanOf(t, "وقتل خمسة.");
    EventPlace e =
        geo.locate(dp, spanOf(t, "وقتل"), sentence, new Span(0, t.length())).orElseThrow();
    assertThat(e.place().id()).isEqualTo("gn:9");
    assertThat(e.rule()).isEqualTo("locate:paragraph");
  }

  @Test
  void documentsMainPlaceWhenNeitherSentenceNorParagraphNorDatelineHasOne() {
    String t = "اشتباكات في بلارجير قرب أوسغيليات. قصف على بلارجير.\nوقتل خمسة.";
    DocumentPlaces dp = places(t, PlaceContext.none());
    Span para = spanOf(t, "وقتل خمسة.");
    EventPlace e = geo.locate(dp, spanOf(t, "وقتل"), para, para).orElseThrow();
    assertThat(e.place().id()).isEqualTo("gn:9");
    assertThat(e.rule()).isEqualTo("locate:document");
  }

  @Test
  void datelineWhenTheTextHasNoPlace() {
    String t = "وقتل خمسة.";
    DocumentPlaces dp = places(t, new PlaceContext(Optional.of("ميناس تيريث"), Set.of()));
    Span all = new Span(0, t.length());
    EventPlace e = geo.locate(dp, spanOf(t, "وقتل"), all, all).orElseThrow();
    assertThat(e.place().id()).isEqualTo("gn:1");
    assertThat(e.rule()).isEqualTo("locate:dateline");
    assertThat(e.location().geoPrecision()).isEqualTo(1);
  }

  @Test
  void unknownVillageTakesItsNeighboursAdminAndCoordinates() {
    String t = "قتل ثلاثة في قرية إمام غربي جنوب أوسغيليات";
    EventPlace e = locate(t, "قتل");
    assertThat(e.location().name()).isEqualTo("إمام غربي");
    assertThat(e.location().admin1()).isEqualTo("Anorien");
    assertThat(e.location().latitude()).contains(30.1);
    assertThat(e.location().geoPrecision()).isEqualTo(2);
    assertThat(e.mentions())
        .extracting(PlaceMention::placeId)
        .containsExactly(Optional.empty(), Optional.of("gn:2"));
    assertThat(e.rule()).isEqualTo("locate:sentence+unknown");
  }

  @Test
  void nothingWhenNoPlaceAtAll() {
    String t = "وقتل خمسة.";
    DocumentPlaces dp = places(t, PlaceContext.none());
    Span all = new Span(0, t.length());
    assertThat(geo.locate(dp, spanOf(t, "وقتل"), all, all)).isEmpty();
  }

  @Test
  void excludedActorNameIsNotTheLocation() {
    String t = "هاجمت كتيبة بلارجير بلدة أوسغيليات";
    List<org.hadath.text.Token> ts = org.hadath.text.Tokenizer.tokenize(t);
    DocumentPlaces dp = geo.places(t, ts, List.of(spanOf(t, "كتيبة بلارجير")), PlaceContext.none());
    Span all = new Span(0, t.length());
    assertThat(geo.locate(dp, spanOf(t, "هاجمت"), all, all).orElseThrow().place().id())
        .isEqualTo("gn:2");
  }

  @Test
  void nameBeforeAContainerParenthesisIsTheLocation() {
    String t = "protesters gathered in Osgiliath (Pelargir, Ithilien) on Friday";
    Location l = locate(t, "gathered").location();
    assertThat(l.name()).isEqualTo("Osgiliath");
    assertThat(l.geoPrecision()).isEqualTo(1);
  }

  @Test
  void englishUnknownAreaTakesItsContainersCoordinatesAtPrecisionTwo() {
    String t = "militias shelled farms in Al Fazzah area (Pelargir, Ithilien) on Friday";
    EventPlace e = locate(t, "shelled");
    assertThat(e.location().name()).isEqualTo("Al Fazzah");
    assertThat(e.location().admin1()).isEqualTo("Ithilien");
    assertThat(e.location().latitude()).contains(30.2);
    assertThat(e.location().geoPrecision()).isEqualTo(2);
    assertThat(e.rule()).isEqualTo("locate:sentence+unknown");
  }

  @Test
  void englishUnknownVillageOfIsNamed() {
    String t = "gunmen raided the village of Tarnost near Pelargir";
    assertThat(locate(t, "raided").location().name()).isEqualTo("Tarnost");
  }

  @Test
  void countryGivesWayToATownOfTheNearestProvinceInTheParagraph() {
    String t =
        "خطف مسلحون طالبات في غوندور. وقال حاكم محافظة أنوريان إن مدرسا في أوسغيليات أكد الخطف.";
    DocumentPlaces dp = places(t, PlaceContext.none());
    Span sentence = spanOf(t, "خطف مسلحون طالبات في غوندور.");
    EventPlace e =
        geo.locate(dp, spanOf(t, "خطف"), sentence, new Span(0, t.length())).orElseThrow();
    assertThat(e.place().id()).isEqualTo("gn:2");
    assertThat(e.rule()).isEqualTo("locate:sentence+specific");
  }

  @Test
  void provinceNextToAPlaceInsideItGivesWayToThePlace() {
    String t = "In the town of Osgiliath in Anorien province militants killed six soldiers";
    EventPlace e = locate(t, "killed");
    assertThat(e.place().id()).isEqualTo("gn:2");
    assertThat(e.rule()).isEqualTo("locate:sentence+within");
    assertThat(e.mentions()).hasSize(2);
  }

  @Test
  void placeLocatedFromAReferencePointIsTheLocation() {
    String t = "In Osgiliath, a town 30 kilometres west of Minas Tirith, a car bomb killed eight";
    EventPlace e = locate(t, "car bomb");
    assertThat(e.location().name()).isEqualTo("Osgiliath");
    assertThat(e.rule()).isEqualTo("locate:sentence+referent");
  }

  @Test
  void unknownPlaceLocatedFromAReferencePointIsTheLocation() {
    String t = "قتل مدنيون في قرية منارة الواقعة جنوب ميناس تيريث إثر قصف";
    EventPlace e = locate(t, "قصف");
    assertThat(e.location().name()).isEqualTo("منارة");
    assertThat(e.location().admin1()).isEqualTo("Anorien");
    assertThat(e.rule()).isEqualTo("locate:sentence+unknown+referent");
  }

  @Test
  void partNearTheSeatOfTheProvinceNamedNextToItIsTheLocation() {
    // Harrowdale is administered by Ithilien but lies by Minas Tirith, the seat of Anorien
    String t = "هدم منزل في أنوريان، يقع في حي هارودال";
    EventPlace e = locate(t, "هدم");
    assertThat(e.location().name()).isEqualTo("Harrowdale");
    assertThat(e.location().admin1()).isEqualTo("Ithilien");
    assertThat(e.rule()).isEqualTo("locate:sentence+within");
  }

  @Test
  void placeNamedInTheDirectionOfAReferencePointIsTheLocation() {
    // Osgiliath lies about 30 km east (north-east) of Minas Tirith
    String t = "A car bomb killed 17 east of Minas Tirith. The blast hit a market in Osgiliath.";
    Span all = new Span(0, t.length());
    Span first = new Span(0, t.indexOf('.') + 1);
    DocumentPlaces dp = places(t, PlaceContext.none());
    EventPlace e = geo.locate(dp, spanOf(t, "car bomb"), first, all).orElseThrow();
    assertThat(e.location().name()).isEqualTo("Osgiliath");
    assertThat(e.rule()).isEqualTo("locate:sentence+direction");
    String w = "A car bomb killed 17 west of Minas Tirith. The blast hit a market in Osgiliath.";
    Span wfirst = new Span(0, w.indexOf('.') + 1);
    EventPlace o =
        geo.locate(places(w, PlaceContext.none()), spanOf(w, "car bomb"), wfirst, all)
            .orElseThrow();
    assertThat(o.location().name()).isEqualTo("Minas Tirith");
    assertThat(o.rule()).isEqualTo("locate:sentence");
  }

  @Test
  void foreignNameBeforeAContainerIsAnUnknownPlaceOfTheContainer() {
    String t = "shelling hit Edoras areas (Pelargir, Ithilien)";
    EventPlace e = locate(t, "shelling");
    assertThat(e.location().name()).isEqualTo("Edoras");
    assertThat(e.location().country()).isEqualTo("Gondor");
    assertThat(e.location().admin1()).isEqualTo("Ithilien");
    assertThat(e.location().geoPrecision()).isEqualTo(2);
    assertThat(e.rule()).isEqualTo("locate:sentence+unknown");
  }
}
