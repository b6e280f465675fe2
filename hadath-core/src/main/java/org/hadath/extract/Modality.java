package org.hadath.extract;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.hadath.text.Token;
import org.hadath.text.en.EnglishMonths;

/**
 * Decides whether a trigger reports something that happened, or something denied, planned,
 * threatened, hoped for, asked about, or summed up.
 *
 * <p>Rules, each returning the reason the trigger is not an event:
 *
 * <ul>
 *   <li><b>negated</b>: a negation (لم لن لا ليس عدم غير; not, no, never, without) up to four
 *       tokens before the trigger in the same clause (دون, بدون only right before it or before
 *       «أن»: «دون أن تقدم», not «أطفال دون سن العاشرة»), or a denial verb (نفى, ينفي; denied)
 *       anywhere before it in the sentence.
 *   <li><b>future</b>: a future or plan word (سوف, تعتزم, تنوي, تخطط, تستعد, هدفها, بهدف, يسعى,
 *       الساعي إلى; will, plans, intends, aims) up to four tokens before the trigger in the same
 *       clause, or an Arabic verb with the future prefix س (سيبدأ, ستشن) right before it.
 *   <li><b>future</b> also: a future time word up to three tokens after the trigger in the same
 *       clause (غداً, الغد, المقبل, القادم; tomorrow, next): «مظاهرة الغد», and calls for it
 *       (دعوات, تدعو; calls, urged) before it.
 *   <li><b>future</b> also: a call for it (دعا, دعت, دعوة, دعوات, يدعو, ناشد, حث; urged) up to four
 *       tokens before it in the same clause: «دعت المعارضة أنصارها للتظاهر».
 *   <li><b>grievance</b>: a trigger up to three tokens after a word naming what a protest is
 *       against (احتجاجاً على, تنديداً ب, استنكاراً ل, رفضاً ل, للاحتجاج على) or why something
 *       happened (على خلفية) is that cause, not the event the sentence reports: «تظاهروا احتجاجاً
 *       على اعتقاله», «اعتُقل على خلفية الاحتجاجات».
 *   <li><b>negated</b> does not apply to a negated verb of ceasing: «لم تتوقف عن قصف», "did not
 *       stop shelling" tell that it went on.
 *   <li><b>released</b>: a trigger up to four tokens after a release («أفرجت عن الرهائن», «إطلاق
 *       سراح المخطوفين», «الإفراج عن») ends a captivity; it is not a new abduction or arrest.
 *   <li><b>grievance</b> in English: a trigger up to three tokens after "condemning", "denounce" or
 *       "an end to" names what a protest is against ("calling for an end to the shelling").
 *   <li><b>threat</b>: a threat word (هدد, توعد; threatened, warned) up to four tokens before it.
 *   <li><b>purpose</b>: an Arabic verbal noun with the preposition ل («للسيطرة») states an aim, and
 *       so does a trigger right after one («لإحراز تقدم»: <b>purpose-object</b>), unless a verb of
 *       undergoing (تعرض) or of using (استخدام) precedes it («تعرضت المدينة للقصف», «استخدام كثيف
 *       للغاز المسيل للدموع»).
 *   <li><b>conditional</b>: إذا, لو, في حال; if, unless up to four tokens before it.
 *   <li><b>question</b>: the sentence ends in ؟ or ?.
 *   <li><b>aggregate</b>: the sentence sums up a period («خلال شهر», «منذ بداية العام», "since the
 *       start of the year", "during the month") rather than telling one event («منذ مدة», «منذ أكثر
 *       من عشرة أشهر», «منذ أن …», "since July", "so far this year" too); but a «منذ» after a
 *       superlative or "first" measures a comparison, not a period («أعنف هجوم منذ اندلاع الحرب»,
 *       «الأولى من نوعها منذ 2003», "the deadliest since 2014": {@link #comparison}).
 *   <li><b>habitual</b>: the trigger's clause says it happens again and again (see {@link
 *       #habitual}).
 *   <li><b>reference</b>: an English trigger right after "recent", "previous" or "earlier"
 *       ("related to recent demonstrations") refers back to earlier events.
 *   <li><b>accusation</b>: a trigger up to four tokens after a charge («بتهمة», «بتهم», «متهم ب»,
 *       «للاشتباه», «المشتبه»; "accused of", "charged with", "suspected of", "involved in",
 *       "convicted of", "on charges of") is what someone is accused of, not an event the sentence
 *       reports: «اعتقل شخصين بتهمة تنفيذ تفجير», "activists accused of hurling a Molotov
 *       cocktail". The active verb of accusing («اتهم الجيش الحوثيين بقصف», "X accused Y of
 *       shelling") attributes a reported event and is not a charge.
 * </ul>
 *
 * <p>A clause ends at punctuation other than quotes. Opinion sentences are judged by {@link
 * #opinion}.
 */
