package org.hadath.apitests;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.hadath.model.Document;
import org.hadath.model.DocumentResult;
import org.hadath.model.Event;
import org.hadath.model.Language;
import org.hadath.model.Span;
import org.hadath.model.Zone;
import org.hadath.pipeline.Pipelines;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Short reports written for these tests, through the standard pipeline with the shipped
 * dictionaries: the rules and the data together give the event an analyst expects.
 */
class ShippedExtractionTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          nationality adjective names the striking state; a dual counts two | ar | 2024-01-10 | قتل مدنيان بغارة إسرائيلية على بلدة كفرا في جنوب لبنان أمس. | Air/drone strike | Military Forces of Israel (2022-) | Civilians (Lebanon) | Kafra | 2 | 2024-01-09
          English adjective before the trigger; an alias that shares a word with the trigger keeps it | en | 2023-09-07 | A Turkish drone strike killed three SDF fighters near Qamishli on Tuesday. | Air/drone strike | Military Forces of Turkey (2016-) | SDF: Syrian Democratic Forces | Qamishli | 3 | 2023-09-05
          a clash with shelling between the sides is one Armed clash | ar | 2019-05-09 | اندلعت اشتباكات عنيفة بين قوات النظام وفصائل المعارضة في ريف حماة الشمالي، وسط قصف مدفعي متبادل، ما أسفر عن مقتل 5 عناصر من قوات النظام. | Armed clash | Military Forces of Syria (2000-2024) | Opposition Rebels (Syria) | Hama | 5 | 2019-05-09
          """)
  void event(
      String checks,
      String lang,
      String published,
      String text,
      String subEventType,
      String actor1,
      String actor2,
      String location,
      int fatalities,
      String date) {
    Document doc =
        Document.builder(checks, checks, text)
            .language(Language.fromCode(lang).orElseThrow())
            .published(LocalDate.parse(published))
            .zones(List.of(new Zone(Zone.Kind.BODY, new Span(0, text.length()))))
            .build();
    DocumentResult r = Pipelines.standard().process(doc);
    assertThat(r.events()).as(checks).hasSize(1);
    Event e = r.events().get(0);
    assertThat(e.subEventType()).as(checks).isEqualTo(subEventType);
    assertThat(e.actor1().orElseThrow().name()).as(checks).isEqualTo(actor1);
    assertThat(e.actor2().orElseThrow().name()).as(checks).isEqualTo(actor2);
    assertThat(e.location().orElseThrow().name()).as(checks).isEqualTo(location);
    assertThat(e.fatalities()).as(checks).isEqualTo(fatalities);
    if (date == null) {
      assertThat(e.date()).as(checks).isEmpty();
    } else {
      assertThat(e.date()).as(checks).contains(LocalDate.parse(date));
    }
  }
}
