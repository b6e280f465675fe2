package org.hadath.eval;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.hadath.model.Actor;
import org.hadath.model.Event;
import org.hadath.model.Evidence;
import org.hadath.model.Location;
import org.hadath.model.Span;

/** Hand-built predicted and gold events for the scorer tests. */
final class Events {
  private Events() {}

  static Actor actor(String name, String nameAr) {
    return new Actor(name.toLowerCase(java.util.Locale.ROOT), name, nameAr, 1, "Syria");
  }

  static Location place(String name, String admin1, double lat, double lon) {
    return new Location(
        name, "Syria", "SYR", admin1, "", "", Optional.of(lat), Optional.of(lon), 1);
  }

  static Event predicted(
      String type,
      String sub,
      Optional<Actor> a1,
      Optional<Actor> a2,
      Optional<Location> where,
      Optional<LocalDate> date,
      int fatalities,
      Optional<Integer> wounded,
      boolean civilians) {
    return new Event(
        type,
        sub,
        "Political violence",
        a1,
        List.of(),
        a2,
        List.of(),
        civilians,
        where,
        date,
        1,
        Optional.empty(),
        fatalities,
        Optional.empty(),
        wounded,
        List.of(),
        Map.of(
            "event_type",
            List.of(new Evidence("event_type", new Span(0, 5), "غارات", "test:trigger"))));
  }

  static Event strike(String actor1, String location, double lat, double lon, int killed) {
    return predicted(
        "Explosions/Remote violence",
        "Air/drone strike",
        Optional.of(actor(actor1, "")),
        Optional.of(actor("Civilians (Syria)", "مدنيون (سوريا)")),
        Optional.of(place(location, "Ar-Raqqa", lat, lon)),
        Optional.of(LocalDate.of(2017, 6, 14)),
        killed,
        Optional.of(21),
        true);
  }

  static GoldEvent gold(
      String type,
      String sub,
      List<String> actor1,
      List<String> location,
      double lat,
      double lon,
      Optional<LocalDate> date,
      int fatalities) {
    return new GoldEvent(
        type,
        sub,
        actor1,
        List.of("Civilians", "مدنيين"),
        Optional.of("Ar-Raqqa"),
        location,
        Optional.of(lat),
        Optional.of(lon),
        date,
        Optional.of(fatalities),
        true,
        Optional.of(21),
        Optional.of(true));
  }

  static GoldEvent goldStrike(String actor1, String location, double lat, double lon, int killed) {
    return gold(
        "Explosions/Remote violence",
        "Air/drone strike",
        List.of(actor1),
        List.of(location),
        lat,
        lon,
        Optional.of(LocalDate.of(2017, 6, 14)),
        killed);
  }
}
