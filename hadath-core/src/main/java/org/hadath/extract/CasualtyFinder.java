package org.hadath.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.hadath.dict.TsvTable;
import org.hadath.extract.Casualty.Outcome;
import org.hadath.extract.Casualty.VictimGroup;
import org.hadath.model.Quantity;
import org.hadath.model.Span;
import org.hadath.text.PhraseMatcher;
import org.hadath.text.PhraseMatcher.Match;
import org.hadath.text.QuantityMatch;
import org.hadath.text.Token;

/**
 * Finds casualty reports in a sentence by pairing outcome words (قتل, مقتل, استشهد, جرح; killed,
 * wounded) with numbers and victim words, read from {@code org/hadath/dict/casualties.tsv}.
 *
 * <p>Rules:
 *
 * <ul>
 *   <li><b>dual</b>: a dual outcome word counts itself: «قتيلان», «جريحين» (two).
 *   <li><b>number-noun</b>: outcome nouns that follow their number («10 قتلى», «20 جريحاً», "12
 *       dead") look before themselves first.
 *   <li><b>cue-number</b>: the number up to three tokens after the outcome word, unless «و» joins
 *       it to what follows («قتيلاً وأكثر من ألفي جريح») or another outcome word or a singular
 *       victim stands between («بمقتل متظاهر وإصابة العشرات»), in the same clause: «قضى 10 مدنيين»,
 *       «مقتل أكثر من 20 شخصاً», "killed 12 people".
 *   <li><b>number-cue</b>: else the number up to four tokens before it: «10 مدنيين قتلوا», "12
 *       people were killed".
 *   <li><b>singular</b>: else a singular (or dual: «مدنيان», two) victim noun up to three tokens
 *       after the cue, in the same clause, counts one: «مقتل مدني», «استشهاد طفل», «اغتال مسلحون
 *       مجهولون مدنياً».
 *   <li><b>singular-before</b>: else a singular or dual victim noun up to three tokens before the
 *       cue, in the same clause, not counted already: «لقي شخص حتفه», «عنصرين من حزب الله قتلا».
 *   <li><b>combined</b>: two outcome words joined by «و», "and", "or" share one figure («بين قتيل
 *       وجريح», «قتل وإصابة 20», "killed or wounded"): the figure counts neither outcome.
 *   <li><b>earlier</b>: figures after «حصيلة سابقة», "an earlier toll" are marked earlier; a later
 *       figure replaces them.
 *   <li><b>victims</b>: the victim word up to two tokens after the number (or before it in English:
 *       "two civilians") names the group; «آخرين» ("others") takes the group of the report before
 *       it in the sentence.
 *   <li><b>subgroup</b>: victims introduced by «بينهم», «منهم», "including", "among them" are part
 *       of those already counted, not more.
 *   <li><b>update</b>: a number after «ارتفعت الحصيلة», «ارتفع عدد … إلى», "the toll rose to"
 *       replaces earlier figures.
 *   <li><b>toll-update</b>: a phrase that names the toll of the dead itself («ارتفعت الحصيلة إلى
 *       27», "lowered the toll to 35") counts the number after it as the dead, as an update, unless
 *       an outcome word comes first («ارتفعت حصيلة الجرحى إلى 30»).
 *   <li><b>none</b>: a statement that there were no casualties («لم يسفر عن إصابات», "no one was
 *       hurt", "no casualties") reports 0 for its outcome (or both).
 *   <li><b>pronoun</b>: when no number or singular victim is found, an outcome noun with a pronoun
 *       suffix («مقتله», «إصابتهما») counts the people the pronoun names, and a singular passive
 *       verb with no victim noun after it («فأصيب في كتفه») its one implied subject; plus singular
 *       victims joined by «و» («إصابته هو وشقيقه»: two) — but a wounding pronoun after the dead of
 *       its sentence names them, not more («قتل متظاهران بعدما أصابتهما قنابل»).
 *   <li><b>enclosed number</b>: a number whose qualifier follows the noun («ستة قتلى على الأقل»)
 *       spans the outcome noun and still counts it.
 *   <li><b>verbal noun</b>: a verbal noun of an outcome («مقتل», «إصابة») takes its victims after
 *       it: singular-before does not apply («أكد مسؤول مقتل عناصر»).
 *   <li><b>partitive pronoun</b>: «أحدهم» ("one of them") before an outcome word is one of those
 *       already counted («16 جندياً، أحدهم بجروح خطيرة»).
 *   <li><b>anaphora</b>: a count before its outcome word told with the article («العنصرين
 *       القتيلين», "the two dead") refers back to victims already counted.
 *   <li>A victim noun after a number names its group only when no other outcome word stands between
 *       («فقتلت شخصين وأصابت ثالثاً»: «ثالثاً» is the wounded).
 *   <li>Each number is used once.
 * </ul>
 */
public final class CasualtyFinder {
  private record Entry(String kind, String value, int implied, String rule) {}

  private static final CasualtyFinder DEFAULT = new CasualtyFinder();

