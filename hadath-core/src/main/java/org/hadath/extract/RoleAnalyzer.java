package org.hadath.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.hadath.text.Token;

/**
 * Assigns the actors of a sentence to the roles of one trigger: actor1 (who acts), actor2 (who is
 * acted on) and the actors associated with each.
 *
 * <p>An actor named only to describe another takes no role (<b>descriptor</b>): what it opposes
 * ("anti-Houthi forces", «القوات المناهضة للحوثيين»), what it is linked to («جماعة مرتبطة بتنظيم
 * القاعدة», "a group linked to al-Qaida") or who backs it ("al-Qaida-linked", "Iran-backed"); and
 * (<b>civilian-property</b>) "civilian" / «مدنية» qualifying a place or property ("civilian
 * houses", «منشآت مدنية»): what was hit, not who.
 *
 * <p>Then the actors are grouped into sides by the words between neighbours:
 *
 * <ul>
 *   <li><b>backed</b>: «المدعومة من/ب», «بدعم من», "backed by": the second backs the first and
 *       joins its side — unless it is an external force (inter 8), which is a patron, not a
 *       participant, and is left out.
 *   <li><b>with</b>: «مع», «بمشاركة», «تشارك فيها», «بالتعاون مع», «التي تقودها», «بقيادة», a plain
 *       «و» or "and" when the trigger is joint («مشتركة», "joint"), "alongside", "led by": same
 *       side.
 *   <li><b>between</b>: «بين X و Y», "between X and Y" for a trigger that is not joint: opposite
 *       sides; but "between X and Y on one side and Z on the other" puts X and Y on one side.
 *   <li><b>reciprocal-with</b>: a plain «مع» / "with" after the trigger that stands between the two
 *       («X اشتبكت مع Y», "X clashed with Y", and for a clash in verb–subject order «اشتبكت X مع
 *       Y»): opposite sides. «بالتعاون مع», "along with", "together with" stay "with".
 *   <li><b>coded-as</b>: an ACLED coder's gloss "(coded as X)" after an actor: same side.
 *   <li><b>against</b>: «ضد», «على», "against": opposite sides.
 *   <li><b>part-of</b>: the dictionary says one is part of the other (YPG of the SDF): same side.
 * </ul>
 *
 * <p>Then sides take roles:
 *
 * <ul>
 *   <li><b>weapon-of</b>: the side named right after a weapon noun is who fires it («برصاص X»,
 *       «بنيران X», «قذائف X»).
 *   <li><b>nominative-subject</b>: a sound masculine plural in the nominative («مجهولون»,
 *       «الحوثيون») right after the trigger or after «استهدف» is the subject: a genitive or an
 *       object never takes that ending («خطف مجهولون» = unknown men abducted).
 *   <li><b>subject-after-verb</b> for «استهدف»: the side right after the active verb is its subject
 *       («استهدف الطيران الروسي مواقع …»).
 *   <li><b>agent-after-aircraft</b>: the side named right after the trigger and an aircraft or
 *       weapon word («بقصف لطيران التحالف», «غارات للطيران الروسي», "strikes by coalition jets").
 *   <li><b>subject-after-verb</b> / <b>subject-before-verb</b>: the side right after a verb trigger
 *       (Arabic verb–subject order) or right before it.
 *   <li><b>genitive-agent</b>: the side named right after a noun trigger («غارات التحالف», "regime
 *       shelling"), except for attacks on civilians, abductions and arrests, where it is the victim
 *       («اغتيال X», «اعتقال X»).
 *   <li><b>modifier-agent</b>: in English, the actor right before a noun trigger ("coalition
 *       airstrikes"). English verbs take the actor before them as subject and the one after as
 *       object (target).
 *   <li><b>passive-agent</b>: the side after «من قبل» or "by".
 *   <li><b>launched-by</b>: the side after «أطلقها», «شنها», «نفذها», «زرعها» (planted it), «نُسبت
 *       إلى» and "attributed to", "blamed on".
 *   <li><b>target</b>: the side after «على», «ضد», «مواقع», «عناصر», «مقرات», "against", "positions
 *       of"; for territory triggers also «من» ("from").
 *   <li><b>civilians</b> (inter 7) are always acted on, never the actor.
 *   <li><b>control</b>: a side named as who holds a place («مناطق سيطرة X», «الخاضعة لسيطرة X», «حي
 *       خاضع لـX», "areas controlled by X") tells where, and takes no role by default.
 *   <li><b>first-side</b> / <b>other-side</b>: otherwise the first side in the sentence acts and
 *       the next side that is not its own is acted on.
 * </ul>
 */