public final class Modality {
  private static final int WINDOW = 4;

  private static final Set<String> NEGATION =
      Set.of(
          "لم", "لن", "لا", "ليس", "ليست", "عدم", "غير", "not", "no", "never", "without", "didn't",
          "didn", "wasn't", "weren't", "nor");

  /**
   * «دون», «بدون» (without): a negation right before the trigger or before «أن» («دون أن تقدم»),
   * not where it means "under" («أطفال دون سن العاشرة»).
   */
  private static final Set<String> WITHOUT = Set.of("دون", "بدون", "ودون");

  private static final Set<String> DENIAL =
      Set.of("نفي", "نفت", "ينفي", "تنفي", "نفيه", "denied", "denies", "deny", "dismissed");
  private static final Set<String> FUTURE =
      Set.of(
          "سوف",
          "تعتزم",
          "يعتزم",
          "اعتزام",
          "تنوي",
          "ينوي",
          "نيه",
          "تخطط",
          "يخطط",
          "خطه",
          "مخطط",
          "تستعد",
          "يستعد",
          "استعداد",
          "استعدادات",
          "تحضير",
          "تحضيرات",
          "هدفها",
          "هدفه",
          "بهدف",
          "تهدف",
          "يهدف",
          "تسعي",
          "يسعي",
          "ساعي",
          "ساعيه",
          "مرتقب",
          "مرتقبه",
          "محتمل",
          "محتمله",
          "will",
          "would",
          "plan",
          "plans",
          "planned",
          "planning",
          "intend",
          "intends",
          "intended",
          "aims",
          "aim",
          "prepare",
          "prepares",
          "preparing",
          "upcoming",
          "expected",
          "could",
          "may",
          "might");

  /** Words after a trigger that put it in the future: «مظاهرة غداً», "a protest next Friday". */
  private static final Set<String> LATER =
      Set.of("غدا", "غد", "مقبل", "مقبله", "قادم", "قادمه", "tomorrow", "next", "upcoming");

  /** Calls for an action, which has not happened: «دعت … للتظاهر», "urged … to protest". */
  private static final Set<String> CALL =
      Set.of(
          "دعا", "دعت", "دعوا", "يدعو", "تدعو", "يدعون", "دعوه", "دعوات", "ناشد", "ناشدت", "حث",
          "حثت", "urged", "urging", "urges");

  /**
   * Words after which the next few words name a protest's grievance or a cause (احتجاجاً على,
   * تنديداً ب, استنكاراً ل, رفضاً ل, على خلفية), with and without the accusative ا.
   */
  private static final Set<String> GRIEVANCE =
      Set.of("احتجاجا", "احتجاج", "تنديدا", "تنديد", "استنكارا", "استنكار", "رفضا", "خلفيه");

  /**
   * Verbs of ceasing: negated, they tell that something went on («لم تتوقف عن», "never stopped").
   */
  private static final Set<String> CEASE =
      Set.of(
          "توقف", "توقفت", "يتوقف", "تتوقف", "يتوقفوا", "كف", "كفت", "يكف", "تكف", "ينقطع", "تنقطع",
          "stop", "stopped", "stops", "cease", "ceased", "halt", "halted");

  /** Release from captivity («أفرجت عن», «الإفراج عن», «إطلاق سراح»), Arabic only. */
  private static final Set<String> RELEASE =
      Set.of("افرج", "افرجت", "افرجوا", "يفرج", "تفرج", "افراج", "سراح");

  /**
   * English words after which the next few words name what a protest is against: "condemning the
   * shelling", "denounce the killings", "calling for an end to the siege".
   */
  private static final Set<String> EN_GRIEVANCE =
      Set.of("condemn", "condemning", "condemned", "denounce", "denouncing", "denounced", "end");

