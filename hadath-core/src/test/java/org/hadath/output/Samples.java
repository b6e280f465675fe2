package org.hadath.output;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.hadath.model.Actor;
import org.hadath.model.Document;
import org.hadath.model.DocumentResult;
import org.hadath.model.Event;
import org.hadath.model.Evidence;
import org.hadath.model.Language;
import org.hadath.model.Location;
import org.hadath.model.Problem;
import org.hadath.model.Provenance;
import org.hadath.model.Span;
import org.hadath.model.Zone;

/** Hand-built documents and events for the writer tests. */
final class Samples {
  private Samples() {}

  static final String TEXT =
      "قضى 10 مدنيين، وجرح أكثر من 20 آخرين، أمس الأربعاء، بقصف لطيران التحالف الدولي على حي"
          + " المشلب بمدينة الرقة";

  static final Provenance PROVENANCE =
      new Provenance("0.1.0", Map.of("triggers.ar", "2025-11-25.1", "actors", "2025-11-25.2"));

  static final Actor COALITION =
      new Actor("coalition", "International Coalition", "التحالف الدولي", 8, "");
  static final Actor CIVILIANS = new Actor("civilians-sy", "Civilians (Syria)", "مدنيين", 7, "SYR");
  static final Actor SDF =
      new Actor("sdf", "SDF: Syrian Democratic Forces", "قوات سوريا الديمقراطية", 2, "SYR");
  static final Actor YPG =
      new Actor("ypg", "YPG: Peoples Protection Units", "وحدات الحماية الكردية", 2, "SYR");

  static Document document() {
    return Document.builder("seed-1", "seed.txt", TEXT)
        .title("\"الأسد\" و\"قسد\" يتعاونان على الرقة")
        .outlet("Baladi News")
        .author("مأمون السيد")
        .dateline("الرقة")
        .published(LocalDate.of(2017, 6, 15))
        .language(Language.AR)
        .zones(List.of(new Zone(Zone.Kind.BODY, new Span(0, TEXT.length()))))
        .build();
  }

  static Evidence evidence(String field, String words, String rule) {
    int start = TEXT.indexOf(words);
    if (start < 0) {
      throw new IllegalArgumentException(words);
    }
    return new Evidence(field, new Span(start, start + words.length()), words, rule);
  }

  /** The seed's air strike, fully coded. */
  static Event airStrike() {
    Map<String, List<Evidence>> ev = new LinkedHashMap<>();
    ev.put("event_type", List.of(evidence("event_type", "بقصف لطيران", "trigger:ar:air-strike")));
    ev.put("actor1", List.of(evidence("actor1", "التحالف الدولي", "actor:coalition")));
    ev.put("location", List.of(evidence("location", "المشلب", "place:supplement:al-mishlab")));
    ev.put("fatalities", List.of(evidence("fatalities", "10 مدنيين", "casualties:ar:killed")));
    ev.put("wounded", List.of(evidence("wounded", "أكثر من 20", "casualties:ar:more-than")));
    return new Event(
        "Explosions/Remote violence",
        "Air/drone strike",
        "Political violence",
        Optional.of(COALITION),
        List.of(),
        Optional.of(CIVILIANS),
        List.of(),
        true,
        Optional.of(
            new Location(
                "Raqqa - al-Mishlab",
                "Syria",
                "SYR",
                "Ar-Raqqa",
                "Ar-Raqqa",
                "Ar-Raqqa",
                Optional.of(35.9528),
                Optional.of(39.0253),
                1)),
        Optional.of(LocalDate.of(2017, 6, 14)),
        1,
        Optional.of("أمس الأربعاء"),
        10,
        Optional.of(10),
        Optional.of(21),
        List.of("مصادر ميدانية"),
        ev);
  }

  /** An event with as little as an event can have: no actors, place, date or casualties. */
  static Event bare() {
    return new Event(
        "Battles",
        "Armed clash",
        "Political violence",
        Optional.empty(),
        List.of(),
        Optional.empty(),
        List.of(),
        false,
        Optional.empty(),
        Optional.empty(),
        3,
        Optional.empty(),
        0,
        Optional.empty(),
        Optional.empty(),
        List.of(),
        Map.of());
  }

  /** A clash with associated actors and a location known only to its region. */
  static Event clashWithAssociates() {
    return new Event(
        "Battles",
        "Armed clash",
        "Political violence",
        Optional.of(SDF),
        List.of(YPG, COALITION),
        Optional.of(new Actor("is", "Islamic State (Syria)", "تنظيم الدولة", 2, "SYR")),
        List.of(),
        false,
        Optional.of(
            new Location(
                "Ar-Raqqa",
                "Syria",
                "SYR",
                "Ar-Raqqa",
                "",
                "",
                Optional.empty(),
                Optional.empty(),
                3)),
        Optional.of(LocalDate.of(2017, 6, 15)),
        2,
        Optional.of("اليوم الخميس"),
        12,
        Optional.of(30),
        Optional.empty(),
        List.of("مصادر عسكرية", "ضابط عمليات قوات النظام"),
        Map.of());
  }

  static DocumentResult processed(Event... events) {
    Document d = document();
    return new DocumentResult(
        d.id(),
        d.source(),
        Optional.of(d),
        Optional.of(Language.AR),
        DocumentResult.Status.PROCESSED,
        Optional.empty(),
        List.of(events),
        List.of(
            Problem.warning(
                d.id(), "time", "«أمس» resolved against the publication date 2017-06-15")));
  }

  static DocumentResult skipped() {
    Document d = Document.ofText("notes.txt", "A recipe for hummus.");
    return new DocumentResult(
        d.id(),
        d.source(),
        Optional.of(d),
        Optional.of(Language.EN),
        DocumentResult.Status.SKIPPED,
        Optional.of("no conflict event reported"),
        List.of(),
        List.of());
  }

  static DocumentResult failed() {
    return DocumentResult.failed(
        "empty.txt", "in/empty.txt", "in/empty.txt is empty (0 bytes): nothing to read");
  }
}