  /** Outcome nouns that follow their number («10 قتلى», «20 جريحاً», "12 dead"). */
  private static final Set<String> POSTNOMINAL =
      Set.of(
          "قتيل",
          "قتيلا",
          "قتلي",
          "قتيلان",
          "قتيلين",
          "جريح",
          "جريحا",
          "جرحي",
          "جريحان",
          "جريحين",
          "شهيد",
          "شهداء",
          "مصاب",
          "مصابين",
          "حتفه",
          "حتفهم",
          "حتفهما",
          "حتفها",
          "مصرعه",
          "مصرعهم",
          "مصرعهما",
          "مصرعها",
          "corpses",
          "dead",
          "deaths",
          "fatalities",
          "injuries",
          "casualties");

  /** How many tokens may stand between an outcome word and the singular victim it counts. */
  private static final int SINGULAR_WINDOW = 3;

  private final PhraseMatcher<Entry> matcher;
  private final String version;

  private CasualtyFinder() {
    TsvTable t =
        Lexicons.read(
            "/org/hadath/dict/casualties.tsv", Set.of("phrase", "kind", "value", "implied"));
    PhraseMatcher.Builder<Entry> b = PhraseMatcher.builder(PhraseMatcher.Mode.EXACT);
    for (TsvTable.Row r : t.rows()) {
      String kind = Lexicons.required(r, "kind");
      String value = Lexicons.required(r, "value");
      try {
        switch (kind) {
          case "outcome", "none" -> Outcome.valueOf(value);
          case "victim" -> VictimGroup.valueOf(value);
          case "update" -> {
            if (!value.equals("UPDATE") && !value.equals("TOLL")) {
              throw new IllegalArgumentException(value);
            }
          }
          case "earlier", "split", "coded" -> {}
          default ->
              throw r.error(
                  "kind",
                  "'" + kind + "' is not a kind",
                  "write outcome, victim, none, update, earlier, split or coded");
        }
      } catch (IllegalArgumentException e) {
        throw r.error("value", "'" + value + "' is not a " + kind + " value", "see CASUALTIES.md");
      }
      b.add(
          Lexicons.required(r, "phrase"),
          new Entry(kind, value, implied(r), "casualty:" + r.line()));
    }
    matcher = b.build();
    version = t.version().orElse("unversioned");
  }

  private static int implied(TsvTable.Row r) {
    String v = r.get("implied");
    if (v.isEmpty()) {
      return 0;
    }
    if (!v.equals("1") && !v.equals("2")) {
      throw r.error(
          "implied",
          "'" + v + "' is not 1 or 2",
          "write 1 for a singular, 2 for a dual, or leave it empty");
    }
    return Integer.parseInt(v);
  }

  public static CasualtyFinder standard() {
    return DEFAULT;
  }

  public String version() {
    return version;
  }

  /**
   * Whether tokens {@code [from, to)} hold any outcome word (killed, wounded…) at all, a statement
   * that there were none ("no one was hurt") or an updated toll («ارتفعت الحصيلة»); "captured"
   * alone is not one (a telescope captures images).
   */
  public boolean mentionsOutcome(List<Token> tokens, int from, int to) {
    for (Match<Entry> m : matcher.findLongest(tokens, from, to)) {
      String kind = m.value().kind();
      if (kind.equals("outcome") && !m.value().value().equals("CAPTURED")
          || kind.equals("none")
          || tollUpdate(m)) {
        return true;
      }
    }
    return false;
  }

  /** An update phrase that names the toll of the dead itself: «ارتفعت الحصيلة», "the toll rose". */
  private static boolean tollUpdate(Match<Entry> m) {
    return m.value().kind().equals("update") && m.value().value().equals("TOLL");
  }