  private static final Set<String> THREAT =
      Set.of(
          "هدد",
          "هددت",
          "يهدد",
          "تهدد",
          "تهديد",
          "توعد",
          "توعدت",
          "يتوعد",
          "threatened",
          "threatens",
          "threat",
          "warned",
          "warns",
          "vowed");
  private static final Set<String> CONDITIONAL = Set.of("اذا", "لو", "حال", "if", "unless");
  private static final Set<String> UNDERGO =
      Set.of("تعرض", "تعرضت", "يتعرض", "تتعرض", "تعرضه", "تعرضها", "تعرضوا", "يتعرضون");

  /** Verbal nouns of using or firing, whose object may take ل: «استخدام … للغاز». */
  private static final Set<String> USE = Set.of("استخدام", "استعمال", "اطلاق");

  private static final Set<String> PERIOD =
      Set.of(
          "شهر", "عام", "سنه", "اسبوع", "اشهر", "اعوام", "ايام", "سنوات", "اسابيع", "month", "year",
          "week", "months", "years", "weeks");

  /** Words that may stand between "during", "over", «خلال» and the period: "over the past four". */
  private static final Set<String> PERIOD_MODIFIERS =
      Set.of(
          "the",
          "past",
          "last",
          "previous",
          "recent",
          "several",
          "few",
          "ماضيه",
          "اخيره",
          "عده",
          "two",
          "three",
          "four",
          "five",
          "six",
          "seven",
          "eight",
          "nine",
          "ten");

  /**
   * After «منذ»: the start of a long period («منذ بداية», «منذ اندلاع», «منذ سنوات»), not a day.
   */
  private static final Set<String> SINCE_START =
      EnglishMonths.with(
          Set.of("may"),
          "بدايه",
          "انطلاق",
          "اندلاع",
          "مطلع",
          "سنوات",
          "اعوام",
          "اشهر",
          "شهور",
          "سنين",
          "عقود",
          "عقد",
          "مده",
          "فتره",
          "زمن",
          "اكثر",
          "ان",
          "start",
          "beginning");

  /**
   * Words that say a trigger right after them refers back to earlier events ("recent protests").
   */
  private static final Set<String> REFERENCE = Set.of("recent", "previous", "earlier");

  /** Arabic words of a charge against someone («بتهمة», «متهم ب», «للاشتباه», «المشتبه»). */
  private static final Set<String> CHARGE_AR =
      Set.of("تهمه", "تهم", "متهم", "متهمه", "متهمين", "متهمون", "اشتباه", "مشتبه", "شبهه");

  /** English words of a charge, each followed by its preposition: "accused of", "charged with". */
  private static final Set<String> CHARGE_EN =
      Set.of("accused", "charged", "suspected", "involved", "convicted", "charges", "suspicion");

  private static final Set<String> CHARGE_EN_PREPOSITIONS = Set.of("of", "with", "in");

  /**
   * Words after which, in a sentence that reports a protest, a trigger names what the protesters
   * want or protest against, or who they are ({@link #protestGrievance}).
   */
  private static final Set<String> PROTEST_GRIEVANCE =
      Set.of(
          "against",
          "release",
          "return",
          "recovery",
          "demand",
          "demands",
          "demanded",
          "demanding",
          "claim",
          "claims",
          "claiming",
          "alleging",
          "since",
          "مطالبه",
          "مطالبين",
          "مطالبا",
          "مطالبون",
          "طالب",
          "طالبوا",
          "يطالبون",
          "منذ");

  /** Relative pronouns: a trigger after one describes the protesters or those they speak for. */
  private static final Set<String> RELATIVE =
      Set.of("who", "whose", "الذين", "الذي", "التي", "اللواتي", "اللاتي", "اللذين", "اللتين");

  /** English words of calling for something: "calling for the arrest of …". */
  private static final Set<String> CALLING = Set.of("calling", "called", "calls", "call");

  /** Conjunctions that open a new clause, which a grievance does not reach across. */
  private static final Set<String> CLAUSE_CONJUNCTIONS =
      Set.of("and", "but", "while", "when", "as", "after", "before", "then", "whereas");

  /** How many words before a trigger a protest's grievance may open. */
  private static final int GRIEVANCE_WINDOW = 5;

  /**
   * Phrases that say the sentence tells of something that keeps happening, not one event («من حين
   * لآخر», «بين الحين والآخر», «مراراً», «غالباً», «متكررة», «بشكل يومي», "repeatedly", "often", "a
   * frequent cause of fighting", "from time to time").
   */
  private static final Set<String> HABITUAL_WORDS =
      Set.of(
          "مرارا",
          "غالبا",
          "متكرر",
          "متكرره",
          "repeatedly",
          "routinely",
          "regularly",
          "frequently",
          "frequent",
          "often",
          "recurrent",
          "recurring");