public final class RoleAnalyzer {
  private static final Set<String> BACKED =
      Set.of("مدعوم", "مدعومه", "مدعومين", "بدعم", "دعم", "backed", "supported");
  private static final Set<String> WITH =
      Set.of(
          "مع",
          "تشارك",
          "يشارك",
          "شارك",
          "شاركت",
          "بمشاركه",
          "مشاركه",
          "بالتعاون",
          "تعاون",
          "تقودها",
          "يقودها",
          "بقياده",
          "قياده",
          "رديفه",
          "الرديفه",
          "alongside",
          "with",
          "joined",
          "led",
          "allied");
  private static final Set<String> AGAINST = Set.of("ضد", "علي", "against", "on");
  private static final Set<String> BETWEEN = Set.of("بين", "between");
  private static final Set<String> JOINT = Set.of("مشترك", "مشتركه", "joint", "combined");
  private static final Set<String> AIRCRAFT =
      Set.of(
          "طيران",
          "طايره",
          "طايرات",
          "مقاتلات",
          "مقاتله",
          "مروحيات",
          "مروحيه",
          "مسيره",
          "مسيرات",
          "مدفعيه",
          "راجمات",
          "بوارج",
          "سلاح",
          "قوات",
          "aircraft",
          "jets",
          "jet",
          "warplanes",
          "warplane",
          "planes",
          "drones",
          "drone",
          "helicopters",
          "artillery",
          "forces",
          "by");
  private static final Set<String> BY = Set.of("قبل", "by");
  private static final Set<String> LAUNCHED =
      Set.of(
          "اطلقها",
          "شنها",
          "نفذها",
          "اطلقه",
          "شنه",
          "نفذه",
          "اطلقته",
          "شنته",
          "نفذته",
          "تبناها",
          "تبناه",
          "زرعها",
          "زرعه",
          "زرعتها",
          "زرعته",
          "نسبت",
          "نسب",
          "تنسب",
          "ينسب",
          "منسوبه",
          "attributed",
          "blamed");
  private static final Set<String> TARGET =
      Set.of(
          "علي",
          "ضد",
          "مواقع",
          "موقع",
          "عناصر",
          "مقرات",
          "مقر",
          "نقاط",
          "تجمعات",
          "تحصينات",
          "استهدف",
          "استهدفت",
          "against",
          "targeting",
          "positions",
          "position");
  private static final Set<String> FROM = Set.of("من", "from");
  private static final Set<String> LINKED = Set.of("linked", "affiliated", "backed");
  private static final Set<String> LINKED_AR = Set.of("مرتبط", "مرتبطه", "مرتبطين", "مرتبطون");
  private static final Set<String> LINK_PREPOSITIONS = Set.of("to", "with");
  private static final Set<String> OPPOSED =
      Set.of(
          "anti", "مناهض", "مناهضه", "مناهضين", "مناهضون", "مناوي", "مناويه", "مناوين", "مناوون",
          "معادي", "معاديه", "معادين", "معادون");
  private static final Set<String> CONTROL =
      Set.of(
          "سيطره",
          "لسيطره",
          "نفوذ",
          "خاضع",
          "خاضعه",
          "خاضعا",
          "خاضعين",
          "خاضعون",
          "controlled",
          "held");

  /** Weapon nouns whose genitive is who fires them: «برصاص X», «بنيران X», «قذائف X». */
  private static final Set<String> WEAPON_OF =
      Set.of("رصاص", "نيران", "قذايف", "قذيفه", "صواريخ", "صاروخ");

  /** The active verb «استهدف»: the actor right after it is its subject (Arabic verb–subject). */
  private static final Set<String> TARGET_VERB = Set.of("استهدف", "استهدفت", "يستهدف", "تستهدف");

  /** Words before a plain «مع» / "with" that make it "together with", not "against". */
  private static final Set<String> TOGETHER =
      Set.of("جنب", "جنبا", "بالتعاون", "بالتنسيق", "along", "together", "alongside");

