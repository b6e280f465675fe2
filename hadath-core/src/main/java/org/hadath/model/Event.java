package org.hadath.model;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * One coded event: ACLED's fields plus hadath's own, each backed by {@link Evidence}.
 *
 * <p>Absent values are {@link Optional}s: an unknown target is an empty {@code actor2}, an
 * unresolvable day an empty {@code date}. Writers turn them into the contract's {@code ""} or
 * {@code null}.
 *
 * @param eventType ACLED event type, e.g. "Explosions/Remote violence"
 * @param subEventType ACLED sub-event type, e.g. "Air/drone strike"
 * @param disorderType ACLED disorder type, e.g. "Political violence"
 * @param actor1 who acts, empty when the report does not say
 * @param assocActors1 actors acting with or backing actor1
 * @param actor2 who is acted on, empty when none
 * @param assocActors2 actors associated with actor2
 * @param civilianTargeting whether civilians were the target (ACLED's civilian targeting)
 * @param location where, empty when no place could be found
 * @param date the event day, empty when it cannot be resolved
 * @param timePrecision ACLED time precision: 1 day, 2 week, 3 month
 * @param dateText the words that gave the date, empty when none
 * @param fatalities ACLED's conservative figure: the lowest reported, 0 when none is reported
 * @param fatalitiesHigh the highest figure reported, empty when none
 * @param wounded the lowest reported number of wounded, empty when none
 * @param reportedBy who the text attributes the event to, in text order
 * @param evidence per output field, the words and rules behind its value
 * @param sources the sources of {@code reportedBy}, with their kind (hadath's extension)
 * @param claims each source's own figures for fatalities and wounded, so disagreements stay visible
 *     (hadath's extension)
 * @param unresolved names no dictionary knows, proposed for the empty actor and place slots
 *     (hadath's extension; {@link Unresolved#NONE} when none)
 */
public record Event(
    String eventType,
    String subEventType,
    String disorderType,
    Optional<Actor> actor1,
    List<Actor> assocActors1,
    Optional<Actor> actor2,
    List<Actor> assocActors2,
    boolean civilianTargeting,
    Optional<Location> location,
    Optional<LocalDate> date,
    int timePrecision,
    Optional<String> dateText,
    int fatalities,
    Optional<Integer> fatalitiesHigh,
    Optional<Integer> wounded,
    List<String> reportedBy,
    Map<String, List<Evidence>> evidence,
    List<ReportSource> sources,
    List<Claim> claims,
    Unresolved unresolved) {

  public Event {
    Objects.requireNonNull(eventType, "eventType");
    Objects.requireNonNull(subEventType, "subEventType");
    Objects.requireNonNull(disorderType, "disorderType");
    Objects.requireNonNull(actor1, "actor1");
    assocActors1 = List.copyOf(assocActors1);
    Objects.requireNonNull(actor2, "actor2");
    assocActors2 = List.copyOf(assocActors2);
    Objects.requireNonNull(location, "location");
    Objects.requireNonNull(date, "date");
    Objects.requireNonNull(dateText, "dateText");
    Objects.requireNonNull(fatalitiesHigh, "fatalitiesHigh");
    Objects.requireNonNull(wounded, "wounded");
    reportedBy = List.copyOf(reportedBy);
    sources = List.copyOf(sources);
    claims = List.copyOf(claims);
    Objects.requireNonNull(unresolved, "unresolved");
    Map<String, List<Evidence>> ev = new LinkedHashMap<>();
    evidence.forEach((k, v) -> ev.put(k, List.copyOf(v)));
    evidence = java.util.Collections.unmodifiableMap(ev);
    if (fatalities < 0) {
      throw new IllegalArgumentException("negative fatalities " + fatalities);
    }
    if (timePrecision < 1 || timePrecision > 3) {
      throw new IllegalArgumentException("time precision must be 1..3, got " + timePrecision);
    }
  }

  /** An event without unresolved names. */
  public Event(
      String eventType,
      String subEventType,
      String disorderType,
      Optional<Actor> actor1,
      List<Actor> assocActors1,
      Optional<Actor> actor2,
      List<Actor> assocActors2,
      boolean civilianTargeting,
      Optional<Location> location,
      Optional<LocalDate> date,
      int timePrecision,
      Optional<String> dateText,
      int fatalities,
      Optional<Integer> fatalitiesHigh,
      Optional<Integer> wounded,
      List<String> reportedBy,
      Map<String, List<Evidence>> evidence,
      List<ReportSource> sources,
      List<Claim> claims) {
    this(
        eventType,
        subEventType,
        disorderType,
        actor1,
        assocActors1,
        actor2,
        assocActors2,
        civilianTargeting,
        location,
        date,
        timePrecision,
        dateText,
        fatalities,
        fatalitiesHigh,
        wounded,
        reportedBy,
        evidence,
        sources,
        claims,
        Unresolved.NONE);
  }

  /** An event without sources' kinds or per-source claims. */
  public Event(
      String eventType,
      String subEventType,
      String disorderType,
      Optional<Actor> actor1,
      List<Actor> assocActors1,
      Optional<Actor> actor2,
      List<Actor> assocActors2,
      boolean civilianTargeting,
      Optional<Location> location,
      Optional<LocalDate> date,
      int timePrecision,
      Optional<String> dateText,
      int fatalities,
      Optional<Integer> fatalitiesHigh,
      Optional<Integer> wounded,
      List<String> reportedBy,
      Map<String, List<Evidence>> evidence) {
    this(
        eventType,
        subEventType,
        disorderType,
        actor1,
        assocActors1,
        actor2,
        assocActors2,
        civilianTargeting,
        location,
        date,
        timePrecision,
        dateText,
        fatalities,
        fatalitiesHigh,
        wounded,
        reportedBy,
        evidence,
        List.of(),
        List.of());
  }

  /** ACLED inter code of actor1, 0 when there is none. */
  public int inter1() {
    return actor1.map(Actor::inter).orElse(0);
  }

  /** ACLED inter code of actor2, 0 when there is none. */
  public int inter2() {
    return actor2.map(Actor::inter).orElse(0);
  }

  /** ACLED interaction: the two inter codes, lowest first ({@code 17}, {@code 27}, {@code 10}). */
  public int interaction() {
    int a = inter1();
    int b = inter2();
    if (a == 0 || b == 0) {
      return Math.max(a, b) * 10;
    }
    return Math.min(a, b) * 10 + Math.max(a, b);
  }

  /** The evidence for one field, empty if it has none. */
  public List<Evidence> evidence(String field) {
    return evidence.getOrDefault(field, List.of());
  }

  /** All evidence, in field order. */
  public List<Evidence> allEvidence() {
    List<Evidence> out = new ArrayList<>();
    evidence.values().forEach(out::addAll);
    return out;
  }
}