  /** A number of years, months (spelled or written) before «قبل»/"ago"/"since": "a year ago". */
  private static final Set<String> LONG_PERIOD =
      Set.of(
          "عام", "عامين", "اعوام", "سنه", "سنتين", "سنوات", "اشهر", "شهور", "year", "years",
          "months", "decade", "decades");

  /** Weekday names (normalised, with and without the article) that may follow «منذ», "since". */
  private static final Set<String> WEEKDAYS =
      Set.of(
          "السبت",
          "الاحد",
          "الاثنين",
          "الثلاثاء",
          "الاربعاء",
          "الخميس",
          "الجمعه",
          "سبت",
          "احد",
          "اثنين",
          "ثلاثاء",
          "اربعاء",
          "خميس",
          "جمعه",
          "monday",
          "tuesday",
          "wednesday",
          "thursday",
          "friday",
          "saturday",
          "sunday");

  private static final Set<String> OPINION =
      Set.of(
          "يري",
          "تري",
          "راي",
          "رات",
          "يعتقد",
          "تعتقد",
          "اعتبر",
          "اعتبرت",
          "يعتبر",
          "تعتبر",
          "واضح",
          "يبدو",
          "ربما",
          "believes",
          "believe",
          "argues",
          "argued",
          "thinks",
          "opinion",
          "seems");
  private static final Set<String> CONTINUE =
      Set.of("اضاف", "اضافت", "تابع", "تابعت", "تابعا", "اكمل", "added", "continued");

  private Modality() {}

  /**
   * Why the trigger at token {@code trigger} of the sentence {@code [from, to)} is not an event, or
   * empty when it reports one.
   */
  public static Optional<String> exclusion(List<Token> tokens, int from, int to, int trigger) {
    if (endsWithQuestion(tokens, from, to)) {
      return Optional.of("question");
    }
    for (int i = trigger - 1, seen = 0; i >= from && seen < WINDOW; i--) {
      Token p = tokens.get(i);
      if (p.kind() == Token.Kind.PUNCT) {
        if (isQuote(p)) {
          continue;
        }
        break;
      }
      seen++;
      String k = p.keys()[0];
      String n = p.norm();
      if (NEGATION.contains(n) && !ceasing(tokens, i + 1, trigger)) {
        return Optional.of("negated");
      }
      if (WITHOUT.contains(n)
          && (i + 1 == trigger || (i + 1 < to && tokens.get(i + 1).norm().equals("ان")))) {
        return Optional.of("negated"); // «دون أن تقدم السلطات أي تفسير», «دون قتال»
      }
      if (FUTURE.contains(n) || FUTURE.contains(k) || (seen == 1 && futureVerb(p))) {
        return Optional.of("future");
      }
      if (THREAT.contains(n) || THREAT.contains(k)) {
        return Optional.of("threat");
      }
      if (seen <= 3 && (grievance(p) || EN_GRIEVANCE.contains(n))) {
        return Optional.of("grievance");
      }
      if (RELEASE.contains(k) || RELEASE.contains(p.keys()[p.keys().length - 1])) {
        return Optional.of("released");
      }
      if (charge(tokens, i, trigger)) {
        return Optional.of("accusation");
      }
      for (String key : p.keys()) {
        if (CALL.contains(key)) {
          return Optional.of("future");
        }
      }
      if (CONDITIONAL.contains(n) || CONDITIONAL.contains(k)) {
        return Optional.of("conditional");
      }
      if (seen == 1
          && REFERENCE.contains(n)
          && !(i - 1 >= from && tokens.get(i - 1).norm().equals("most"))) {
        return Optional.of("reference"); // "related to recent demonstrations": earlier events
      }
    }
    for (int i = trigger + 1, seen = 0; i < to && seen < 3; i++) {
      Token n = tokens.get(i);
      if (n.kind() == Token.Kind.PUNCT) {
        break;
      }
      seen++;
      if (LATER.contains(n.keys()[0]) || LATER.contains(n.norm())) {
        return Optional.of("future");
      }
    }
    for (int i = from; i < trigger; i++) {
      if (DENIAL.contains(tokens.get(i).keys()[0]) || DENIAL.contains(tokens.get(i).norm())) {
        return Optional.of("negated");
      }
    }
    // after the other rules, so that a protest stated as a purpose (which the caller may keep) is
    // still dropped when negated, called for or planned
    Token t = tokens.get(trigger);
    if (purpose(tokens, from, trigger, t)) {
      return Optional.of("purpose");
    }
    // «لإحراز تقدم», «لتحقيق السيطرة»: the trigger is the object of a verbal noun of purpose
    if (trigger - 1 >= from && purpose(tokens, from, trigger - 1, tokens.get(trigger - 1))) {
      return Optional.of("purpose-object");
    }
    if (aggregate(tokens, from, to)) {
      return Optional.of("aggregate");
    }
    if (habitual(tokens, from, to, trigger)) {
      return Optional.of("habitual");
    }
    return Optional.empty();
  }

