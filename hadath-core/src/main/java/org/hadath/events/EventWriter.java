package org.hadath.events;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.hadath.extract.ActorHit;
import org.hadath.extract.ActorLexicon;
import org.hadath.extract.Casualty;
import org.hadath.extract.DemonstrationRoles;
import org.hadath.extract.EventTaxonomy;
import org.hadath.extract.Placement;
import org.hadath.extract.Roles;
import org.hadath.extract.SourceHit;
import org.hadath.extract.SubEventType;
import org.hadath.extract.TimeReader;
import org.hadath.extract.Trigger;
import org.hadath.extract.ner.Spotted;
import org.hadath.model.Actor;
import org.hadath.model.Claim;
import org.hadath.model.Document;
import org.hadath.model.Event;
import org.hadath.model.Evidence;
import org.hadath.model.Location;
import org.hadath.model.PlaceMention;
import org.hadath.model.ReportSource;
import org.hadath.model.Span;
import org.hadath.model.Unresolved;

/**
 * Builds an {@link Event} from a merged draft, with evidence for every field it fills.
 *
 * <p>Rules:
 *
 * <ul>
 *   <li><b>territory</b>: a territory trigger's sub-event type follows who gains: state forces
 *       (inter 1) "Government regains territory", anyone else "Non-state actor overtakes
 *       territory". For a withdrawal the actors swap, so that actor1 is the side that gains.
 *   <li><b>non-violent transfer</b>: a change of territory that tells a withdrawal and no fighting
 *       (no clash, shelling or attack trigger, no one killed or wounded) is "Non-violent transfer
 *       of territory" (ACLED: control acquired without a violent interaction).
 *   <li><b>same-type-in-document</b>: an event left with no actor1 takes the one agent the report's
 *       other events of its sub-event type share, unless it is actor2 or cannot have done it.
 *   <li><b>civilian victims</b>: with no actor2 and only civilians among the casualties, or in an
 *       event whose victims are civilians by definition ({@link Roles#victimsAreCivilians}:
 *       violence against civilians, arrests, looting and property destruction), actor2 is the
 *       civilians of the event's country. Civilian targeting is true when actor2 is a civilians
 *       actor (inter 7), except in strategic developments ({@link Roles#targetsCivilians}).
 *   <li><b>attack on fighters</b>: "Attack" (violence against civilians) with an armed actor2
 *       becomes "Armed clash"; a frame-only "Armed clash" with only civilian victims becomes
 *       "Attack".
 *   <li><b>demonstrators</b>: clashes or grenades with protesters (inter 6) or rioters (inter 5) on
 *       either side are a "Violent demonstration".
 *   <li><b>lethal force</b>: a protest event with people killed and a trigger of force against it
 *       (tear gas, dispersal, live fire) is "Excessive force against protesters".
 *   <li><b>demonstration roles</b>: in protests and riots the crowd, its organisers and the force
 *       that meets it take the roles ACLED gives them ({@link DemonstrationRoles}).
 *   <li><b>frames alone</b>: an event with only frame triggers is kept when it names both sides or
 *       reports casualties; otherwise it tells of no codable event.
 *   <li><b>fatalities</b>: per victim group the lowest figure reported (the highest for {@code
 *       fatalities_high}), summed across groups; unspecified victims («أشخاص», "people") count as
 *       the total when their figure is larger; a subgroup («بينهم نساء») adds nothing; an updated
 *       toll replaces what came before, and so does any current figure an earlier one («في حصيلة
 *       سابقة»); a vague figure («عشرات», "dozens") counts only where its group has no figure; a
 *       statement that there were none ("no one was hurt") counts only where no figure is given. No
 *       report: 0. Wounded the same way, but a vague amount alone gives no figure (the contract's
 *       wounded is the lowest reported number).
 * </ul>
 */
final class EventWriter {
  private EventWriter() {}