  /** Nouns of places and property that «مدنية» / "civilian" may qualify. */
  private static final Set<String> PROPERTY =
      Set.of(
          "areas",
          "area",
          "houses",
          "house",
          "homes",
          "home",
          "facilities",
          "facility",
          "properties",
          "property",
          "infrastructure",
          "targets",
          "target",
          "buildings",
          "building",
          "neighbourhoods",
          "neighborhoods",
          "neighbourhood",
          "neighborhood",
          "vehicles",
          "vehicle",
          "cars",
          "car",
          "sites",
          "site",
          "objects",
          "structures",
          "منشات",
          "منشاه",
          "مناطق",
          "منطقه",
          "اهداف",
          "هدف",
          "منازل",
          "منزل",
          "مباني",
          "مبني",
          "احياء",
          "مرافق",
          "ممتلكات",
          "بنيه",
          "سيارات",
          "سياره",
          "مواقع",
          "اعيان");

  /** An ACLED coder's gloss: "forces and affiliates (coded as Southern Resistance)". */
  private static final String CODED = "coded";

  private RoleAnalyzer() {}

  private static final class Side {
    final ActorHit head;
    final List<ActorHit> assoc = new ArrayList<>();
    String agentRule;
    boolean target;
    boolean place;

    Side(ActorHit head) {
      this.head = head;
    }
  }

  /**
   * The roles for the trigger at tokens {@code [trigFirst, trigEnd)} of sentence {@code [from,
   * to)}, given the actors found in the sentence (speakers and sources already removed).
   */
  public static Roles analyze(
      List<Token> tokens,
      int from,
      int to,
      List<ActorHit> hits,
      int trigFirst,
      int trigEnd,
      Trigger trigger,
      ActorLexicon lexicon) {
    hits = withoutDescriptors(tokens, from, to, hits);
    if (hits.isEmpty()) {
      return Roles.NONE;
    }
    boolean joint = near(tokens, Math.max(from, trigFirst - 1), Math.min(to, trigEnd + 3), JOINT);
    boolean clash = trigger.type().name().equals("Armed clash");
    List<Side> sides = group(tokens, from, to, hits, joint, trigFirst, trigEnd, clash, lexicon);
    for (Side s : sides) {
      cue(tokens, from, s, trigFirst, trigEnd, trigger);
    }
    for (Side s : sides) {
      if (s.head.actor().inter() == 7) {
        // civilians are acted on, never the actor, whatever their place in the sentence
        s.agentRule = null;
        s.target = true;
      }
    }
    Side agent = null;
    for (Side s : sides) {
      if (s.agentRule != null) {
        agent = s;
        break;
      }
    }
    String rule1 = agent == null ? "role:first-side" : "role:" + agent.agentRule;
    if (agent == null) {
      for (Side s : sides) {
        if (!s.target && !s.place) {
          agent = s;
          break;
        }
      }
    }
    Side target = null;
    String rule2 = "role:target";
    for (Side s : sides) {
      if (s != agent && s.target) {
        target = s;
        break;
      }
    }
    if (target == null) {
      rule2 = "role:other-side";
      for (Side s : sides) {
        if (s != agent
            && !s.place
            && (agent == null || !lexicon.sameSide(s.head.actor(), agent.head.actor()))) {
          target = s;
          break;
        }
      }
    }
    return new Roles(
        agent == null ? Optional.empty() : Optional.of(agent.head),
        agent == null ? List.of() : List.copyOf(agent.assoc),
        target == null ? Optional.empty() : Optional.of(target.head),
        target == null ? List.of() : List.copyOf(target.assoc),
        agent == null ? "" : rule1,
        target == null ? "" : rule2);
  }