  /**
   * The casualty reports in tokens {@code [from, to)}, given the quantities found there (only
   * {@link QuantityMatch.Kind#COUNT} quantities count people).
   */
  public List<Casualty> find(List<Token> tokens, int from, int to, List<QuantityMatch> quantities) {
    List<Match<Entry>> words = matcher.findLongest(tokens, from, to);
    List<QuantityMatch> all = quantities;
    quantities = quantities.stream().filter(q -> q.kind() == QuantityMatch.Kind.COUNT).toList();
    List<Casualty> out = new ArrayList<>();
    if (words.isEmpty()) {
      return out;
    }
    boolean[] used = new boolean[quantities.size()];
    boolean[] victimUsed = new boolean[words.size()];
    List<Casualty> splits = new ArrayList<>(0);
    for (Match<Entry> m : words) {
      if (m.value().kind().equals("split")) {
        split(tokens, m, to, all, quantities, used).ifPresent(splits::add);
      }
    }
    boolean earlier = false;
    for (int w = 0; w < words.size(); w++) {
      Match<Entry> m = words.get(w);
      if (m.value().kind().equals("earlier")) {
        earlier = true;
        continue;
      }
      if (m.value().kind().equals("none")) {
        none(m, out);
        continue;
      }
      if (tollUpdate(m)) {
        // «ارتفعت الحصيلة إلى 27», "the toll rose to 27": the number after the phrase counts the
        // dead, unless an outcome word between names what it counts («ارتفعت حصيلة الجرحى إلى 30»)
        int q = quantityAfter(tokens, words, quantities, used, m.endToken(), to, 3);
        if (q >= 0) {
          used[q] = true;
          QuantityMatch qm = quantities.get(q);
          int vi = victimNear(words, qm, tokens, m);
          if (vi >= 0) {
            victimUsed[vi] = true;
          }
          out.add(
              new Casualty(
                  Outcome.KILLED,
                  qm.quantity(),
                  vi < 0 ? VictimGroup.UNKNOWN : VictimGroup.valueOf(words.get(vi).value().value()),
                  m.span(),
                  Optional.of(qm.span()),
                  vi < 0 ? Optional.empty() : Optional.of(words.get(vi).span()),
                  true,
                  false,
                  false,
                  "casualty:toll-update/" + m.value().rule(),
                  1));
        }
        continue;
      }
      if (!m.value().kind().equals("outcome")) {
        continue;
      }
      if (grievance(tokens, from, m.firstToken())) {
        continue; // "protest against the killing of …": what is protested, not a toll
      }
      Outcome outcome = Outcome.valueOf(m.value().value());
      boolean update = precededByUpdate(words, w);
      int q = quantityInside(quantities, used, m.firstToken(), m.endToken());
      int partner = q < 0 ? combinedPartner(tokens, words, w, quantities, used) : -1;
      if (partner > w) {
        // «بين قتيل وجريح», «قتل وإصابة 20», "killed or wounded": one figure for both outcomes
        int end = words.get(partner).endToken();
        int cq = quantityAfter(tokens, words, quantities, used, end, to, 3);
        if (cq < 0) {
          cq = quantityBefore(tokens, quantities, used, m.firstToken(), from, 4);
        }
        if (cq >= 0) {
          // the figure counts neither outcome, but still names who was hit — unless the coder
          // gives it as the fatalities ("fatalities and injuries coded as 10")
          used[cq] = true;
          QuantityMatch qm = quantities.get(cq);
          boolean coded =
              qm.firstToken() >= end && kindBetween(words, "coded", end, qm.firstToken());
          int vi = victimNear(words, qm, tokens, m);
          if (vi >= 0) {
            victimUsed[vi] = true;
          }
          markInside(words, victimUsed, qm.firstToken(), qm.endToken());
          out.add(
              new Casualty(
                  coded ? Outcome.KILLED : Outcome.KILLED_OR_WOUNDED,
                  qm.quantity(),
                  vi < 0 ? VictimGroup.UNKNOWN : VictimGroup.valueOf(words.get(vi).value().value()),
                  new Span(m.span().start(), words.get(partner).span().end()),
                  Optional.of(qm.span()),
                  vi < 0 ? Optional.empty() : Optional.of(words.get(vi).span()),
                  update || coded,
                  subgroup(tokens, from, qm.firstToken()),
                  earlier && !update,
                  (coded ? "casualty:coded/" : "casualty:combined/") + m.value().rule(),
                  1));
        }
        w = partner;
        continue;
      }
      String rule = "dual";
      boolean postnominal = POSTNOMINAL.contains(tokens.get(m.firstToken()).keys()[0]);
      if (q < 0 && postnominal) {
        q = quantityBefore(tokens, quantities, used, m.firstToken(), from, 4);
        rule = "number-cue";
      }
      if (q < 0) {
        q = quantityAfter(tokens, words, quantities, used, m.endToken(), to, 3);
        rule = "cue-number";
      }
      if (q < 0 && !postnominal) {
        q = quantityBefore(tokens, quantities, used, m.firstToken(), from, 4);
        rule = "number-cue";
      }
      if (q >= 0) {
        used[q] = true;
        QuantityMatch qm = quantities.get(q);
        int vi = victimNear(words, qm, tokens, m);
        Optional<Match<Entry>> victim = vi < 0 ? Optional.empty() : Optional.of(words.get(vi));
        if (vi >= 0) {
          victimUsed[vi] = true;
        }
        markInside(words, victimUsed, qm.firstToken(), qm.endToken()); // «شخصين» is its number
        VictimGroup group =
            victim.map(v -> VictimGroup.valueOf(v.value().value())).orElse(VictimGroup.UNKNOWN);
        group = resolveOthers(group, out);
        boolean sub =
            subgroup(tokens, from, qm.firstToken())
                || qm.endToken() <= m.firstToken()
                    && partitive(tokens, qm.endToken(), m.firstToken())
                || qm.firstToken() < m.endToken() && definite(tokens.get(qm.firstToken()));
        boolean coded =
            qm.firstToken() >= m.endToken()
                && kindBetween(words, "coded", m.endToken(), qm.firstToken());
        out.add(
            new Casualty(
                outcome,
                qm.quantity(),
                group,
                m.span(),
                Optional.of(qm.span()),
                victim.map(Match::span),
                update || coded,
                sub,
                earlier && !update,
                "casualty:" + rule + "/" + m.value().rule(),
                1));
        continue;
      }
      // no number: a singular victim noun just after the cue counts one
      int v = singularAfter(tokens, words, w);
      String singularRule = "singular";
      if (v < 0) {
        v = singularBefore(tokens, words, w, victimUsed);
        singularRule = "singular-before";
      }
      if (v >= 0) {
        Match<Entry> vm = words.get(v);
        victimUsed[v] = true;
        int count = vm.value().implied();
        if (singularRule.equals("singular")) {
          count += coordinatedVictims(tokens, words, v, quantities, victimUsed);
        }
        out.add(
            new Casualty(
                outcome,
                Quantity.exactly(count),
                VictimGroup.valueOf(vm.value().value()),
                m.span(),
                Optional.empty(),
                Optional.of(vm.span()),
                update,
                subgroup(tokens, from, vm.firstToken())
                    || singularRule.equals("singular-before")
                        && anyKey(tokens.get(vm.firstToken()), PARTITIVE_ONE),
                earlier && !update,
                "casualty:" + singularRule + "/" + m.value().rule(),
                1));
        continue;
      }
      if (m.value().implied() > 0
          && outcome == Outcome.WOUNDED
          && out.stream().anyMatch(c -> c.outcome() == Outcome.KILLED)) {
        continue; // «قتل متظاهران بعدما أصابتهما قنابل الغاز»: the pronoun's antecedent is counted
      }
      if (m.value().implied() > 0
          && !victimNamedAfter(tokens, words, w)
          && (pronounSuffix(tokens.get(m.endToken() - 1)) || noSubjectAfter(tokens, m, to))) {
        // «مقتله», «إصابتهما», «فأصيب في كتفه»: the pronoun (or the verb's own subject) names the
        // victims; those joined to it by «و» add to them («إصابته هو وشقيقه»)
        int count =
            m.value().implied() + coordinatedVictims(tokens, words, w, quantities, victimUsed);
        out.add(
            new Casualty(
                outcome,
                Quantity.exactly(count),
                VictimGroup.PERSON,
                m.span(),
                Optional.empty(),
                Optional.empty(),
                update,
                false,
                earlier && !update,
                "casualty:pronoun/" + m.value().rule(),
                1));
        continue;
      }
      Optional<Span> one = englishSingular(tokens, m.endToken(), to);
      if (one.isPresent()) {
        out.add(
            new Casualty(
                outcome,
                Quantity.exactly(1),
                VictimGroup.PERSON,
                m.span(),
                Optional.empty(),
                one,
                update,
                false,
                earlier && !update,
                "casualty:english-singular/" + m.value().rule(),
                1));
      }
    }
    // victims introduced by «بينهم نساء» without a number of their own are not counted
    out.addAll(splits);
    return out;
  }