  static Optional<Event> build(
      Document doc, Draft d, ActorLexicon actors, EventTaxonomy taxonomy, String documentCountry) {
    Map<String, List<Evidence>> ev = new LinkedHashMap<>();
    Span trigger = d.triggers.get(0).span();
    for (Draft.TriggerUse t : d.triggers) {
      if (t.type().eventType().equals(d.type.eventType())) {
        trigger = t.span();
        break;
      }
    }
    SubEventType type = d.type;
    ActorHit a1 = d.actor1;
    ActorHit a2 = d.actor2;
    List<ActorHit> as1 = d.assoc1;
    List<ActorHit> as2 = d.assoc2;
    String rule1 = d.actor1Rule;
    String rule2 = d.actor2Rule;
    Spotted names = d.names;
    if (d.main.has(Trigger.Flag.TERRITORY)
        && d.main.has(Trigger.Flag.TERRITORY_LOSS)
        && a2 != null) {
      ActorHit x = a1;
      a1 = a2;
      a2 = x;
      List<ActorHit> y = as1;
      as1 = as2;
      as2 = y;
      names = names.swapped();
      String z = rule1;
      rule1 = rule2 + "+withdrawal-swap";
      rule2 = z + "+withdrawal-swap";
    }
    if (d.main.has(Trigger.Flag.TERRITORY) && type.name().endsWith("territory") && a1 != null) {
      type =
          taxonomy.require(
              a1.actor().inter() == 1
                  ? "Government regains territory"
                  : "Non-state actor overtakes territory",
              "EventWriter");
    }
    if (a1 != null
        && rule1.equals("role:first-side")
        && cannotAct(a1, type, d.casualties, actors)) {
      // the first actor named was only the default guess, and it is a victim or cannot have done
      // it (an army planting a roadside bomb, militants flying an air strike): it is acted on
      if (a2 == null) {
        a2 = a1;
        rule2 = "role:victim-not-agent";
      }
      a1 = null;
      rule1 = "";
    }
    if (a1 == null
        && d.documentAgent != null
        && (a2 == null || !a2.actor().id().equals(d.documentAgent.actor().id()))
        && !cannotAct(d.documentAgent, type, d.casualties, actors)) {
      a1 = d.documentAgent; // «these raids» after «an American drone's raid»
      rule1 = "role:same-type-in-document";
    }
    Fatalities killed = Fatalities.of(d.casualties, Casualty.Outcome.KILLED);
    Fatalities wounded = Fatalities.of(d.casualties, Casualty.Outcome.WOUNDED);
    if (d.frameOnly() && (a1 == null || a2 == null) && killed.low() == 0 && wounded.low() == 0) {
      return Optional.empty();
    }
    if (type.eventType().equals("Battles")
        && d.main.has(Trigger.Flag.TERRITORY)
        && withdrawalWithoutFighting(d)
        && killed.low() == 0
        && wounded.low() == 0) {
      // one side withdrew and the other took over, no fighting told: ACLED's non-violent transfer
      type = taxonomy.require("Non-violent transfer of territory", "EventWriter");
    }
    Placement place = d.place;
    Optional<Location> location = Optional.ofNullable(place).map(Placement::location);
    String country = location.map(Location::country).orElse(documentCountry);

    boolean civilianVictims =
        killed.civilianOnly() || (killed.low() == 0 && wounded.civilianOnly());
    if (a2 != null && Roles.guessedArmedVictimOverruled(type, a2.actor(), rule2)) {
      a2 = null; // an abduction's victims are civilians, not the armed side merely named nearby
      as2 = List.of();
    }
    Actor actor2 = a2 == null ? null : a2.actor();
    Span civSpan = null;
    if (actor2 == null && (civilianVictims || Roles.victimsAreCivilians(type, a1 != null))) {
      String victimCountry = !country.isEmpty() ? country : a1 == null ? "" : a1.actor().country();
      Optional<Actor> civ = actors.civilians(victimCountry);
      if (civ.isPresent()) {
        actor2 = civ.get();
        if (civilianVictims) {
          civSpan = killed.civilianOnly() ? killed.victimSpan() : wounded.victimSpan();
          rule2 = "role:civilian-victims";
        } else {
          civSpan = trigger;
          rule2 = "role:civilians-by-event-type";
        }
      }
    }
    boolean civilianTarget = actor2 != null && actor2.inter() == 7 && Roles.targetsCivilians(type);
    boolean demonstrators =
        (a1 != null && demonstrator(a1.actor())) || (actor2 != null && demonstrator(actor2));
    if (demonstrators
        && (type.eventType().equals("Battles") || type.name().equals("Grenade"))
        && !d.main.has(Trigger.Flag.TERRITORY)) {
      // protesters fighting the police, throwing grenades or stones: a violent demonstration
      type = taxonomy.require("Violent demonstration", "EventWriter");
    }
    if (type.name().equals("Attack")
        && actor2 != null
        && actor2.inter() != 7
        && actor2.inter() <= 4) {
      type = taxonomy.require("Armed clash", "EventWriter");
    } else if (d.frameOnly() && type.name().equals("Armed clash") && civilianTarget) {
      type = taxonomy.require("Attack", "EventWriter");
    }

    if (type.eventType().equals("Protests") && killed.low() > 0 && forceUsed(d)) {
      // force met the protest and people were killed: ACLED's lethal force against protesters
      type = taxonomy.require("Excessive force against protesters", "EventWriter");
    }

    if (type.eventType().equals("Protests") || type.eventType().equals("Riots")) {
      // demonstrations: ACLED's crowd, organisers and force (DemonstrationRoles)
      ActorHit h2 =
          a2 == null && actor2 != null
              ? new ActorHit(0, 0, civSpan, actor2, "actor:" + actor2.id(), false, List.of())
              : a2;
      Roles cast =
          DemonstrationRoles.cast(
              type,
              new Roles(Optional.ofNullable(a1), as1, Optional.ofNullable(h2), as2, rule1, rule2),
              country,
              d.time == null ? Optional.empty() : d.time.date(),
              trigger,
              actors);
      a1 = cast.actor1().orElse(null);
      as1 = cast.assoc1();
      a2 = cast.actor2().orElse(null);
      actor2 = a2 == null ? null : a2.actor();
      as2 = cast.assoc2();
      rule1 = cast.rule1();
      rule2 = cast.rule2();
      civilianTarget = actor2 != null && actor2.inter() == 7 && Roles.targetsCivilians(type);
    }
    for (Draft.TriggerUse t : d.triggers) {
      if (t.type().eventType().equals(type.eventType()) || d.triggers.size() == 1) {
        add(ev, doc, "event_type", t.span(), t.rule());
      }
      if (t.type().name().equals(type.name())) {
        add(ev, doc, "sub_event_type", t.span(), t.rule());
      }
    }
    if (!ev.containsKey("event_type")) {
      add(ev, doc, "event_type", trigger, d.triggers.get(0).rule());
    }
    if (!ev.containsKey("sub_event_type")) {
      add(ev, doc, "sub_event_type", trigger, d.triggers.get(0).rule() + "+" + subRule(d, type));
    }
    add(ev, doc, "disorder_type", ev.get("event_type").get(0).span(), "taxonomy:" + type.name());

    if (a1 != null) {
      String r = a1.rule(country) + "+" + rule1;
      add(ev, doc, "actor1", a1.span(), r);
      add(ev, doc, "actor1_ar", a1.span(), r);
      add(ev, doc, "inter1", a1.span(), a1.rule(country) + "+inter");
    }
    for (ActorHit h : as1) {
      add(ev, doc, "assoc_actor_1", h.span(), h.rule(country) + "+role:associated");
    }
    if (actor2 != null) {
      Span s2 = a2 != null ? a2.span() : civSpan;
      String r = (a2 != null ? a2.rule(country) + "+" : "") + rule2;
      add(ev, doc, "actor2", s2, r);
      add(ev, doc, "actor2_ar", s2, r);
      add(ev, doc, "inter2", s2, r + "+inter");
    }
    for (ActorHit h : as2) {
      add(ev, doc, "assoc_actor_2", h.span(), h.rule(country) + "+role:associated");
    }
    if (a1 != null || actor2 != null) {
      Span s = a1 != null ? a1.span() : ev.get("actor2").get(0).span();
      add(ev, doc, "interaction", s, "acled:interaction");
      if (a1 != null && actor2 != null) {
        add(ev, doc, "interaction", ev.get("actor2").get(0).span(), "acled:interaction");
      }
    }
    if (civilianTarget) {
      add(
          ev,
          doc,
          "civilian_targeting",
          ev.get("actor2").get(0).span(),
          "civilian-targeting:civilians-targeted");
    } else {
      add(ev, doc, "civilian_targeting", trigger, "civilian-targeting:no-civilian-target");
    }
    if (place != null) {
      Location l = place.location();
      for (String f : PLACE_FIELDS) {
        String v =
            switch (f) {
              case "country" -> l.country();
              case "iso3" -> l.iso3();
              case "admin1" -> l.admin1();
              case "admin2" -> l.admin2();
              case "admin3" -> l.admin3();
              default -> l.name();
            };
        if (!v.isEmpty()) {
          placeEvidence(ev, doc, f, place, trigger);
        }
      }
      if (l.latitude().isPresent()) {
        placeEvidence(ev, doc, "latitude", place, trigger);
        placeEvidence(ev, doc, "longitude", place, trigger);
      }
      placeEvidence(ev, doc, "geo_precision", place, trigger);
    } else {
      add(ev, doc, "geo_precision", trigger, "place:none-found");
    }
    // a date from the publication date has no words: no date_text, the trigger as evidence
    boolean words = d.time != null && !d.time.rule().equals(TimeReader.PUBLICATION_DATE_RULE);
    if (d.time != null) {
      if (words) {
        add(ev, doc, "date_text", d.time.span(), d.time.rule());
      }
      if (d.time.date().isPresent()) {
        add(ev, doc, "event_date", d.time.span(), d.time.rule());
      }
      add(ev, doc, "time_precision", d.time.span(), d.time.rule() + "+precision");
    } else {
      add(ev, doc, "time_precision", trigger, "time:none-found");
    }
    killed.evidence(ev, doc, "fatalities", trigger);
    if (killed.high() != null) {
      killed.evidence(ev, doc, "fatalities_high", trigger);
    }
    if (wounded.stated()) {
      wounded.evidence(ev, doc, "wounded", trigger);
    }
    List<String> reportedBy = new ArrayList<>();
    List<ReportSource> sources = new ArrayList<>();
    for (SourceHit s : d.sources) {
      if (!reportedBy.contains(s.name())) {
        reportedBy.add(s.name());
        sources.add(new ReportSource(s.name(), s.scope(), s.partisan()));
      }
      add(ev, doc, "reported_by", s.span(), s.rule());
      add(ev, doc, "sources", s.span(), s.rule());
    }
    List<Claim> claims = new ArrayList<>();
    claims(doc, killed, "fatalities", d.sources, claims);
    claims(doc, wounded, "wounded", d.sources, claims);
    for (Claim c : claims) {
      add(ev, doc, "claims", c.span(), "claim:" + c.field() + "/nearest-source-in-sentence");
    }
    Unresolved unresolved =
        names.unresolved(
            doc,
            a1 == null,
            actor2 == null,
            !Spotted.placedInSentence(place),
            (field, n) -> add(ev, doc, field, n.span(), n.rule()));
    Optional<LocalDate> day = d.time == null ? Optional.empty() : d.time.date();
    Optional<Actor> actor1 =
        Optional.ofNullable(a1).map(h -> actors.localize(h.in(country), country, day));
    Actor localized2 =
        actor2 == null ? null : actors.localize(a2 != null ? a2.in(country) : actor2, country, day);
    return Optional.of(
        new Event(
            type.eventType(),
            type.name(),
            type.disorderType(),
            actor1,
            as1.stream().map(h -> actors.localize(h.in(country), country, day)).toList(),
            Optional.ofNullable(localized2),
            as2.stream().map(h -> actors.localize(h.in(country), country, day)).toList(),
            civilianTarget,
            location,
            d.time == null ? Optional.empty() : d.time.date(),
            d.time == null ? 3 : d.time.precision(),
            words ? Optional.of(doc.textAt(d.time.span())) : Optional.empty(),
            killed.low(),
            Optional.ofNullable(killed.high()),
            wounded.stated() ? Optional.of(wounded.low()) : Optional.empty(),
            reportedBy,
            ev,
            sources,
            claims,
            unresolved));
  }