  /** The hits less those named only to describe another actor ("anti-Houthi", "linked to"). */
  static List<ActorHit> withoutDescriptors(
      List<Token> tokens, int from, int to, List<ActorHit> hits) {
    List<ActorHit> out = null;
    for (int k = 0; k < hits.size(); k++) {
      ActorHit h = hits.get(k);
      int i = h.firstToken() - 1;
      if (i >= from
          && tokens.get(i).kind() == Token.Kind.PUNCT
          && tokens.get(i).norm().equals("-")) {
        i--; // "anti-Houthi"
      } else if (i > from && tokens.get(i).norm().equals("the")) {
        i--; // "linked to the Houthis"
      }
      boolean opposed = i >= from && tokens.get(i).isAnyOf(OPPOSED);
      if (!opposed && i > from && tokens.get(i).isAnyOf(LINK_PREPOSITIONS)) {
        opposed = tokens.get(i - 1).isAnyOf(LINKED); // "linked to X", "affiliated with X"
      } else if (!opposed && i >= from && tokens.get(i).isAnyOf(LINKED_AR)) {
        opposed = tokens.get(h.firstToken()).norm().startsWith("ب"); // «مرتبطة بتنظيم X»
      }
      opposed |= civilianProperty(tokens, from, to, h);
      int n = h.endToken();
      opposed |=
          n + 1 < to
              && tokens.get(n).kind() == Token.Kind.PUNCT
              && tokens.get(n).norm().equals("-")
              && tokens.get(n + 1).isAnyOf(LINKED); // "al-Qaida-linked", "Iran-backed"
      if (opposed && out == null) {
        out = new ArrayList<>(hits.subList(0, k));
      } else if (!opposed && out != null) {
        out.add(h);
      }
    }
    return out == null ? hits : out;
  }

  /**
   * Whether a civilians hit is only an adjective of property: "civilian houses", "civilian areas",
   * «منشآت مدنية», «أهداف مدنية» (what was hit, not who).
   */
  private static boolean civilianProperty(List<Token> tokens, int from, int to, ActorHit h) {
    if (h.actor().inter() != 7 || h.endToken() - h.firstToken() != 1) {
      return false;
    }
    Token t = tokens.get(h.firstToken());
    if (t.kind() == Token.Kind.LATIN) {
      return t.norm().equals("civilian")
          && h.endToken() < to
          && tokens.get(h.endToken()).isAnyOf(PROPERTY);
    }
    String k = t.keys()[0];
    return (k.equals("مدنيه") || k.equals("مدني"))
        && h.firstToken() > from
        && tokens.get(h.firstToken() - 1).isAnyOf(PROPERTY);
  }

  private static List<Side> group(
      List<Token> tokens,
      int from,
      int to,
      List<ActorHit> hits,
      boolean joint,
      int trigFirst,
      int trigEnd,
      boolean clash,
      ActorLexicon lexicon) {
    List<Side> sides = new ArrayList<>();
    Side current = null;
    ActorHit prev = null;
    for (ActorHit h : hits) {
      if (current == null) {
        current = new Side(h);
        sides.add(current);
        prev = h;
        continue;
      }
      Link link = link(tokens, from, to, prev, h, joint, trigFirst, trigEnd, clash);
      if (link == Link.SEPARATE && (lexicon.sameSide(h.actor(), current.head.actor()))) {
        link = Link.WITH;
      }
      switch (link) {
        case BACKED -> {
          if (h.actor().inter() != 8) {
            current.assoc.add(h);
          }
        }
        case WITH -> {
          if (!h.actor().id().equals(current.head.actor().id()) && !contains(current.assoc, h)) {
            current.assoc.add(h);
          }
        }
        default -> {
          Side existing = find(sides, h, lexicon);
          if (existing == null) {
            current = new Side(h);
            sides.add(current);
            if (link == Link.OPPOSITE) {
              current.target = true;
            }
          } else {
            current = existing;
          }
        }
      }
      prev = h;
    }
    return sides;
  }

  private static boolean contains(List<ActorHit> list, ActorHit h) {
    for (ActorHit a : list) {
      if (a.actor().id().equals(h.actor().id())) {
        return true;
      }
    }
    return false;
  }

  private static Side find(List<Side> sides, ActorHit h, ActorLexicon lexicon) {
    for (Side s : sides) {
      if (s.head.actor().id().equals(h.actor().id())) {
        return s;
      }
    }
    return null;
  }

  private enum Link {
    BACKED,
    WITH,
    OPPOSITE,
    SEPARATE
  }