  /**
   * Whether the sentence {@code [from, to)} gives an opinion rather than a report: its first words
   * name an opinion («يرى», «يعتقد», «من الواضح»; "believes"), or it continues the previous
   * sentence's opinion («وأضاف …» after an opinion sentence).
   */
  public static boolean opinion(List<Token> tokens, int from, int to, boolean previousWasOpinion) {
    int words = 0;
    for (int i = from; i < to && words < 6; i++) {
      Token t = tokens.get(i);
      if (t.kind() == Token.Kind.PUNCT) {
        continue;
      }
      words++;
      for (String k : t.keys()) {
        if (OPINION.contains(k)) {
          return true;
        }
        if (previousWasOpinion && words <= 2 && CONTINUE.contains(k)) {
          return true;
        }
      }
    }
    return false;
  }

  private static boolean purpose(List<Token> tokens, int from, int trigger, Token t) {
    if (t.kind() != Token.Kind.ARABIC || t.keys().length < 2) {
      return false;
    }
    String norm = t.norm();
    // the proclitics stripped from the literal form: «للسيطره» → «لل», «لاحراز» → «ل»
    String stem = t.keys()[t.keys().length - 1];
    int cut = norm.length() - stem.length();
    if (cut <= 0 || cut > 4 || !norm.endsWith(stem)) {
      return false;
    }
    String prefix = norm.substring(0, cut);
    if (!(prefix.startsWith("ل") || prefix.startsWith("ول") || prefix.startsWith("فل"))) {
      return false;
    }
    if (!prefix.equals("ل")
        && !prefix.equals("لل")
        && !prefix.endsWith("ل")
        && !prefix.endsWith("لل")) {
      return false;
    }
    for (int i = trigger - 1; i >= from && i >= trigger - 3; i--) {
      for (String k : tokens.get(i).keys()) {
        if (UNDERGO.contains(k) || USE.contains(k)) {
          return false; // «تعرضت للقصف»; «استخدام كثيف للغاز»: ل marks the object, not an aim
        }
      }
    }
    return true;
  }

  /**
   * Whether token {@code i} opens a charge against someone: an Arabic charge word («بتهمة», «متهم»,
   * «للاشتباه», «المشتبه»), or an English one followed by its preposition ("accused of", "charged
   * with", "involved in") before the trigger at {@code trigger}.
   */
  private static boolean charge(List<Token> tokens, int i, int trigger) {
    Token p = tokens.get(i);
    if (p.kind() == Token.Kind.ARABIC) {
      for (String k : p.keys()) {
        if (CHARGE_AR.contains(k)) {
          return true;
        }
      }
      return false;
    }
    return CHARGE_EN.contains(p.norm())
        && i + 1 < trigger
        && CHARGE_EN_PREPOSITIONS.contains(tokens.get(i + 1).norm());
  }