  /**
   * Each figure with the source nearest to it in the same sentence: when two sources give different
   * tolls, both claims stay visible next to ACLED's conservative figure.
   */
  private static void claims(
      Document doc, Fatalities f, String field, List<SourceHit> sources, List<Claim> out) {
    for (Casualty c : f.used()) {
      if (c.number().isEmpty()) {
        continue;
      }
      Span n = c.number().get();
      String who = "unattributed";
      int best = Integer.MAX_VALUE;
      for (SourceHit s : sources) {
        int from = Math.min(s.span().end(), c.span().end());
        int to = Math.max(s.span().start(), c.span().start());
        if (from < to && crossesSentence(doc.text(), from, to)) {
          continue;
        }
        int dist = Math.max(0, to - from);
        if (dist < best) {
          best = dist;
          who = s.name();
        }
      }
      out.add(new Claim(who, field, c.quantity().low(), n, doc.textAt(n)));
    }
  }

  private static boolean crossesSentence(String text, int from, int to) {
    for (int i = from; i < to; i++) {
      char ch = text.charAt(i);
      if (ch == '.' || ch == '؟' || ch == '?' || ch == '!' || ch == '\n') {
        return true;
      }
    }
    return false;
  }

  private static final String[] PLACE_FIELDS = {
    "country", "iso3", "admin1", "admin2", "admin3", "location"
  };