  private static Link link(
      List<Token> tokens,
      int from,
      int to,
      ActorHit a,
      ActorHit b,
      boolean joint,
      int trigFirst,
      int trigEnd,
      boolean clash) {
    int gap = b.firstToken() - a.endToken();
    if (gap > 8) {
      return Link.SEPARATE;
    }
    for (int i = a.endToken(); i < b.firstToken(); i++) {
      if (tokens.get(i).norm().equals(CODED)) {
        return Link.WITH; // "pro-Hadi forces and affiliates (coded as Southern Resistance)"
      }
    }
    if (oneSide(tokens, b.endToken(), to)) {
      return Link.WITH; // "between X and Y on one side and Z on the other"
    }
    for (int i = a.endToken(); i < b.firstToken(); i++) {
      if (tokens.get(i).isAnyOf(BACKED)) {
        return Link.BACKED;
      }
    }
    for (int i = a.endToken(); i < b.firstToken(); i++) {
      if (tokens.get(i).isAnyOf(AGAINST)) {
        return Link.OPPOSITE;
      }
    }
    boolean between = near(tokens, Math.max(from, a.firstToken() - 2), a.firstToken(), BETWEEN);
    // «X اشتبكت مع Y», "X clashed with Y"; in verb–subject order «اشتبكت X مع Y» for a clash
    boolean triggerBetween =
        (a.endToken() <= trigFirst || clash && trigEnd <= a.firstToken())
            && trigEnd <= b.firstToken();
    for (int i = a.endToken(); i < b.firstToken(); i++) {
      if (tokens.get(i).isAnyOf(WITH)) {
        if (triggerBetween && !joint && reciprocalWith(tokens, i, a.endToken())) {
          return Link.OPPOSITE; // «اشتبكت X مع Y», "X clashed with Y"
        }
        return between && !joint ? Link.OPPOSITE : Link.WITH;
      }
    }
    boolean and = gap == 0 && conjunction(tokens.get(b.firstToken()));
    for (int i = a.endToken(); i < b.firstToken() && !and; i++) {
      String n = tokens.get(i).norm();
      and = gap <= 2 && (n.equals("و") || n.equals("and"));
    }
    if (and) {
      if (between) {
        return joint ? Link.WITH : Link.OPPOSITE;
      }
      return joint ? Link.WITH : Link.SEPARATE;
    }
    return Link.SEPARATE;
  }

  /**
   * Whether the «مع» / "with" at {@code i} is plain (not «بالتعاون مع», "along with", "together
   * with"), so that after a trigger it names the other party: «اشتبكت X مع Y».
   */
  private static boolean reciprocalWith(List<Token> tokens, int i, int from) {
    String n = tokens.get(i).keys()[0];
    if (!n.equals("مع") && !n.equals("with")) {
      return false;
    }
    return i == from || !tokens.get(i - 1).isAnyOf(TOGETHER);
  }

  /** Whether "on one side" follows within three tokens of {@code i}. */
  private static boolean oneSide(List<Token> tokens, int i, int to) {
    for (int k = i; k + 2 < to && k <= i + 3; k++) {
      if (tokens.get(k).norm().equals("on")
          && tokens.get(k + 1).norm().equals("one")
          && tokens.get(k + 2).norm().equals("side")) {
        return true;
      }
    }
    return false;
  }

  private static boolean conjunction(Token t) {
    return t.kind() == Token.Kind.ARABIC
        && t.norm().startsWith("و")
        && t.keys().length > 1
        && !t.keys()[0].startsWith("و");
  }