  /**
   * Whether, in a sentence that reports a protest, the trigger at {@code trigger} names the
   * protest's grievance or who the protesters are rather than an event of its own: it stands up to
   * five words after, and in the same clause as (no punctuation, no "and", "while", "when" …
   * between), a word of demanding or opposing («مطالبين», «منذ»; "against", "demanded the release
   * of", "the return of the looted funds", "claim", "since the prison riot", "calling for the
   * arrest of"), or a relative pronoun («الذين», «التي»; "who", "whose": "families who claim their
   * children have been kidnapped continued their sit-in", "the release of activists who were
   * detained"). The relative pronoun does not count for a protest word or the demonstrators' own
   * violence ({@code demonstration}: «الشعارات التي رفعها المتظاهرون», "protesters who threw
   * stones" riot).
   */
  public static boolean protestGrievance(
      List<Token> tokens, int from, int trigger, boolean demonstration) {
    for (int i = trigger - 1, seen = 0; i >= from && seen < GRIEVANCE_WINDOW; i--) {
      Token p = tokens.get(i);
      if (p.kind() == Token.Kind.PUNCT) {
        if (isQuote(p)) {
          continue;
        }
        return false;
      }
      seen++;
      String n = p.norm();
      if (CLAUSE_CONJUNCTIONS.contains(n)) {
        return false;
      }
      if (PROTEST_GRIEVANCE.contains(n)
          || (p.kind() == Token.Kind.ARABIC && PROTEST_GRIEVANCE.contains(p.keys()[0]))) {
        return true;
      }
      if (!demonstration && (RELATIVE.contains(n) || RELATIVE.contains(p.keys()[0]))) {
        return true;
      }
      if (CALLING.contains(n) && i + 1 < trigger && tokens.get(i + 1).norm().equals("for")) {
        return true;
      }
    }
    return false;
  }

  /** Whether a verb of ceasing stands in tokens {@code [from, trigger)}, right after a negation. */
  private static boolean ceasing(List<Token> tokens, int from, int trigger) {
    for (int i = from; i < trigger && i < from + 2; i++) {
      for (String k : tokens.get(i).keys()) {
        if (CEASE.contains(k)) {
          return true;
        }
      }
    }
    return false;
  }

  /**
   * Whether {@code p} opens a grievance or cause: «احتجاجاً», «تنديداً», «استنكاراً», «رفضاً» (the
   * accusative of purpose), «للاحتجاج» (with ل) or «خلفية» (in «على خلفية»).
   */
  private static boolean grievance(Token p) {
    if (p.kind() != Token.Kind.ARABIC) {
      return false;
    }
    String n = p.norm();
    String k = p.keys()[p.keys().length - 1];
    if (!GRIEVANCE.contains(k)) {
      return false;
    }
    return n.endsWith("ا") || k.equals("خلفيه") || n.startsWith("ل") || n.startsWith("ول");
  }

  private static boolean futureVerb(Token p) {
    String n = p.norm();
    return p.kind() == Token.Kind.ARABIC
        && n.length() >= 4
        && (n.startsWith("سي")
            || n.startsWith("ست")
            || n.startsWith("سن")
            || n.startsWith("وسي")
            || n.startsWith("وست")
            || n.startsWith("فسي")
            || n.startsWith("فست"));
  }