  /**
   * Partitive pronouns: «أحدهم» ("one of them") before an outcome word is one of the victims
   * already counted («16 جندياً، أحدهم بجروح خطيرة»), not one more.
   */
  private static final Set<String> PARTITIVE_ONE =
      Set.of("احدهم", "احدهما", "احداهن", "احداهما", "احداهم");

  /**
   * Verbal nouns of an outcome: they take their victims after them, as a genitive («مقتل شخص»),
   * never before, so a singular noun before them («أعلن مسؤول مقتل عناصر») is not their victim.
   */
  private static final Set<String> MASDAR =
      Set.of("مقتل", "استشهاد", "اغتيال", "اعدام", "اصابه", "اصابات", "وفاه", "مصرع");

  /**
   * Adds the reports of a statement that there were no casualties («لم يسفر عن إصابات», "no one was
   * hurt"): a figure of 0 for the outcome it names, or for both killed and wounded.
   */
  private static void none(Match<Entry> m, List<Casualty> out) {
    Outcome o = Outcome.valueOf(m.value().value());
    List<Outcome> outcomes =
        o == Outcome.KILLED_OR_WOUNDED ? List.of(Outcome.KILLED, Outcome.WOUNDED) : List.of(o);
    for (Outcome x : outcomes) {
      out.add(
          new Casualty(
              x,
              Quantity.exactly(0),
              VictimGroup.UNKNOWN,
              m.span(),
              Optional.empty(),
              Optional.empty(),
              false,
              false,
              false,
              "casualty:none/" + m.value().rule(),
              1));
    }
  }

