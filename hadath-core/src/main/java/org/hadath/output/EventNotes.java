package org.hadath.output;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.hadath.model.Actor;
import org.hadath.model.Event;
import org.hadath.model.Location;

/**
 * Writes ACLED's {@code notes}: a one-sentence English summary of an event, built only from its
 * coded fields, never from anything else.
 *
 * <p>Rules:
 *
 * <ul>
 *   <li>The sentence is {@code On DATE, CLAUSE[ in PLACE][, CASUALTIES].}
 *   <li>DATE is {@code 14 June 2017}; ACLED's {@code (week of)} / {@code (month of)} follow it for
 *       time precision 2 / 3; an unresolved date reads {@code an unknown date}.
 *   <li>CLAUSE comes from a template per ACLED sub-event type. With an actor1 it is active
 *       ("International Coalition carried out an air/drone strike targeting civilians"); without
 *       one it is a noun phrase ("an air/drone strike targeting civilians was reported"). A
 *       sub-event type without a template gets a generic clause naming it.
 *   <li>An actor is named by its ACLED name, except civilians (inter code 7), written {@code
 *       civilians}.
 *   <li>PLACE is the location name followed by its admin1 in parentheses (the country when admin1
 *       is unknown), unless that is the name itself.
 *   <li>CASUALTIES says {@code killing N people} (or {@code civilians} when civilians were targeted
 *       and are actor2): N is the fatalities, {@code between N and M} when a higher figure was
 *       reported, {@code at least N} when the report gives no upper figure; {@code wounding at
 *       least W} follows for wounded (the lowest reported figure). Nothing is said when neither was
 *       reported.
 * </ul>
 */