  private static void placeEvidence(
      Map<String, List<Evidence>> ev, Document doc, String field, Placement place, Span trigger) {
    if (place.mentions().isEmpty()) {
      // a dateline place whose words could not be found again: point at the event it places
      add(ev, doc, field, trigger, place.rule());
    }
    for (PlaceMention m : place.mentions()) {
      add(ev, doc, field, m.span(), place.rule() + "/" + m.rule());
    }
  }

  /**
   * Whether an actor guessed only by its place in the sentence cannot be the one acting: it is
   * named with the dead or wounded, or the event is one it does not do — air strikes are flown by
   * states (inter 1) and foreign forces (inter 8); roadside bombs, suicide bombs and grenades are
   * not the work of a state's regular army or police ({@link ActorLexicon#regularForces}: an armed
   * movement that ACLED codes as state forces where it governs, the Houthis, does lay mines), and
   * civilians (inter 7) never act.
   */
  private static boolean cannotAct(
      ActorHit h, SubEventType type, List<Casualty> casualties, ActorLexicon actors) {
    Actor a = h.actor();
    for (Casualty c : casualties) {
      Span v = c.span();
      if (h.span().start() < v.end() + VICTIM_GAP && v.start() < h.span().end()) {
        return true; // «مقتل 7 جنود», «عناصر من قوات النظام»: named among the dead or wounded
      }
    }
    String sub = type.name();
    if (sub.equals("Air/drone strike")) {
      return a.inter() != 1 && a.inter() != 8;
    }
    if (sub.equals("Remote explosive/landmine/IED")
        || sub.equals("Suicide bomb")
        || sub.equals("Grenade")) {
      return actors.regularForces(a) || a.inter() == 7;
    }
    return a.inter() == 7;
  }

