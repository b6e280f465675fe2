package org.hadath.events;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.hadath.extract.ActorHit;
import org.hadath.extract.ActorLexicon;
import org.hadath.extract.Casualty;
import org.hadath.extract.CasualtyFinder;
import org.hadath.extract.EventTaxonomy;
import org.hadath.extract.Modality;
import org.hadath.extract.Nationalities;
import org.hadath.extract.PlaceLocator;
import org.hadath.extract.Placement;
import org.hadath.extract.RoleAnalyzer;
import org.hadath.extract.Roles;
import org.hadath.extract.SourceHit;
import org.hadath.extract.SourceLexicon;
import org.hadath.extract.SubEventType;
import org.hadath.extract.TimeReader;
import org.hadath.extract.Trigger;
import org.hadath.extract.TriggerLexicon;
import org.hadath.extract.ner.NameSpotter;
import org.hadath.extract.ner.Spotted;
import org.hadath.model.Document;
import org.hadath.model.Event;
import org.hadath.model.Problem;
import org.hadath.model.Span;
import org.hadath.model.TimeMention;
import org.hadath.text.PhraseMatcher.Match;
import org.hadath.text.QuantityFinder;
import org.hadath.text.QuantityMatch;
import org.hadath.text.Token;

/**
 * Reads the events of one document from its body sentences.
 *
 * <p>For every sentence that is not an opinion or history (a year before publication, or in an
 * undated report a bare year after «عام», «منذ», "in"; an earlier month: {@link
 * Modality#pastMarker}, and an English sentence that points back to such history: "The strike
 * killed…"), each trigger that survives {@link Modality} (not negated, planned, threatened, a
 * purpose, a question or a summary; a protest word stated as a purpose, «تجمعوا للاحتجاج», is the
 * protest itself; in a sentence that reports a protest, a trigger naming its grievance, {@link
 * Modality#protestGrievance}, is no event of its own) and does not sit inside an actor or source
 * name makes the sentence a candidate. A candidate takes the sentence's roles ({@link
 * RoleAnalyzer}), place ({@link PlaceLocator}), time ({@link TimeReader}), casualties ({@link
 * CasualtyFinder}) and sources. Casualties and sources of a sentence without a trigger go to the
 * candidate before it in the same paragraph. Then {@link Merger} joins candidates that report the
 * same event, and {@link EventWriter} builds each event with its evidence.
 *
 * <p>Instances are immutable and shared by all threads.
 */
public final class EventExtractor {
  private final TriggerLexicon triggers;
  private final ActorLexicon actors;
  private final SourceLexicon sources;
  private final PlaceLocator places;
  private final TimeReader times;
  private final CasualtyFinder casualties;
  private final EventTaxonomy taxonomy;
  private final Nationalities nationalities = Nationalities.standard();
  private final Optional<NameSpotter> names;

  public EventExtractor(
      TriggerLexicon triggers,
      ActorLexicon actors,
      SourceLexicon sources,
      PlaceLocator places,
      TimeReader times,
      CasualtyFinder casualties,
      EventTaxonomy taxonomy) {
    this(triggers, actors, sources, places, times, casualties, taxonomy, Optional.empty());
  }

  /**
   * With {@code names} proposing names no dictionary knows for empty actor and place slots (see
   * {@link NameSpotter}); without it, nothing beyond the dictionaries is reported.
   */
  public EventExtractor(
      TriggerLexicon triggers,
      ActorLexicon actors,
      SourceLexicon sources,
      PlaceLocator places,
      TimeReader times,
      CasualtyFinder casualties,
      EventTaxonomy taxonomy,
      Optional<NameSpotter> names) {
    this.names = names;
    this.triggers = triggers;
    this.actors = actors;
    this.sources = sources;
    this.places = places;
    this.times = times;
    this.casualties = casualties;
    this.taxonomy = taxonomy;
  }

  /** What one sentence holds, found once. */
  private record Found(
      List<Match<Trigger>> triggers, List<ActorHit> actors, List<SourceHit> sources) {}