public final class EventNotes {
  private static final DateTimeFormatter DATE =
      DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);

  /**
   * How a sub-event type is told.
   *
   * @param active verb phrase after actor1 when there is no actor2
   * @param activeTarget verb phrase after actor1 with actor2, {@code %s} standing for it
   * @param noun noun phrase when actor1 is unknown
   * @param nounTarget noun phrase with actor2, {@code %s} standing for it
   */
  private record Template(String active, String activeTarget, String noun, String nounTarget) {}

  private static final Map<String, Template> TEMPLATES =
      Map.ofEntries(
          Map.entry(
              "Armed clash",
              new Template(
                  "took part in an armed clash",
                  "clashed with %s",
                  "an armed clash",
                  "an armed clash involving %s")),
          Map.entry(
              "Government regains territory",
              new Template(
                  "regained territory",
                  "regained territory from %s",
                  "the government regaining territory",
                  "the government regaining territory from %s")),
          Map.entry(
              "Non-state actor overtakes territory",
              new Template(
                  "took over territory",
                  "took over territory from %s",
                  "a non-state actor taking over territory",
                  "a non-state actor taking over territory from %s")),
          Map.entry(
              "Air/drone strike",
              new Template(
                  "carried out an air/drone strike",
                  "carried out an air/drone strike targeting %s",
                  "an air/drone strike",
                  "an air/drone strike targeting %s")),
          Map.entry(
              "Shelling/artillery/missile attack",
              new Template(
                  "carried out a shelling/artillery/missile attack",
                  "carried out a shelling/artillery/missile attack targeting %s",
                  "a shelling/artillery/missile attack",
                  "a shelling/artillery/missile attack targeting %s")),
          Map.entry(
              "Remote explosive/landmine/IED",
              new Template(
                  "detonated a remote explosive/landmine/IED",
                  "detonated a remote explosive/landmine/IED targeting %s",
                  "a remote explosive/landmine/IED detonation",
                  "a remote explosive/landmine/IED detonation targeting %s")),
          Map.entry(
              "Suicide bomb",
              new Template(
                  "carried out a suicide bombing",
                  "carried out a suicide bombing targeting %s",
                  "a suicide bombing",
                  "a suicide bombing targeting %s")),
          Map.entry(
              "Grenade",
              new Template(
                  "threw a grenade",
                  "threw a grenade at %s",
                  "a grenade attack",
                  "a grenade attack on %s")),
          Map.entry(
              "Chemical weapon",
              new Template(
                  "used a chemical weapon",
                  "used a chemical weapon against %s",
                  "a chemical weapon attack",
                  "a chemical weapon attack on %s")),
          Map.entry(
              "Attack",
              new Template("carried out an attack", "attacked %s", "an attack", "an attack on %s")),
          Map.entry(
              "Abduction/forced disappearance",
              new Template(
                  "carried out an abduction",
                  "abducted %s",
                  "an abduction",
                  "the abduction of %s")),
          Map.entry(
              "Sexual violence",
              new Template(
                  "committed sexual violence",
                  "committed sexual violence against %s",
                  "sexual violence",
                  "sexual violence against %s")),
          Map.entry(
              "Peaceful protest",
              new Template(
                  "held a peaceful protest",
                  "held a peaceful protest against %s",
                  "a peaceful protest",
                  "a peaceful protest against %s")),
          Map.entry(
              "Protest with intervention",
              new Template(
                  "held a protest that was met with intervention",
                  "held a protest that was met with intervention by %s",
                  "a protest that was met with intervention",
                  "a protest that was met with intervention by %s")),
          Map.entry(
              "Excessive force against protesters",
              new Template(
                  "used excessive force against protesters",
                  "used excessive force against %s",
                  "excessive force against protesters",
                  "excessive force against %s")),
          Map.entry(
              "Violent demonstration",
              new Template(
                  "held a violent demonstration",
                  "held a violent demonstration against %s",
                  "a violent demonstration",
                  "a violent demonstration against %s")),
          Map.entry(
              "Mob violence",
              new Template(
                  "engaged in mob violence",
                  "engaged in mob violence against %s",
                  "mob violence",
                  "mob violence against %s")),
          Map.entry(
              "Agreement",
              new Template(
                  "reached an agreement",
                  "reached an agreement with %s",
                  "an agreement",
                  "an agreement with %s")),
          Map.entry(
              "Arrests",
              new Template("made arrests", "arrested %s", "arrests", "the arrest of %s")),
          Map.entry(
              "Change to group/activity",
              new Template(
                  "changed its group or activity",
                  "changed its group or activity with regard to %s",
                  "a change to group/activity",
                  "a change to group/activity involving %s")),
          Map.entry(
              "Disrupted weapons use",
              new Template(
                  "disrupted weapons use",
                  "disrupted weapons use by %s",
                  "disrupted weapons use",
                  "disrupted weapons use by %s")),
          Map.entry(
              "Headquarters or base established",
              new Template(
                  "established a headquarters or base",
                  "established a headquarters or base in the area of %s",
                  "a headquarters or base being established",
                  "a headquarters or base being established by %s")),
          Map.entry(
              "Looting/property destruction",
              new Template(
                  "looted or destroyed property",
                  "looted or destroyed property of %s",
                  "looting/property destruction",
                  "looting/property destruction affecting %s")),
          Map.entry(
              "Non-violent transfer of territory",
              new Template(
                  "took over territory without fighting",
                  "took over territory from %s without fighting",
                  "a non-violent transfer of territory",
                  "a non-violent transfer of territory involving %s")));

  private EventNotes() {}

  /** The one-sentence summary of {@code e}. */
  public static String of(Event e) {
    StringBuilder sb = new StringBuilder(160);
    sb.append("On ").append(date(e)).append(", ");
    Optional<String> a1 = e.actor1().map(EventNotes::actor);
    Optional<String> a2 = e.actor2().map(EventNotes::actor);
    Template t = TEMPLATES.get(e.subEventType());
    if (t == null) {
      String sub = e.subEventType().isBlank() ? e.eventType() : e.subEventType();
      String kind = "an event of type '" + sub + "'";
      t =
          new Template(
              "was involved in " + kind,
              "was involved in " + kind + " with %s",
              kind,
              kind + " involving %s");
    }
    if (a1.isPresent()) {
      sb.append(a1.get()).append(' ');
      sb.append(
          a2.isPresent() ? String.format(Locale.ROOT, t.activeTarget(), a2.get()) : t.active());
    } else {
      sb.append(a2.isPresent() ? String.format(Locale.ROOT, t.nounTarget(), a2.get()) : t.noun());
      sb.append(" was reported");
    }
    e.location().ifPresent(l -> place(sb, l));
    casualties(sb, e);
    sb.append('.');
    return sb.toString();
  }

  private static String date(Event e) {
    Optional<LocalDate> d = e.date();
    if (d.isEmpty()) {
      return "an unknown date";
    }
    String s = DATE.format(d.get());
    return switch (e.timePrecision()) {
      case 2 -> s + " (week of)";
      case 3 -> s + " (month of)";
      default -> s;
    };
  }

  private static String actor(Actor a) {
    return a.inter() == 7 ? "civilians" : a.name();
  }

  private static void place(StringBuilder sb, Location l) {
    if (l.name().isBlank()) {
      return;
    }
    sb.append(" in ").append(l.name());
    String within = !l.admin1().isBlank() ? l.admin1() : l.country();
    if (!within.isBlank() && !within.equals(l.name())) {
      sb.append(" (").append(within).append(')');
    }
  }

  private static void casualties(StringBuilder sb, Event e) {
    boolean civilians = e.civilianTargeting() && e.actor2().map(a -> a.inter() == 7).orElse(false);
    int low = e.fatalities();
    boolean killed = low > 0;
    if (killed) {
      sb.append(", killing ");
      Optional<Integer> high = e.fatalitiesHigh();
      if (high.isEmpty()) {
        sb.append("at least ").append(low);
      } else if (high.get() > low) {
        sb.append("between ").append(low).append(" and ").append(high.get());
      } else {
        sb.append(low);
      }
      boolean one = low == 1 && high.map(h -> h == 1).orElse(true);
      sb.append(civilians ? (one ? " civilian" : " civilians") : (one ? " person" : " people"));
    }
    Optional<Integer> wounded = e.wounded().filter(w -> w > 0);
    if (wounded.isPresent()) {
      sb.append(killed ? " and wounding at least " : ", wounding at least ").append(wounded.get());
    }
  }
}