  private static boolean anyKey(Token t, Set<String> set) {
    for (String k : t.keys()) {
      if (set.contains(k)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether an Arabic word carries the definite article («القتيلين», «والعنصرين»): a count told
   * with it («العنصرين القتيلين», "the two dead") refers back to victims already counted.
   */
  private static boolean definite(Token t) {
    if (t.kind() != Token.Kind.ARABIC) {
      return false;
    }
    String n = t.norm();
    return n.startsWith("ال")
        || n.startsWith("لل")
        || n.length() > 3 && "وفبك".indexOf(n.charAt(0)) >= 0 && n.startsWith("ال", 1);
  }

  /**
   * The reports of {@code found} (from tokens {@code [from, to)}) that no running total covers: a
   * running total («حتى الآن», "so far", «منذ الخميس») covers the reports of its own clause, and
   * all of them when it opens the sentence ("Since Monday, clashes have left 10 dead"); a clause
   * that only describes what goes on («المواجهات، المتواصلة حتى الآن، أوقعت …») or what followed
   * («… ولا يزال الرهائن محتجزين حتى الآن») leaves the others alone.
   */
  public static List<Casualty> outsideRunningTotals(
      List<Token> tokens, int from, int to, List<Casualty> found) {
    int first = from;
    while (first < to && !clauseEnd(tokens.get(first))) {
      first++;
    }
    if (Modality.runningTotal(tokens, from, first)) {
      return List.of();
    }
    List<Casualty> out = new ArrayList<>(found.size());
    for (Casualty c : found) {
      int a = from;
      while (a < to && tokens.get(a).end() <= c.span().start()) {
        a++;
      }
      int b = a;
      while (b < to && tokens.get(b).start() < c.span().end()) {
        b++;
      }
      while (a > from && !clauseEnd(tokens.get(a - 1))) {
        a--;
      }
      while (b < to && !clauseEnd(tokens.get(b))) {
        b++;
      }
      if (!Modality.runningTotal(tokens, a, b)) {
        out.add(c);
      }
    }
    return out;
  }

  /** Whether the token ends a clause: a comma, a full stop or a semicolon. */
  private static boolean clauseEnd(Token t) {
    if (t.kind() != Token.Kind.PUNCT) {
      return false;
    }
    String n = t.norm();
    return n.equals("،") || n.equals(",") || n.equals(".") || n.equals("؛") || n.equals(";");
  }

  /** How far a victim joined by «و» may follow the one before it. */
  private static final int COORDINATION_WINDOW = 10;

  /**
   * How many more people the singular and dual victims joined by «و» after victim {@code v} count,
   * in its clause, before any number or other outcome: «مقتل قيادي في الحزب وعنصرين» is three; they
   * are marked used.
   */
  private static int coordinatedVictims(
      List<Token> tokens,
      List<Match<Entry>> words,
      int v,
      List<QuantityMatch> quantities,
      boolean[] victimUsed) {
    int more = 0;
    int last = words.get(v).endToken();
    for (int k = v + 1; k < words.size(); k++) {
      Match<Entry> x = words.get(k);
      if (!x.value().kind().equals("victim")
          || x.firstToken() - last > COORDINATION_WINDOW
          || crossesClause(tokens, last, x.firstToken())
          || numberBetween(quantities, last, x.firstToken())) {
        break;
      }
      if (!coordinated(tokens.get(x.firstToken()))) {
        continue; // «مدني من سكان المدينة»: part of the victim before
      }
      if (x.value().implied() == 0 || victimUsed[k]) {
        break;
      }
      more += x.value().implied();
      victimUsed[k] = true;
      last = x.endToken();
    }
    return more;
  }

  private static boolean numberBetween(List<QuantityMatch> qs, int from, int to) {
    for (QuantityMatch q : qs) {
      if (q.firstToken() >= from && q.firstToken() < to) {
        return true;
      }
    }
    return false;
  }

  /** Units of an ACLED split: "spread across 3 locations", "split up between 3 events". */
  private static final Set<String> SPLIT_UNITS =
      Set.of(
          "locations",
          "events",
          "areas",
          "places",
          "fronts",
          "frontlines",
          "sites",
          "incidents",
          "villages",
          "districts",
          "days");

  /**
   * The split that the phrase {@code m} («spread across», "split up between") announces: the number
   * of events right after it, before a unit ("3 locations"), times the days it gives ("in two
   * days"); its numbers are marked used. Empty when no number and unit follow.
   */
  private static Optional<Casualty> split(
      List<Token> tokens,
      Match<Entry> m,
      int to,
      List<QuantityMatch> all,
      List<QuantityMatch> counts,
      boolean[] used) {
    QuantityMatch n = quantityAt(all, m.endToken());
    if (n == null || !unitAt(tokens, n.endToken(), to)) {
      return Optional.empty();
    }
    int shares = n.quantity().low();
    int end = n.endToken() + 1;
    if (end + 1 < to
        && (tokens.get(end).norm().equals("in") || tokens.get(end).norm().equals("over"))) {
      QuantityMatch days = quantityAt(all, end + 1);
      if (days != null) {
        int unit = days.endToken();
        boolean inside = tokens.get(unit - 1).norm().equals("days");
        if (inside || unit < to && tokens.get(unit).norm().equals("days")) {
          shares *= days.quantity().low();
          end = inside ? unit : unit + 1;
        }
      }
    }
    if (shares < 2) {
      return Optional.empty();
    }
    for (int i = 0; i < counts.size(); i++) {
      if (counts.get(i).firstToken() >= m.firstToken() && counts.get(i).firstToken() < end) {
        used[i] = true;
      }
    }
    Span phrase = new Span(tokens.get(m.firstToken()).start(), tokens.get(end - 1).end());
    return Optional.of(Casualty.split(phrase, shares, "casualty:split/" + m.value().rule()));
  }

  private static QuantityMatch quantityAt(List<QuantityMatch> qs, int token) {
    for (QuantityMatch q : qs) {
      if (q.firstToken() == token && q.quantity().exact()) {
        return q;
      }
    }
    return null;
  }

  private static boolean unitAt(List<Token> tokens, int i, int to) {
    return i < to && SPLIT_UNITS.contains(tokens.get(i).norm());
  }

  /** English words after "a"/"an" that open a vague amount, not one person ("a number of"). */
  private static final Set<String> NOT_ONE =
      Set.of(
          "number", "total", "few", "couple", "handful", "dozen", "series", "lot", "score", "group",
          "family", "crowd");

  /**
   * The English singular right after an outcome word, when no number or known victim noun is given:
   * the indefinite article ("killing a truck driver", "killed an engineer") or a singular pronoun
   * ("killing him"); empty otherwise.
   */
  private static Optional<Span> englishSingular(List<Token> tokens, int at, int to) {
    if (at >= to) {
      return Optional.empty();
    }
    Token t = tokens.get(at);
    String n = t.norm();
    if (n.equals("him") || n.equals("her")) {
      return Optional.of(t.span());
    }
    if ((n.equals("a") || n.equals("an"))
        && at + 1 < to
        && tokens.get(at + 1).kind() == Token.Kind.LATIN
        && !NOT_ONE.contains(tokens.get(at + 1).norm())) {
      return Optional.of(new Span(t.start(), tokens.get(at + 1).end()));
    }
    return Optional.empty();
  }

  private static void markInside(List<Match<Entry>> words, boolean[] victimUsed, int from, int to) {
    for (int i = 0; i < words.size(); i++) {
      if (words.get(i).firstToken() >= from && words.get(i).endToken() <= to) {
        victimUsed[i] = true;
      }
    }
  }

  /**
   * Whether a victim noun not joined by «و» follows cue {@code w} within three tokens in its clause
   * («أصيب مدنيون»): it, not the verb's implied subject, names who was hit.
   */
  private static boolean victimNamedAfter(List<Token> tokens, List<Match<Entry>> words, int w) {
    Match<Entry> m = words.get(w);
    for (int v = w + 1; v < words.size(); v++) {
      Match<Entry> vm = words.get(v);
      if (vm.firstToken() - m.endToken() > SINGULAR_WINDOW
          || crossesClause(tokens, m.endToken(), vm.firstToken())) {
        return false;
      }
      if (vm.value().kind().equals("victim")) {
        return !coordinated(tokens.get(vm.firstToken()));
      }
    }
    return false;
  }

  /** Words after a passive verb that show no subject follows it: «فأصيب في كتفه», «أصيب إثر». */
  private static final Set<String> NO_SUBJECT =
      Set.of(
          "في", "علي", "اثر", "جراء", "خلال", "عند", "عندما", "حين", "بعد", "قبل", "اثناء", "مع",
          "لدي", "داخل", "قرب", "امس", "يوم", "صباح", "مساء", "ليل", "فجر");

  /** Whether an Arabic token ends with a pronoun suffix («مقتله», «إصابتها», «اغتيالهما»). */
  private static boolean pronounSuffix(Token t) {
    String n = t.norm();
    return t.kind() == Token.Kind.ARABIC
        && (n.endsWith("ه") || n.endsWith("ها") || n.endsWith("هما") || n.endsWith("هم"));
  }

  /**
   * Whether no subject follows the verb {@code m}: the clause ends, or a preposition or time word
   * follows («فأصيب في كتفه», «استشهد برصاص قناص»), not a noun («أصيب مبنى»).
   */
  private static boolean noSubjectAfter(List<Token> tokens, Match<Entry> m, int to) {
    int i = m.endToken();
    if (i >= to || clauseEnd(tokens.get(i))) {
      return true;
    }
    Token t = tokens.get(i);
    if (t.kind() != Token.Kind.ARABIC) {
      return false;
    }
    String n = t.norm();
    return NO_SUBJECT.contains(t.keys()[0])
        || t.keys().length > 1 && (n.startsWith("ب") || n.startsWith("ل"));
  }

  /** The singular victim noun up to three tokens after cue {@code w}, in its clause, or -1. */
  private static int singularAfter(List<Token> tokens, List<Match<Entry>> words, int w) {
    Match<Entry> m = words.get(w);
    for (int v = w + 1; v < words.size(); v++) {
      Match<Entry> vm = words.get(v);
      if (vm.firstToken() - m.endToken() > SINGULAR_WINDOW
          || crossesClause(tokens, m.endToken(), vm.firstToken())
          || conjunctionBetween(tokens, m.endToken(), vm.firstToken())) {
        return -1; // "killing livestock and damaging civilian homes"
      }
      if (vm.value().kind().equals("victim")) {
        // «إصابته هو وشقيقه»: a victim joined by «و» adds to the cue's own, it is not its victim
        return vm.value().implied() > 0 && !coordinated(tokens.get(vm.firstToken())) ? v : -1;
      }
    }
    return -1;
  }

  /**
   * The singular (or dual) victim noun up to three tokens before cue {@code w}, in its clause, not
   * counted already and with no other outcome word between: «لقي شخص حتفه», «عنصرين من حزب الله
   * قتلا»; or -1.
   */
  private static int singularBefore(
      List<Token> tokens, List<Match<Entry>> words, int w, boolean[] victimUsed) {
    Match<Entry> m = words.get(w);
    if (m.endToken() - m.firstToken() == 1 && anyKey(tokens.get(m.firstToken()), MASDAR)) {
      return -1;
    }
    for (int v = w - 1; v >= 0; v--) {
      Match<Entry> vm = words.get(v);
      if (m.firstToken() - vm.endToken() > SINGULAR_WINDOW
          || crossesClause(tokens, vm.endToken(), m.firstToken())
          || vm.value().kind().equals("outcome")) {
        return -1;
      }
      if (vm.value().kind().equals("victim")) {
        return vm.value().implied() > 0 && !victimUsed[v] ? v : -1;
      }
    }
    return -1;
  }

  /**
   * The outcome word that shares cue {@code w}'s figure — the next word, of another outcome, joined
   * by «و», "and" or "or" («قتل وإصابة», «قتيل وجريح», "killed or wounded") with no number inside
   * either — or -1.
   */
  private static int combinedPartner(
      List<Token> tokens,
      List<Match<Entry>> words,
      int w,
      List<QuantityMatch> quantities,
      boolean[] used) {
    if (w + 1 >= words.size()) {
      return -1;
    }
    Match<Entry> m = words.get(w);
    Match<Entry> n = words.get(w + 1);
    if (!n.value().kind().equals("outcome") || n.value().value().equals(m.value().value())) {
      return -1;
    }
    if (quantityInside(quantities, used, n.firstToken(), n.endToken()) >= 0) {
      return -1;
    }
    if (!joined(tokens, m, n)) {
      // "killed, injured or captured": a list of outcomes closed by "or"/"and" shares one figure
      if (n.firstToken() != m.endToken() + 1
          || !isComma(tokens.get(m.endToken()))
          || w + 2 >= words.size()) {
        return -1;
      }
      Match<Entry> o = words.get(w + 2);
      boolean list =
          o.value().kind().equals("outcome")
              && !o.value().value().equals(n.value().value())
              && joined(tokens, n, o)
              && quantityInside(quantities, used, o.firstToken(), o.endToken()) < 0;
      return list ? w + 2 : -1;
    }
    if (m.firstToken() > 0 && tokens.get(m.firstToken() - 1).keys()[0].equals("بين")) {
      return w + 1; // «15 مدنياً بين قتيل وجريح»
    }
    // «لقي شخص حتفه وأصيب اثنان»: the first word already counts the victims before it
    for (int v = w - 1; v >= 0; v--) {
      Match<Entry> vm = words.get(v);
      if (m.firstToken() - vm.endToken() > SINGULAR_WINDOW) {
        break;
      }
      if (vm.value().kind().equals("victim")
          && !crossesClause(tokens, vm.endToken(), m.firstToken())) {
        return -1;
      }
    }
    return w + 1;
  }

  /** Whether outcome word {@code n} follows {@code m} after «و», "and" or "or". */
  private static boolean joined(List<Token> tokens, Match<Entry> m, Match<Entry> n) {
    return n.firstToken() == m.endToken() && coordinated(tokens.get(n.firstToken()))
        || n.firstToken() == m.endToken() + 1 && conjunction(tokens.get(m.endToken()));
  }

  private static boolean isComma(Token t) {
    return t.kind() == Token.Kind.PUNCT && (t.norm().equals(",") || t.norm().equals("،"));
  }

  private static boolean conjunctionBetween(List<Token> tokens, int from, int to) {
    for (int i = from; i < to; i++) {
      if (conjunction(tokens.get(i))) {
        return true;
      }
    }
    return false;
  }

  private static boolean conjunction(Token t) {
    String n = t.norm();
    return n.equals("و") || n.equals("او") || n.equals("أو") || n.equals("and") || n.equals("or");
  }

  private static VictimGroup resolveOthers(VictimGroup group, List<Casualty> before) {
    if (group != VictimGroup.OTHERS) {
      return group;
    }
    for (int i = before.size() - 1; i >= 0; i--) {
      VictimGroup g = before.get(i).group();
      if (g != VictimGroup.OTHERS && g != VictimGroup.UNKNOWN) {
        return g;
      }
    }
    return VictimGroup.UNKNOWN;
  }

  private static boolean precededByUpdate(List<Match<Entry>> words, int w) {
    for (int i = w - 1; i >= 0 && i >= w - 3; i--) {
      if (words.get(i).value().kind().equals("update")) {
        return true;
      }
    }
    return false;
  }

  private static int quantityInside(List<QuantityMatch> qs, boolean[] used, int first, int end) {
    for (int i = 0; i < qs.size(); i++) {
      QuantityMatch q = qs.get(i);
      if (!used[i] && q.firstToken() >= first && q.firstToken() < end) {
        return i;
      }
    }
    return -1;
  }

  private static int quantityAfter(
      List<Token> tokens,
      List<Match<Entry>> words,
      List<QuantityMatch> qs,
      boolean[] used,
      int after,
      int to,
      int window) {
    for (int i = 0; i < qs.size(); i++) {
      QuantityMatch q = qs.get(i);
      if (used[i] || q.firstToken() < after) {
        continue;
      }
      if (q.firstToken() - after > window
          || crossesClause(tokens, after, q.firstToken())
          || coordinated(tokens.get(q.firstToken()))
          || conjunctionBetween(tokens, after, q.firstToken())
          || countedBetween(words, after, q.firstToken())) {
        return -1; // «قتيلاً وأكثر من ألفي جريح», "2 were killed and 4 others wounded": the number
        // after the conjunction counts the next noun
      }
      return i;
    }
    return -1;
  }

  private static int quantityBefore(
      List<Token> tokens,
      List<QuantityMatch> qs,
      boolean[] used,
      int before,
      int from,
      int window) {
    for (int i = qs.size() - 1; i >= 0; i--) {
      QuantityMatch q = qs.get(i);
      if (used[i] || q.firstToken() >= before) {
        continue;
      }
      if (q.endToken() > before) {
        // «ستة قتلى على الأقل»: a qualifier after the noun makes the number's span enclose it
        return i;
      }
      if (words(tokens, q.endToken(), before) > window
          || crossesClause(tokens, q.endToken(), before)) {
        return -1;
      }
      return i;
    }
    return -1;
  }

  /** English auxiliaries and adverbs of a passive that do not count in a window. */
  private static final Set<String> AUXILIARIES =
      Set.of(
          "was",
          "were",
          "has",
          "have",
          "had",
          "been",
          "being",
          "reportedly",
          "reported",
          "allegedly",
          "also",
          "all",
          "later");

  /**
   * How many words stand in tokens {@code [from, to)}, not counting punctuation ("pro-Houthi" is
   * one word) nor passive auxiliaries ("12 fighters were reportedly killed").
   */
  private static int words(List<Token> tokens, int from, int to) {
    int n = 0;
    for (int i = from; i < to; i++) {
      Token t = tokens.get(i);
      if (t.kind() != Token.Kind.PUNCT && !AUXILIARIES.contains(t.norm())) {
        n++;
      }
    }
    return n;
  }

  /** Words before an outcome that make it what is protested or mourned, not a toll. */
  private static final Set<String> GRIEVANCE =
      Set.of(
          "against",
          "over",
          "protest",
          "protesting",
          "denounce",
          "denouncing",
          "condemn",
          "condemning",
          "mourn",
          "mourning",
          "احتجاجا",
          "تنديدا",
          "استنكارا");

  /**
   * Whether the outcome at token {@code at} is what a protest is about: "against the killing of",
   * "over the death of", «احتجاجاً على مقتل», «تنديداً بمقتل» (a grievance word up to two tokens
   * before, "the" and «على» not counted).
   */
  private static boolean grievance(List<Token> tokens, int from, int at) {
    int seen = 0;
    for (int i = at - 1; i >= from && seen < 2; i--) {
      Token t = tokens.get(i);
      String n = t.norm();
      if (n.equals("the") || n.equals("على")) {
        continue;
      }
      if (GRIEVANCE.contains(n) || GRIEVANCE.contains(t.keys()[0])) {
        return true;
      }
      seen++;
    }
    return false;
  }

  /**
   * Whether the number ending at {@code end} counts some of the dead rather than more of them: only
   * «من» or "of (the)" stands before the outcome noun («ثلاثة من القتلى», "three of the dead").
   */
  private static boolean partitive(List<Token> tokens, int end, int cue) {
    if (cue - end == 1) {
      String n = tokens.get(end).norm();
      return n.equals("من") || n.equals("of");
    }
    return cue - end == 2
        && tokens.get(end).norm().equals("of")
        && tokens.get(end + 1).norm().equals("the");
  }

  /** Whether an outcome word other than {@code cue} stands in tokens {@code [from, to)}. */
  private static boolean otherOutcomeBetween(
      List<Match<Entry>> words, Match<Entry> cue, int from, int to) {
    for (Match<Entry> w : words) {
      if (w != cue
          && w.firstToken() >= from
          && w.endToken() <= to
          && w.value().kind().equals("outcome")) {
        return true;
      }
    }
    return false;
  }

  /** Whether a word of {@code kind} stands in tokens {@code [from, to)}. */
  private static boolean kindBetween(List<Match<Entry>> words, String kind, int from, int to) {
    for (Match<Entry> w : words) {
      if (w.firstToken() >= from && w.endToken() <= to && w.value().kind().equals(kind)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether another outcome word or a counting victim noun stands in {@code [from, to)}: «بمقتل
   * متظاهر وإصابة العشرات», «أودى بحياة مواطن وأصاب ثلاثة» — the number belongs to what follows.
   */
  private static boolean countedBetween(List<Match<Entry>> words, int from, int to) {
    for (Match<Entry> w : words) {
      if (w.firstToken() >= from
          && w.firstToken() < to
          && (w.value().kind().equals("outcome") || w.value().implied() > 0)) {
        return true;
      }
    }
    return false;
  }

  private static int victimNear(
      List<Match<Entry>> words, QuantityMatch q, List<Token> tokens, Match<Entry> cue) {
    for (int i = 0; i < words.size(); i++) {
      Match<Entry> v = words.get(i);
      if (!v.value().kind().equals("victim")) {
        continue;
      }
      if (v.firstToken() >= q.endToken()
          && v.firstToken() - q.endToken() <= 2
          && !otherOutcomeBetween(words, cue, q.endToken(), v.firstToken())
          && !crossesClause(tokens, q.endToken(), v.firstToken())) {
        return i; // but «شخصين وأصابت ثالثاً»: «ثالثاً» is the next outcome's victim
      }
      // «مدنيين اثنين», "civilians, two of them" — the noun before a trailing number word
      if (v.endToken() == q.firstToken()
          && tokens.get(q.firstToken()).kind() != Token.Kind.NUMBER) {
        return i;
      }
    }
    return -1;
  }

  private static boolean subgroup(List<Token> tokens, int from, int at) {
    for (int i = at - 1; i >= from && i >= at - 2; i--) {
      String k = tokens.get(i).keys()[0];
      String n = tokens.get(i).norm();
      if (k.equals("بينهم")
          || k.equals("منهم")
          || k.equals("بينها")
          || n.equals("including")
          || n.equals("among")) {
        return true;
      }
    }
    return false;
  }

  /** «و» alone or as a proclitic («وأكثر», «وإصابة»: a stripped key exists), or "and". */
  private static boolean coordinated(Token t) {
    return t.kind() == Token.Kind.ARABIC && t.norm().startsWith("و") && t.keys().length > 1
        || t.norm().equals("و")
        || t.norm().equals("and");
  }

  private static boolean crossesClause(List<Token> tokens, int from, int to) {
    for (int i = from; i < to; i++) {
      if (clauseEnd(tokens.get(i))) {
        return true;
      }
    }
    return false;
  }
}