  /**
   * The events of {@code doc}, whose body is {@code sentences} over {@code tokens}.
   *
   * <p>Tolls of a sentence without a trigger go to the candidate before it in its paragraph, else
   * to the next one there. A paragraph of tolls alone tells more of the event before it, unless a
   * paragraph since opened by turning to another story («في المقابل»، "Meanwhile"); before the
   * first event they go to the first event.
   */
  public List<Event> extract(
      Document doc, List<Token> tokens, List<SentenceUnit> body, List<Problem> problems) {
    List<SentenceUnit> sentences = clauses(tokens, body);
    List<Found> found = new ArrayList<>(sentences.size());
    List<Span> exclude = new ArrayList<>();
    Set<String> countries = new HashSet<>();
    Set<String> strong = new HashSet<>();
    java.util.Map<String, Integer> countryVotes = new java.util.HashMap<>();
    for (SentenceUnit s : sentences) {
      List<SourceHit> src = sources.find(tokens, s.from(), s.to());
      List<ActorHit> hits = actors.find(tokens, s.from(), s.to(), doc.published());
      hits.forEach(h -> exclude.add(h.span()));
      src.forEach(h -> exclude.add(h.span()));
      for (ActorHit h : hits) {
        if (!h.weak()) {
          countries.add(h.actor().country());
          strong.add(h.actor().id());
          countryVotes.merge(h.actor().country(), 1, Integer::sum);
        }
      }
      List<Match<Trigger>> trig = triggers.find(tokens, s.from(), s.to());
      found.add(new Found(trig, hits, src));
    }
    countries.remove("");
    for (int si = 0; si < found.size(); si++) {
      Found f = found.get(si);
      // an ambiguous alias counts only where the document names its actor plainly too
      List<ActorHit> trusted = new ArrayList<>(f.actors().size());
      for (ActorHit h : f.actors()) {
        if (!h.weak() || strong.contains(h.actor().id())) {
          trusted.add(h);
        }
      }
      List<ActorHit> acting =
          Speakers.withoutSpeakers(tokens, sentences.get(si).from(), trusted, f.sources());
      found.set(si, new Found(f.triggers(), acting, f.sources()));
    }
    PlaceLocator.Places docPlaces = places.places(doc, tokens, exclude, countries);
    List<TimeMention> docTimes = times.find(doc, tokens, 0, tokens.size(), problems);
    List<Draft> drafts = new ArrayList<>();
    boolean previousOpinion = false;
    boolean previousPast = false;
    int pastParagraph = -1;
    Draft lastInParagraph = null;
    int paragraph = -1;
    List<Casualty> orphanCasualties = new ArrayList<>();
    boolean turned = false;
    List<SourceHit> orphanSources = new ArrayList<>();
    boolean protestInParagraph = false;
    Set<SubEventType> told = new HashSet<>();
    for (int si = 0; si < sentences.size(); si++) {
      SentenceUnit s = sentences.get(si);
      if (s.paragraph() != paragraph) {
        if (!drafts.isEmpty()) {
          // a paragraph of tolls alone tells more of the event before it, unless the report
          // turned to another story since («في المقابل، …», "Meanwhile, …")
          if (!turned) {
            drafts.get(drafts.size() - 1).casualties.addAll(orphanCasualties);
          }
          orphanCasualties.clear();
        }
        turned |= !drafts.isEmpty() && turnsTopic(tokens, s);
        paragraph = s.paragraph();
        protestInParagraph = false;
        lastInParagraph = null;
        orphanSources.clear();
      }
      boolean opinion = Modality.opinion(tokens, s.from(), s.to(), previousOpinion);
      previousOpinion = opinion;
      boolean past =
          background(doc, tokens, s, docTimes, found.get(si).triggers())
              || Modality.pastMarker(tokens, s.from(), s.to())
              || previousPast
                  && s.paragraph() == pastParagraph
                  && anaphoric(tokens, s, found.get(si).triggers());
      previousPast = past;
      if (past) {
        pastParagraph = s.paragraph();
      }
      if (opinion || past) {
        continue;
      }
      Draft d =
          candidate(
              doc,
              tokens,
              sentences,
              si,
              found.get(si),
              docPlaces,
              docTimes,
              protestInParagraph,
              told);
      if (d == null) {
        List<Casualty> cs = casualtiesOf(doc, tokens, s);
        List<SourceHit> src = found.get(si).sources();
        if (lastInParagraph != null) {
          lastInParagraph.casualties.addAll(cs);
          lastInParagraph.sources.addAll(src);
        } else {
          orphanCasualties.addAll(cs);
          orphanSources.addAll(src);
        }
        continue;
      }
      d.casualties.addAll(0, orphanCasualties);
      d.sources.addAll(0, orphanSources);
      orphanCasualties.clear();
      orphanSources.clear();
      drafts.add(d);
      for (Draft.TriggerUse t : d.triggers) {
        told.add(t.trigger().type());
      }
      turned = false;
      lastInParagraph = d;
      protestInParagraph |= d.reportsProtest();
    }
    if (!drafts.isEmpty() && !turned) {
      drafts.get(drafts.size() - 1).casualties.addAll(orphanCasualties);
    }
    List<Draft> merged = Merger.merge(drafts, actors, places, doc.text());
    Fatalities.spreadSplits(merged);
    documentAgents(merged);
    // undated events: the lead's date, else the publication date (after merging, so that a
    // fallback date never keeps two mentions of one event apart)
    List<Span> lead = new ArrayList<>();
    for (int si = 0; si < body.size() && lead.size() < TimeReader.LEAD_SENTENCES; si++) {
      lead.add(body.get(si).span());
    }
    for (Draft d : merged) {
      if (d.time == null) {
        d.time = times.fallback(doc, docTimes, lead, d.triggers.get(0).span()).orElse(null);
      }
    }
    countryVotes.remove("");
    // the country most of the document's named actors belong to: the fallback for unplaced events
    String documentCountry =
        countryVotes.entrySet().stream()
            .max(java.util.Map.Entry.comparingByValue())
            .map(java.util.Map.Entry::getKey)
            .orElse("");
    List<Event> events = new ArrayList<>();
    for (Draft d : merged) {
      EventWriter.build(doc, d, actors, taxonomy, documentCountry).ifPresent(events::add);
    }
    return events;
  }

