package org.hadath.resolve.place;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.hadath.model.Document;
import org.hadath.model.Location;
import org.hadath.model.Span;
import org.hadath.model.Zone;
import org.hadath.text.Token;
import org.hadath.text.Tokenizer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The shipped gazetteer: data sanity and the canonical «حي المشلب بمدينة الرقة» case. */
class ShippedGazetteerTest {
  private static final Gazetteer G = Gazetteer.defaultGazetteer();

  @Test
  void loadsTheRegion() {
    assertThat(G.size()).isGreaterThan(8000);
    assertThat(G.versions()).containsKeys("countries.tsv", "admin1.tsv", "places.supplement.csv");
    Place raqqa = G.place("gn:172955").orElseThrow();
    assertThat(raqqa.name()).isEqualTo("Ar Raqqa");
    assertThat(raqqa.admin1()).isEqualTo("Ar-Raqqa");
    assertThat(raqqa.admin2()).isEqualTo("Ar-Raqqah");
    assertThat(raqqa.iso3()).isEqualTo("SYR");
  }

  @Test
  void everySyrianPlaceHasAdmin1To3() {
    for (Place p : G.places()) {
      if (p.countryCode().equals("SY") && p.id().startsWith("gn:")) {
        assertThat(p.admin1()).as(p.id()).isNotEmpty();
        assertThat(p.admin2()).as(p.id()).isNotEmpty();
        assertThat(p.admin3()).as(p.id()).isNotEmpty();
      }
    }
  }

  @Test
  void curatedAdmin1CoversTheCoreConflictCountries() {
    for (Place p : G.places()) {
      if (Set.of("SY", "IQ", "YE", "LY", "LB", "PS", "SD", "SO", "EG").contains(p.countryCode())
          && p.kind().populated()) {
        assertThat(p.admin1()).as(p.id() + " " + p.name()).isNotEmpty();
      }
    }
  }

  @ParameterizedTest
  @CsvSource({
    "تظاهر محتجون في بلدة الناعمة جنوب بيروت, Naameh, Mount Lebanon",
    "اعتصم محتجون في معبر المصنع, Masnaa crossing, Bekaa",
    "سيطرت حركة الشباب على بلدة هالغان, Halgan, Hiraan",
    "هاجم مسلحون معسكرا في بولكيسي وسط مالي, Boulkessi, Mopti",
    "clashes near Bir al-Abd in North Sinai, Bir al-Abd, North Sinai",
    "an airstrike on Araara north of Kismayo, Araara, Lower Juba",
    "انفجرت عبوة في مدينة الكفرة جنوب ليبيا, Kufra, Al Kufra",
    "protesters blocked the highway in Taalabaya in Lebanon, Taalabaya, Bekaa",
    "rioters blocked the main road in Miniyeh in Lebanon, Minieh, North",
    "protesters gathered outside the court building in Tyr in Lebanon, Tyre, South",
    "a sit-in in the Ein el Hilweh refugee camp in Lebanon, Ain al-Hilweh camp, South",
    "protesters marched in Nabatiyeh in Lebanon, Nabatiye, Nabatiye",
    "clashes erupted in Brital in the Bekaa in Lebanon, Brital, Baalbek-Hermel"
  })
  void supplementPlacesOfReportsOutsideSyriaCarryTheirAdmin1(
      String text, String location, String admin1) {
    Geocoder geo = Geocoder.defaultGeocoder();
    DocumentPlaces dp = geo.places(text, Tokenizer.tokenize(text), List.of(), PlaceContext.none());
    Span all = new Span(0, text.length());
    Location l = geo.locate(dp, new Span(0, 3), all, all).orElseThrow().location();
    assertThat(l.name()).isEqualTo(location);
    assertThat(l.admin1()).isEqualTo(admin1);
  }

  @Test
  void mishlabInRaqqaCity() {
    String t = "بقصف لطيران التحالف الدولي على حي المشلب بمدينة الرقة، واستهدف";
    List<Token> ts = Tokenizer.tokenize(t);
    Geocoder geo = Geocoder.defaultGeocoder();
    DocumentPlaces dp = geo.places(t, ts, List.of(), PlaceContext.none());
    Span all = new Span(0, t.length());
    EventPlace e = geo.locate(dp, new Span(0, 4), all, all).orElseThrow();
    Location l = e.location();
    assertThat(l.name()).isEqualTo("al-Mishlab");
    assertThat(l.country()).isEqualTo("Syria");
    assertThat(l.iso3()).isEqualTo("SYR");
    assertThat(l.admin1()).isEqualTo("Ar-Raqqa");
    assertThat(l.geoPrecision()).isEqualTo(1);
    assertThat(e.town()).map(Place::name).contains("Ar Raqqa");
    assertThat(e.town()).map(Place::id).contains("gn:172955");
  }

  @Test
  void seedReportLocatesTheAirstrikeAndIgnoresRelatedHeadlines() {
    String text =
        "\"الأسد\" و\"قسد\" يتعاونان على الرقة\n\nبلدي نيوز – الرقة (مأمون السيد)\n"
            + "أكدت مصادر عسكرية عن إطلاق عملية عسكرية مع \"قوات سوريا الديمقراطية\" للسيطرة على"
            + " محافظة الرقة من تنظيم الدولة.\n"
            + "وكان قد قضى 10 مدنيين، أمس الأربعاء، بقصف لطيران التحالف الدولي على حي المشلب"
            + " بمدينة الرقة.\n\nمقالات ذات صلة\n\nالرقة.. هروب جماعي لعناصر \"قسد\" من مدينة الطبقة\n";
    int body = text.indexOf("أكدت");
    int related = text.indexOf("مقالات");
    Document doc =
        Document.builder("seed", "seed", text)
            .dateline("الرقة")
            .zones(
                List.of(
                    new Zone(Zone.Kind.TITLE, new Span(0, text.indexOf('\n'))),
                    new Zone(Zone.Kind.BYLINE, new Span(text.indexOf("بلدي"), body - 1)),
                    new Zone(Zone.Kind.BODY, new Span(body, related)),
                    new Zone(Zone.Kind.RELATED, new Span(related, text.length()))))
            .build();
    Geocoder geo = Geocoder.defaultGeocoder();
    DocumentPlaces dp = geo.places(doc, Tokenizer.tokenize(text), List.of(), Set.of("Syria"));
    assertThat(dp.places()).noneMatch(p -> p.hit().span().start() >= related);
    assertThat(dp.places()).noneMatch(p -> p.place().kind() == PlaceKind.COUNTRY);
    assertThat(dp.dateline()).map(Place::id).contains("gn:172955");
    int trigger = text.indexOf("بقصف");
    Span sentence = new Span(text.indexOf("وكان"), related);
    EventPlace e = geo.locate(dp, new Span(trigger, trigger + 4), sentence, sentence).orElseThrow();
    assertThat(e.location().name()).isEqualTo("al-Mishlab");
    int op = text.indexOf("عملية");
    Span s1 = new Span(body, text.indexOf("وكان"));
    EventPlace e1 = geo.locate(dp, new Span(op, op + 5), s1, s1).orElseThrow();
    assertThat(e1.location().admin1()).isEqualTo("Ar-Raqqa");
    assertThat(e1.location().geoPrecision()).isEqualTo(3);
  }
}