  private static void cue(
      List<Token> tokens, int from, Side s, int trigFirst, int trigEnd, Trigger trigger) {
    ActorHit h = s.head;
    if (near(tokens, Math.max(from, h.firstToken() - 2), h.firstToken(), CONTROL)) {
      s.place = true; // «مناطق سيطرة داعش», "areas controlled by": where, not who
      s.target = false;
      return;
    }
    if (h.firstToken() > from && tokens.get(h.firstToken() - 1).isAnyOf(WEAPON_OF)) {
      s.agentRule = "weapon-of"; // «قتل برصاص مسلحين مجهولين», «أصيب بنيران الجيش»
      return;
    }
    // what stands between the trigger and the actor named after it
    if (h.firstToken() >= trigEnd && h.firstToken() - trigEnd <= 3) {
      boolean aircraft = h.firstToken() > trigEnd;
      for (int i = trigEnd; i < h.firstToken(); i++) {
        aircraft &= tokens.get(i).isAnyOf(AIRCRAFT);
      }
      if (aircraft) {
        s.agentRule = "agent-after-aircraft";
        return;
      }
    }
    if (h.firstToken() > from
        && (h.firstToken() == trigEnd || tokens.get(h.firstToken() - 1).isAnyOf(TARGET_VERB))
        && nominativePlural(tokens.get(h.firstToken()))) {
      // «خطف مجهولون», «استهدف الحوثيون»: a nominative plural after a verb is its subject,
      // never a genitive or an object
      s.agentRule = "nominative-subject";
      return;
    }
    if (h.firstToken() > from
        && h.firstToken() != trigEnd
        && tokens.get(h.firstToken() - 1).isAnyOf(TARGET_VERB)) {
      s.agentRule = "subject-after-verb"; // «استهدف الطيران الروسي مواقع …»
      return;
    }
    if (h.endToken() == trigFirst
        && !trigger.has(Trigger.Flag.VERB)
        && tokens.get(trigFirst).kind() == Token.Kind.LATIN) {
      // "coalition airstrikes", "Houthi shelling": an English noun trigger's modifier acts
      s.agentRule = "modifier-agent";
      return;
    }
    if (h.firstToken() == trigEnd
        && !trigger.has(Trigger.Flag.VERB)
        && tokens.get(trigFirst).kind() != Token.Kind.LATIN) {
      // a noun trigger followed by its genitive: «غارات التحالف» (the agent), but «اغتيال X»,
      // «اعتقال X», «اختطاف X» (the victim)
      if (genitiveIsVictim(trigger)) {
        s.target = true;
      } else {
        s.agentRule = "genitive-agent";
      }
      return;
    }
    if (h.firstToken() > trigFirst
        && near(tokens, Math.max(from, h.firstToken() - 2), h.firstToken(), BY)) {
      s.agentRule = "passive-agent";
      return;
    }
    if (near(tokens, Math.max(from, h.firstToken() - 2), h.firstToken(), LAUNCHED)) {
      s.agentRule = "launched-by";
      return;
    }
    boolean english = tokens.get(trigFirst).kind() == Token.Kind.LATIN;
    if (trigger.has(Trigger.Flag.VERB) && english) {
      // English is subject–verb–object: the actor after the verb is its object
      if (h.endToken() <= trigFirst && trigFirst - h.endToken() <= 2) {
        s.agentRule = "subject-before-verb";
      } else if (h.firstToken() >= trigEnd && h.firstToken() - trigEnd <= 1) {
        s.target = true;
      }
      if (s.agentRule != null || s.target) {
        return;
      }
    }
    if (trigger.has(Trigger.Flag.VERB) && !english) {
      if (h.firstToken() >= trigEnd && h.firstToken() - trigEnd <= 1) {
        s.agentRule = "subject-after-verb";
        return;
      }
      if (h.endToken() <= trigFirst && trigFirst - h.endToken() <= 1) {
        s.agentRule = "subject-before-verb";
        return;
      }
    }
    int back = Math.max(from, h.firstToken() - 2);
    if (near(tokens, back, h.firstToken(), TARGET)) {
      s.target = true;
    } else if (trigger.has(Trigger.Flag.TERRITORY) && near(tokens, back, h.firstToken(), FROM)) {
      s.target = true;
    }
    // an object right after a transitive verb of attack («استهدف … X») is its target
    if (!s.target
        && h.firstToken() >= trigEnd
        && h.firstToken() - trigEnd <= 1
        && tokens.get(trigFirst).isAnyOf(TARGET)) {
      s.target = true;
    }
  }

  /**
   * Whether an Arabic word is a sound masculine plural in the nominative («مجهولون», «الحوثيون»),
   * which a genitive or an object never is.
   */
  private static boolean nominativePlural(Token t) {
    String k = t.keys()[t.keys().length - 1];
    return t.kind() == Token.Kind.ARABIC && k.length() >= 5 && k.endsWith("ون");
  }

  private static boolean genitiveIsVictim(Trigger t) {
    String e = t.type().eventType();
    String sub = t.type().name();
    return e.equals("Violence against civilians") || sub.equals("Arrests");
  }

  private static boolean near(List<Token> tokens, int from, int to, Set<String> words) {
    for (int i = from; i < to; i++) {
      if (tokens.get(i).isAnyOf(words)) {
        return true;
      }
    }
    return false;
  }
}