  /**
   * <b>same-type-in-document</b>: the one agent that every other event of a draft's sub-event type
   * in the report has («these raids» after «an American drone's raid»; a massacre in a report of
   * one militia's attacks): {@link EventWriter} gives it to an event whose sentence names no agent.
   */
  private static void documentAgents(List<Draft> drafts) {
    for (Draft d : drafts) {
      if (d.frameOnly()) {
        continue;
      }
      ActorHit agent = null;
      boolean one = true;
      for (Draft o : drafts) {
        if (o == d || !o.type.name().equals(d.type.name()) || o.actor1 == null) {
          continue;
        }
        if (agent == null) {
          agent = o.actor1;
        } else if (!agent.actor().id().equals(o.actor1.actor().id())) {
          one = false;
        }
      }
      if (agent != null && one) {
        d.documentAgent = agent; // EventWriter takes it if the sentence leaves actor1 empty
      }
    }
  }

  /**
   * Conjunctions that set a clause beside another after a comma: «، فيما …», "…, while …" (and the
   * two words «في حين», whereas).
   */
  private static final Set<String> CONTRAST = Set.of("فيما", "بينما", "while", "whereas");

  /** Words after «فيما» that make it "regarding", "later" or "among", not a conjunction. */
  private static final Set<String> NOT_CONJUNCTION =
      Set.of("يتعلق", "يخص", "بعد", "بين", "بينها", "بينهم", "يلي", "يبدو", "عدا", "اذا");