  /** Whether the actor is demonstrators: protesters (inter 6) or rioters (inter 5). */
  /**
   * Whether the draft tells a withdrawal (a territory-loss trigger) and no fighting: no trigger of
   * a battle, explosion or attack other than the territory words themselves.
   */
  private static boolean withdrawalWithoutFighting(Draft d) {
    boolean withdrawal = false;
    for (Draft.TriggerUse t : d.triggers) {
      withdrawal |= t.trigger().has(Trigger.Flag.TERRITORY_LOSS);
      String e = t.type().eventType();
      if (!t.trigger().has(Trigger.Flag.TERRITORY)
          && (e.equals("Battles")
              || e.equals("Explosions/Remote violence")
              || e.equals("Violence against civilians"))) {
        return false;
      }
    }
    return withdrawal;
  }

  private static boolean demonstrator(Actor a) {
    return a.inter() == 6 || a.inter() == 5;
  }

  /** How far after a casualty report (in chars) an actor still names the victims' side. */
  private static final int VICTIM_GAP = 20;

  /** Whether a trigger of the draft tells of force against a protest (tear gas, live fire…). */
  private static boolean forceUsed(Draft d) {
    for (Draft.TriggerUse t : d.triggers) {
      String sub = t.type().name();
      if (t.trigger().has(Trigger.Flag.NEEDS_PROTEST)
          || sub.equals("Protest with intervention")
          || sub.equals("Excessive force against protesters")) {
        return true;
      }
    }
    return false;
  }

  private static String subRule(Draft d, SubEventType type) {
    if (d.main.has(Trigger.Flag.TERRITORY)) {
      return "territory:gainer";
    }
    return "type-rule:" + type.name();
  }

  static void add(
      Map<String, List<Evidence>> ev, Document doc, String field, Span span, String rule) {
    List<Evidence> list = ev.computeIfAbsent(field, k -> new ArrayList<>());
    for (Evidence e : list) {
      if (e.span().equals(span) && e.rule().equals(rule)) {
        return;
      }
    }
    list.add(Evidence.of(field, doc, span, rule));
  }
}