  /**
   * Whether the sentence {@code [from, to)} sums up a period («خلال شهر», «منذ بداية العام», "since
   * the start of the year") rather than telling one event.
   */
  public static boolean aggregate(List<Token> tokens, int from, int to) {
    for (int i = from; i + 1 < to; i++) {
      String k = tokens.get(i).keys()[0];
      String n = tokens.get(i).norm();
      boolean during = k.equals("خلال") || n.equals("during") || n.equals("over");
      boolean since = k.equals("منذ") || n.equals("since");
      if (n.equals("so")
          && i + 3 < to
          && tokens.get(i + 1).norm().equals("far")
          && tokens.get(i + 2).norm().equals("this")
          && PERIOD.contains(tokens.get(i + 3).norm())) {
        return true; // "so far this year"
      }
      if (!during && !since) {
        continue;
      }
      int j = i + 1;
      String next = tokens.get(j).keys()[0];
      String nextNorm = tokens.get(j).norm();
      if ((next.equals("بدايه") || nextNorm.equals("the")) && j + 1 < to) {
        next = tokens.get(j + 1).keys()[0];
        nextNorm = tokens.get(j + 1).norm();
        if (nextNorm.equals("start") || nextNorm.equals("beginning")) {
          return true;
        }
      }
      if (during && (PERIOD.contains(next) || PERIOD.contains(nextNorm))) {
        return true;
      }
      if (during) {
        // "over the past four months", «خلال الأشهر الماضية» is caught above
        int m = i + 1;
        while (m < to
            && m <= i + 4
            && (PERIOD_MODIFIERS.contains(tokens.get(m).norm())
                || tokens.get(m).kind() == Token.Kind.NUMBER)) {
          m++;
        }
        if (m > i + 1 && m < to && PERIOD.contains(tokens.get(m).norm())) {
          return true;
        }
      }
      if (since
          && (SINCE_START.contains(next) || SINCE_START.contains(nextNorm) || isYear(tokens.get(j)))
          && !comparison(tokens, from, i)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Superlatives and "first" that a «منذ», "since" may follow to compare (normalised, without ال).
   */
  private static final Set<String> SUPERLATIVE =
      Set.of(
          "اعنف",
          "اكبر",
          "اسوا",
          "اكثر",
          "اشد",
          "اخطر",
          "اضخم",
          "ادمي",
          "اولي",
          "اول",
          "worst",
          "deadliest",
          "largest",
          "biggest",
          "heaviest",
          "bloodiest",
          "first",
          "most");

  /**
   * Whether the «منذ», "since" at token {@code since} follows a superlative or "first" in its
   * clause (up to six words back: «أعنف الاعتداءات التي شهدها العراق منذ», "the deadliest attack
   * since"): it measures a comparison, and does not date or sum up the events of the sentence.
   */
  public static boolean comparison(List<Token> tokens, int from, int since) {
    for (int i = since - 1, seen = 0; i >= from && seen < 6; i--) {
      Token p = tokens.get(i);
      if (p.kind() == Token.Kind.PUNCT) {
        if (isQuote(p)) {
          continue;
        }
        return false;
      }
      seen++;
      if (SUPERLATIVE.contains(p.keys()[0]) || SUPERLATIVE.contains(p.norm())) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether the sentence tells of earlier events rather than the one reported: it places them in an
   * earlier month or year ("earlier this month", "last year", "two years ago", "one year since",
   * "anniversary", «قبل عامين»).
   */
  public static boolean pastMarker(List<Token> tokens, int from, int to) {
    for (int i = from; i + 1 < to; i++) {
      String n = tokens.get(i).norm();
      String n1 = tokens.get(i + 1).norm();
      String k = tokens.get(i).keys()[0];
      String k1 = tokens.get(i + 1).keys()[0];
      if (k.equals("قبل") && LONG_PERIOD.contains(k1)) {
        return true; // «قبل عامين»: two years ago
      }
      if (LONG_PERIOD.contains(n) && (n1.equals("ago") || n1.equals("since"))) {
        return true; // "two years ago", "one year since"
      }
      if (n.equals("anniversary")) {
        return true;
      }

      if (n.equals("last") && (n1.equals("month") || n1.equals("year"))) {
        return true;
      }
      if (i + 2 >= to) {
        continue;
      }
      String n2 = tokens.get(i + 2).norm();
      if ((n.equals("earlier") && n1.equals("this") && (n2.equals("month") || n2.equals("year")))
          || (n.equals("in")
              && n1.equals("recent")
              && (n2.equals("weeks") || n2.equals("months") || n2.equals("years")))) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether the clause of the trigger at {@code trigger} (between the punctuation marks around it,
   * within the sentence {@code [from, to)}) says it happens again and again: «مراراً», «عدة مرات»,
   * «من حين لآخر», «بين الحين والآخر», «بشكل (شبه) يومي», "repeatedly", "many times", "time after
   * time", "from time to time". Such a clause tells of a pattern, not of one event.
   */
  public static boolean habitual(List<Token> tokens, int from, int to, int trigger) {
    int a = trigger;
    while (a > from && tokens.get(a - 1).kind() != Token.Kind.PUNCT) {
      a--;
    }
    int b = trigger;
    while (b < to && tokens.get(b).kind() != Token.Kind.PUNCT) {
      b++;
    }
    for (int i = a; i < b; i++) {
      String n = tokens.get(i).norm();
      String k = tokens.get(i).keys()[0];
      if (HABITUAL_WORDS.contains(k) || HABITUAL_WORDS.contains(n)) {
        return true;
      }
      if (i + 1 >= b) {
        continue;
      }
      String n1 = tokens.get(i + 1).norm();
      String k1 = tokens.get(i + 1).keys()[0];
      String k2 = i + 2 < b ? tokens.get(i + 2).keys()[0] : "";
      if ((k.equals("حين") && (k1.equals("اخر") || k1.equals("لاخر")))
          || (k.equals("حين") && k1.equals("الي") && k2.equals("اخر"))
          || (k.equals("بشكل") && (k1.equals("يومي") || k2.equals("يومي")))
          || (n.equals("from") && n1.equals("time") && k2.equals("to"))
          || (n.equals("time") && n1.equals("after") && k2.equals("time"))
          || (n.equals("many") && n1.equals("times"))
          || (k.equals("عده") && k1.equals("مرات"))) {
        return true;
      }
    }
    return false;
  }

  private static final Set<String> DIED = Set.of("died", "dies", "succumbed", "succumbs");
  private static final Set<String> WOUNDS = Set.of("wounds", "injuries", "injury", "wound");

  /**
   * Whether the sentence tells a death of wounds received earlier («توفي متأثراً بجراحه», «متأثرة
   * بإصابتها»; "died of wounds", "succumbed to his injuries"): its time words date the death, not
   * the attack.
   */
  public static boolean diedOfWounds(List<Token> tokens, int from, int to) {
    for (int i = from; i < to; i++) {
      Token t = tokens.get(i);
      if (t.kind() == Token.Kind.ARABIC) {
        if (t.keys()[0].startsWith("متاثر")) {
          return true;
        }
        continue;
      }
      if (!WOUNDS.contains(t.norm())) {
        continue;
      }
      for (int j = Math.max(from, i - 4); j < i; j++) {
        if (DIED.contains(tokens.get(j).norm())) {
          return true;
        }
      }
    }
    return false;
  }

  /**
   * Whether the sentence says no one claimed the attack («لم تتبنَّ أي جهة الهجوم», «لم تعلن أي جهة
   * مسؤوليتها», "no group claimed responsibility"): the actors it names are suspects, not
   * perpetrators.
   */
  public static boolean unclaimed(List<Token> tokens, int from, int to) {
    for (int i = from; i < to; i++) {
      Token t = tokens.get(i);
      String n = t.norm();
      boolean claim =
          t.kind() == Token.Kind.ARABIC
                  && (n.startsWith("تتبن")
                      || n.startsWith("يتبن")
                      || n.contains("مسؤولي")
                      || n.contains("مسوولي")
                      || n.contains("مسئولي"))
              || n.equals("claimed")
              || n.equals("claim")
              || n.equals("responsibility");
      if (!claim) {
        continue;
      }
      for (int j = Math.max(from, i - 4); j < i; j++) {
        String m = tokens.get(j).norm();
        String k = tokens.get(j).keys()[0];
        if (k.equals("لم")
            || k.equals("ولم")
            || m.equals("no")
            || m.equals("nobody")
            || m.equals("not")
            || m.equals("none")) {
          return true;
        }
      }
    }
    return false;
  }

  /**
   * Whether the sentence gives a running total («حتى الآن», "so far", "to date", or counts from a
   * weekday: «منذ الخميس», "since Monday"): its figures are not the toll of one event, though the
   * sentence may still tell one.
   */
  public static boolean runningTotal(List<Token> tokens, int from, int to) {
    for (int i = from; i + 1 < to; i++) {
      String a = tokens.get(i).keys()[0];
      String b = tokens.get(i + 1).keys()[0];
      if ((a.equals("حتي") && b.equals("ان"))
          || (a.equals("so") && b.equals("far"))
          || (a.equals("to") && b.equals("date"))) {
        return true;
      }
      if (a.equals("منذ") || tokens.get(i).norm().equals("since")) {
        int j = i + 1;
        if (b.equals("يوم") && j + 1 < to) {
          j++;
        }
        if (WEEKDAYS.contains(tokens.get(j).keys()[0]) || WEEKDAYS.contains(tokens.get(j).norm())) {
          return true;
        }
      }
    }
    return false;
  }

  private static boolean isYear(Token t) {
    if (t.kind() != Token.Kind.NUMBER || t.norm().length() != 4) {
      return false;
    }
    char c = t.norm().charAt(0);
    return c == '1' || c == '2';
  }

  private static boolean endsWithQuestion(List<Token> tokens, int from, int to) {
    for (int i = to - 1; i >= from; i--) {
      Token t = tokens.get(i);
      if (t.kind() != Token.Kind.PUNCT) {
        return false;
      }
      if (t.norm().indexOf('?') >= 0 || t.norm().indexOf('؟') >= 0) {
        return true;
      }
    }
    return false;
  }

  private static boolean isQuote(Token t) {
    String n = t.norm();
    return n.equals("\"")
        || n.equals("«")
        || n.equals("»")
        || n.equals("“")
        || n.equals("”")
        || n.equals("'");
  }
}