  /**
   * <b>contrast-clause</b>: a sentence is read as clauses, split before a contrastive conjunction
   * that follows a comma («، فيما …», «، بينما …», «، في حين …», ", while …", ", whereas …»; not
   * «فيما يتعلق», «فيما بعد», «فيما بينهم»): such a clause tells a thing beside the first, often
   * another event in another place («حريق في مبنى البلدية بعد أن رماه محتجون بالمولوتوف، فيما قطع
   * محتجون أوتوستراد الزوق»). A clause without a trigger gives its tolls and sources to the event
   * before it, as a sentence does, and clauses of one event join again in {@link Merger}.
   */
  static List<SentenceUnit> clauses(List<Token> tokens, List<SentenceUnit> sentences) {
    List<SentenceUnit> out = null;
    for (int si = 0; si < sentences.size(); si++) {
      SentenceUnit s = sentences.get(si);
      int start = s.from();
      for (int i = s.from() + 1; i + 1 < s.to(); i++) {
        Token t = tokens.get(i);
        Token before = tokens.get(i - 1);
        boolean whereas = t.norm().equals("في") && tokens.get(i + 1).norm().equals("حين");
        if (t.kind() == Token.Kind.PUNCT
            || before.kind() != Token.Kind.PUNCT
            || !(before.norm().equals("،") || before.norm().equals(","))
            || !(whereas || CONTRAST.contains(t.norm()) || CONTRAST.contains(t.keys()[0]))
            || NOT_CONJUNCTION.contains(tokens.get(i + 1).keys()[0])
            || NOT_CONJUNCTION.contains(tokens.get(i + 1).norm())) {
          continue;
        }
        if (out == null) {
          out = new ArrayList<>(sentences.size() + 4);
          out.addAll(sentences.subList(0, si));
        }
        out.add(unit(tokens, start, i, s.paragraph()));
        start = i;
      }
      if (out != null) {
        out.add(start == s.from() ? s : unit(tokens, start, s.to(), s.paragraph()));
      }
    }
    return out == null ? sentences : out;
  }

  private static SentenceUnit unit(List<Token> tokens, int from, int to, int paragraph) {
    return new SentenceUnit(
        new Span(tokens.get(from).start(), tokens.get(to - 1).end()), from, to, paragraph);
  }

  /** Openings that turn to another story: «في المقابل», «من جهة أخرى», "meanwhile". */
  private static final List<List<String>> TOPIC_TURNS =
      List.of(
          List.of("في", "مقابل"),
          List.of("من", "جهه", "اخري"),
          List.of("من", "جهه", "ثانيه"),
          List.of("من", "ناحيه", "اخري"),
          List.of("علي", "صعيد", "اخر"),
          List.of("في", "سياق", "اخر"),
          List.of("في", "تطور", "اخر"),
          List.of("في", "حادث", "اخر"),
          List.of("في", "حادثه", "اخري"),
          List.of("meanwhile"),
          List.of("elsewhere"),
          List.of("separately"),
          List.of("in", "another"),
          List.of("in", "a", "separate"));

  /**
   * Whether sentence {@code s} opens by turning to another story («في المقابل، …», «من جهة أخرى»,
   * "Meanwhile, …"): tolls told after it belong to that story, not to the event before.
   */
  private static boolean turnsTopic(List<Token> tokens, SentenceUnit s) {
    for (List<String> turn : TOPIC_TURNS) {
      if (s.to() - s.from() < turn.size()) {
        continue;
      }
      boolean match = java.util.Arrays.asList(tokens.get(s.from()).keys()).contains(turn.get(0));
      for (int i = 1; match && i < turn.size(); i++) {
        match = tokens.get(s.from() + i).keys()[0].equals(turn.get(i));
      }
      if (match) {
        return true;
      }
    }
    return false;
  }

  private List<Casualty> casualtiesOf(Document doc, List<Token> tokens, SentenceUnit s) {
    if (!casualties.mentionsOutcome(tokens, s.from(), s.to())
        || Modality.aggregate(tokens, s.from(), s.to())) {
      return List.of(); // most sentences: no need to read their numbers
    }
    List<QuantityMatch> q = QuantityFinder.find(doc.text(), tokens, s.from(), s.to());
    List<Casualty> found = casualties.find(tokens, s.from(), s.to(), q);
    return Modality.runningTotal(tokens, s.from(), s.to())
        ? CasualtyFinder.outsideRunningTotals(tokens, s.from(), s.to(), found)
        : found;
  }

  private Draft candidate(
      Document doc,
      List<Token> tokens,
      List<SentenceUnit> sentences,
      int si,
      Found f,
      PlaceLocator.Places docPlaces,
      List<TimeMention> docTimes,
      boolean protestBefore,
      Set<SubEventType> told) {
    SentenceUnit s = sentences.get(si);
    if (f.triggers().isEmpty()) {
      return null;
    }
    List<ActorHit> hits = f.actors();
    List<SourceHit> src = f.sources();
    boolean protest = false;
    for (Match<Trigger> m : f.triggers()) {
      protest |= m.value().has(Trigger.Flag.PROTEST);
    }
    List<Match<Trigger>> kept = new ArrayList<>();
    for (Match<Trigger> m : f.triggers()) {
      Trigger t = m.value();
      if (t.has(Trigger.Flag.NEEDS_PROTEST) && !protest && !protestBefore) {
        continue;
      }
      if (monthName(doc.text(), tokens, s, m)) {
        continue; // "on 3 March": the month, not a march
      }
      if (dawn(tokens, s, m)) {
        continue; // «فجر اليوم»: dawn, not «فجّر» (blew up)
      }
      if (told.contains(t.type()) && afterTold(tokens, s, m)) {
        continue; // «وبعد الاشتباكات، قالت …»: the clashes told before, now a point in time
      }
      if (inside(m, hits, src) && !t.has(Trigger.Flag.PROTEST)) {
        continue; // «تحرير» in «هيئة تحرير الشام»; but «المتظاهرون» names both the actor and the
        // protest
      }
      if (protest
          && Modality.protestGrievance(
              tokens,
              s.from(),
              m.firstToken(),
              t.has(Trigger.Flag.PROTEST) || t.type().eventType().equals("Riots"))) {
        continue; // «families who claim their children were kidnapped held a sit-in»: the sit-in
      }
      Optional<String> why = Modality.exclusion(tokens, s.from(), s.to(), m.firstToken());
      if (why.isPresent() && !(why.get().equals("purpose") && t.has(Trigger.Flag.PROTEST))) {
        continue; // a protest's purpose («تجمعوا للاحتجاج») names the gathering that is the protest
      }
      kept.add(m);
    }
    if (kept.isEmpty()) {
      return null;
    }
    Draft d = new Draft();
    d.firstSentence = si;
    d.lastSentence = si;
    d.paragraph = s.paragraph();
    for (Match<Trigger> m : kept) {
      SubEventType type =
          TypeRules.adjust(
              m.value(), tokens, s.from(), s.to(), m.endToken(), taxonomy, protest, protestBefore);
      d.offer(new Draft.TriggerUse(m.value(), type, m.span(), m.value().rule()));
    }
    Match<Trigger> main = mainMatch(kept, d);
    if (Modality.unclaimed(tokens, s.from(), s.to())) {
      hits = List.of(); // «لم تتبنَّ أي جهة الهجوم، غير أن X …»: X is a suspect, not the actor
    }
    Roles roles =
        RoleAnalyzer.analyze(
            tokens,
            s.from(),
            s.to(),
            hits,
            main.firstToken(),
            main.endToken(),
            main.value(),
            actors);
    d.actor1 = roles.actor1().orElse(null);
    d.actor1Rule = roles.rule1();
    Optional<ActorHit> national = nationalAgent(doc, tokens, s, main, roles);
    d.assoc1.addAll(roles.assoc1());
    d.actor2 = roles.actor2().orElse(null);
    d.actor2Rule = roles.rule2();
    d.assoc2.addAll(roles.assoc2());
    if (national.isPresent()) {
      // «غارة إسرائيلية»: the adjective names who acts; whoever was read as acting is acted on
      String nationalId = national.get().actor().id();
      if (d.actor1 != null
          && (d.actor2 == null || d.actor2.actor().id().equals(nationalId))
          && !d.actor1.actor().id().equals(nationalId)) {
        d.actor2 = d.actor1;
        d.actor2Rule = d.actor1Rule + "+displaced-by-nationality";
        d.assoc2.clear();
        d.assoc2.addAll(d.assoc1);
        d.assoc1.clear();
      }
      d.actor1 = national.get();
      d.actor1Rule = "role:nationality-adjective";
    }
    int[] para = paragraphRange(sentences, si);
    Span paraSpan = new Span(tokens.get(para[0]).start(), tokens.get(para[1] - 1).end());
    // ACLED names the most precise place: try every trigger of the sentence, main one first
    d.place = docPlaces.locate(main.span(), s.span(), paraSpan).orElse(null);
    for (Match<Trigger> m : kept) {
      if (m != main) {
        Placement p = docPlaces.locate(m.span(), s.span(), paraSpan).orElse(null);
        if (p != null && (d.place == null || p.betterThan(d.place))) {
          d.place = p;
        }
      }
    }
    if (names.isPresent()) {
      d.names =
          names
              .get()
              .spot(
                  doc.text(),
                  tokens,
                  s.from(),
                  s.to(),
                  hits,
                  main.firstToken(),
                  main.endToken(),
                  main.value(),
                  actors,
                  d.actor1 == null,
                  d.actor2 == null,
                  !Spotted.placedInSentence(d.place));
    }
    // the sentence's time, else the paragraph's before it: «أمس … وأسفر القصف عن …»
    d.time = times.forEvent(doc, docTimes, main.span(), s.span(), paraSpan).orElse(null);
    if (Modality.diedOfWounds(tokens, s.from(), s.to())) {
      d.time = null; // «توفي متأثراً بجراحه أمس»: the day of the death, not of the attack
    }
    d.casualties.addAll(casualtiesOf(doc, tokens, s));
    d.sources.addAll(src);
    d.preferBattle();
    return d;
  }

  private Optional<ActorHit> nationalAgent(
      Document doc, List<Token> tokens, SentenceUnit s, Match<Trigger> main, Roles roles) {
    if (roles.actor1().isPresent() && !roles.rule1().equals("role:first-side")) {
      return Optional.empty(); // the syntax already named the actor
    }
    Optional<Match<String>> adj =
        nationalities.agentOf(tokens, s.from(), s.to(), main.firstToken(), main.endToken());
    if (adj.isEmpty()) {
      return Optional.empty();
    }
    Match<String> m = adj.get();
    return actors
        .military(m.value(), doc.published())
        .map(
            a ->
                new ActorHit(
                    m.firstToken(),
                    m.endToken(),
                    m.span(),
                    a,
                    "nationality:" + m.phrase(),
                    false,
                    List.of()));
  }

  private static Match<Trigger> mainMatch(List<Match<Trigger>> kept, Draft d) {
    for (Match<Trigger> m : kept) {
      if (m.value() == d.main) {
        return m;
      }
    }
    return kept.get(0);
  }

  /**
   * Whether the trigger lies wholly inside an actor's or a source's name («تحرير» in «هيئة تحرير
   * الشام», «ذبح» in «الرقة تذبح بصمت»). A trigger that only shares words with a name ("drone" in
   * the alias "Turkish drone" and the trigger "drone strike") is kept.
   */
  private static boolean inside(Match<Trigger> m, List<ActorHit> hits, List<SourceHit> src) {
    for (ActorHit h : hits) {
      if (h.firstToken() <= m.firstToken() && m.endToken() <= h.endToken()) {
        return true;
      }
    }
    for (SourceHit h : src) {
      if (h.firstToken() <= m.firstToken() && m.endToken() <= h.endToken()) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether an English trigger that is also a month name ("march") is written as the month: with a
   * capital inside the sentence, or next to a number ("3 March", "March 2020").
   */
  static boolean monthName(String text, List<Token> tokens, SentenceUnit s, Match<Trigger> m) {
    if (m.endToken() - m.firstToken() != 1) {
      return false;
    }
    Token t = tokens.get(m.firstToken());
    if (!t.norm().equals("march") || !Character.isUpperCase(text.charAt(t.start()))) {
      return false;
    }
    int i = m.firstToken();
    boolean numberNext =
        (i > s.from() && tokens.get(i - 1).kind() == Token.Kind.NUMBER)
            || (i + 1 < s.to() && tokens.get(i + 1).kind() == Token.Kind.NUMBER);
    return numberNext || i > s.from();
  }

  /** «بعد», «عقب», «إثر»; "after", "following": what follows is a point in time. */
  private static final Set<String> AFTER = Set.of("بعد", "عقب", "اثر", "after", "following");

  /**
   * Whether the trigger names, with the definite article, an event told before as the time of what
   * the sentence reports: right after «بعد», «عقب», «إثر» («وبعد الاشتباكات، قالت كتائب …»), or
   * "after the", "following the" ("After the clashes, the group said …"). The caller checks that a
   * trigger of the same kind was told in an earlier sentence.
   */
  static boolean afterTold(List<Token> tokens, SentenceUnit s, Match<Trigger> m) {
    int i = m.firstToken();
    Token t = tokens.get(i);
    if (t.kind() == Token.Kind.ARABIC) {
      if (i - 1 < s.from() || t.norm().equals(t.keys()[0]) || !t.norm().startsWith("ال")) {
        return false; // «بعد هجوم …» (indefinite) may open a new event
      }
      for (String k : tokens.get(i - 1).keys()) {
        if (AFTER.contains(k)) {
          return true;
        }
      }
      return false;
    }
    return i - 2 >= s.from()
        && tokens.get(i - 1).norm().equals("the")
        && AFTER.contains(tokens.get(i - 2).norm());
  }

  /** Day words after «فجر» that make it "dawn" («فجر اليوم», «فجر أمس», «فجر الخميس»). */
  private static final Set<String> DAY_WORDS =
      Set.of(
          "يوم", "اليوم", "امس", "غد", "سبت", "احد", "اثنين", "ثلاثاء", "اربعاء", "خميس", "جمعه");

  /**
   * Whether an Arabic trigger «فجر» (blew up) is the noun "dawn": a day word follows it («فجر اليوم
   * الخميس», «فجر أمس», «فجر السبت»).
   */
  static boolean dawn(List<Token> tokens, SentenceUnit s, Match<Trigger> m) {
    if (m.endToken() - m.firstToken() != 1 || m.endToken() >= s.to()) {
      return false;
    }
    Token t = tokens.get(m.firstToken());
    if (t.kind() != Token.Kind.ARABIC || !t.keys()[0].equals("فجر")) {
      return false;
    }
    Token next = tokens.get(m.endToken());
    return DAY_WORDS.contains(next.keys()[0]) || DAY_WORDS.contains(next.norm());
  }

  private static int[] paragraphRange(List<SentenceUnit> sentences, int si) {
    int p = sentences.get(si).paragraph();
    int a = si;
    while (a > 0 && sentences.get(a - 1).paragraph() == p) {
      a--;
    }
    int b = si;
    while (b + 1 < sentences.size() && sentences.get(b + 1).paragraph() == p) {
      b++;
    }
    return new int[] {sentences.get(a).from(), sentences.get(b).to()};
  }

  /**
   * Whether an English sentence opens by pointing back ("The strike killed…" with a trigger right
   * after "The", "It happened…", "This…"): after a sentence of history it continues that history.
   */
  private static boolean anaphoric(
      List<Token> tokens, SentenceUnit s, List<Match<Trigger>> triggers) {
    if (s.from() >= s.to()) {
      return false;
    }
    String n = tokens.get(s.from()).norm();
    if (n.equals("it") || n.equals("this") || n.equals("that")) {
      return true;
    }
    for (Match<Trigger> m : triggers) {
      if (n.equals("the") && m.firstToken() == s.from() + 1) {
        return true; // "The strike killed…"
      }
    }
    return false;
  }

  /**
   * Whether the sentence tells history: it names a year before the publication year («منذ 2014»,
   * «في عام 2013», "in 2014") other than inside a full date of the event, or after «منذ» in a
   * comparison («الأولى من نوعها منذ العام 2003», {@link Modality#comparison}). A sentence that
   * dates what it tells to a day of the week before publication («أمس الأول», «أمس», «اليوم»)
   * reports news, and an earlier year in it is context («منذ العام 2005»), unless that year stands
   * within two words of a trigger and so dates it («هجوم عام 2012», "the 2012 attack").
   */
  private static boolean background(
      Document doc,
      List<Token> tokens,
      SentenceUnit s,
      List<TimeMention> docTimes,
      List<Match<Trigger>> triggers) {
    if (doc.published().isEmpty()) {
      return undatedHistory(tokens, s, docTimes);
    }
    java.time.LocalDate published = doc.published().get();
    boolean recent = false;
    for (TimeMention m : docTimes) {
      if (m.precision() == 1
          && m.date().isPresent()
          && !m.date().get().isAfter(published)
          && m.date().get().isAfter(published.minusDays(7))
          && s.span().start() <= m.span().start()
          && m.span().end() <= s.span().end()) {
        recent = true;
      }
    }
    int year = published.getYear();
    for (int i = s.from(); i < s.to(); i++) {
      Token t = tokens.get(i);
      if (t.kind() != Token.Kind.NUMBER || t.norm().length() != 4) {
        continue;
      }
      int y;
      try {
        y = Integer.parseInt(t.norm());
      } catch (NumberFormatException e) {
        continue;
      }
      if (y < 1900 || y >= year) {
        continue;
      }
      int since = i - 1;
      if (since > s.from() && tokens.get(since).keys()[0].equals("عام")) {
        since--;
      }
      if (since >= s.from()
          && (tokens.get(since).keys()[0].equals("منذ") || tokens.get(since).norm().equals("since"))
          && Modality.comparison(tokens, s.from(), since)) {
        continue;
      }
      if (recent && !nearTrigger(triggers, i)) {
        continue;
      }
      if (!insideDayDate(t, docTimes)) {
        return true;
      }
    }
    return false;
  }

  /** Words that put a bare year on the time line: «عام 2012», «منذ 2014», "in 2013". */
  private static final Set<String> YEAR_PREPOSITIONS =
      Set.of("عام", "العام", "منذ", "في", "خلال", "سنه", "in", "since", "during");

  /**
   * In a report without a publication date, whether the sentence tells history: it names a bare
   * year after «عام», «منذ», «في» or "in", "since" («بسطوا سيطرتهم على شمال مالي عام 2012»,
   * "captured it in February 2013", "in mid-2013": a hyphen between a qualifier and the year does
   * not count as a word), other than inside a full date. A report of the current event dates it by
   * day, not by year alone.
   */
  private static boolean undatedHistory(
      List<Token> tokens, SentenceUnit s, List<TimeMention> docTimes) {
    for (int i = s.from() + 1; i < s.to(); i++) {
      Token t = tokens.get(i);
      if (t.kind() != Token.Kind.NUMBER || t.norm().length() != 4 || !isYear(t.norm())) {
        continue;
      }
      boolean after = false;
      for (int j = i - 1, words = 0; j >= s.from() && words < 2; j--) {
        Token p = tokens.get(j);
        if (p.norm().equals("-")) {
          continue; // "in mid-2013": the hyphen joins the qualifier to the year
        }
        words++;
        after |= YEAR_PREPOSITIONS.contains(p.norm()) || YEAR_PREPOSITIONS.contains(p.keys()[0]);
      }
      if (!after) {
        continue;
      }
      if (!insideDayDate(t, docTimes)) {
        return true;
      }
    }
    return false;
  }

  /** Whether {@code t} lies inside a time mention dated to the day (a full date). */
  private static boolean insideDayDate(Token t, List<TimeMention> docTimes) {
    for (TimeMention m : docTimes) {
      if (m.precision() == 1 && m.span().start() <= t.start() && t.end() <= m.span().end()) {
        return true;
      }
    }
    return false;
  }

  private static boolean isYear(String digits) {
    for (int k = 0; k < digits.length(); k++) {
      if (!Character.isDigit(digits.charAt(k))) {
        return false;
      }
    }
    int y = Integer.parseInt(digits);
    return y >= 1900 && y <= 2100;
  }

  /** Whether a trigger lies within two tokens of token {@code i}. */
  private static boolean nearTrigger(List<Match<Trigger>> triggers, int i) {
    for (Match<Trigger> m : triggers) {
      if (m.firstToken() - 2 <= i && i < m.endToken() + 2) {
        return true;
      }
    }
    return false;
  }

  /** Versions of every dictionary this extractor reads, for provenance. */
  public java.util.Map<String, String> versions() {
    java.util.Map<String, String> v = new java.util.LinkedHashMap<>();
    v.put("triggers", triggers.version());
    v.put("event-types", taxonomy.version());
    v.put("casualties", casualties.version());
    v.put("nationalities", nationalities.version());
    v.put("actors", actors.version());
    v.put("sources", sources.version());
    v.put("gazetteer", places.version());
    v.put("time", times.version());
    names.ifPresent(n -> v.put("ner", n.version()));
    return v;
  }
}
