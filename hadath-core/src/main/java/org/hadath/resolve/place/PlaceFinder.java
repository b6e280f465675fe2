package org.hadath.resolve.place;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.hadath.model.Span;
import org.hadath.text.PhraseMatcher;
import org.hadath.text.Token;
import org.hadath.text.Tokenizer;
import org.hadath.text.ar.ArabicNormalizer;
import org.hadath.text.en.EnglishMonths;

/**
 * Finds place names in a token range and the cue words around them. Pure: no document state.
 *
 * <p>Rules:
 *
 * <ul>
 *   <li>Names are gazetteer names matched on normalised, clitic-stripped tokens («بالرقة», «والرقة»
 *       match «الرقة»); overlapping names keep the longest («مطار الحديدة» over «الحديدة»).
 *   <li>A name overlapping a span the caller excludes (an actor name such as «قوات سوريا
 *       الديمقراطية») is dropped, unless the excluded span is a shorter part of the name ("Saba"
 *       the news agency in "Kfar Saba").
 *   <li>A name right after an organisation head («قوات», «جيش», «نظام», «تنظيم», «مجلس», «حكومة»,
 *       «وزارة», «فرع» …) with no cue is part of an actor name, not a place («جيش سوريا», «فرع
 *       فلسطين» the Damascus security branch).
 *   <li>A one-word match that is itself a cue word («مدينة», «حي») is dropped.
 *   <li>Latin names must start with a capital letter in the text ("hit" is no place, "Hit" may be),
 *       or with a lower-case Arabic article before a capitalised word ("el Mina", "ech Choueifat").
 *   <li>A Latin name followed by a capitalised "Street", "Square" or "Bank" names a facility, not
 *       the place ("Sanaa Street" in Hodeidah, a "Byblos Bank" branch).
 *   <li>Cues before the name, nearest first, read back over «من», «عن», "of", "the" and direction
 *       adjectives: a clitic «ب» on the name; «في», «على», «داخل», "in", "at" (preposition);
 *       «مدينة», «بلدة», «قرية», "town of" (populated); «حي», «حارة» (neighbourhood); «مخيم»
 *       (camp); «مطار», «قاعدة», «معبر», «سد», «مستشفى» (site); «طريق», «أوتوستراد» (road); «ريف»
 *       (countryside); «محافظة», «ولاية» (admin1); «منطقة», «قضاء», «مديرية», «محلية» (admin2);
 *       «ناحية» (admin3); «جنوب», «شمال شرق», "north of", "northern" (direction); «أطراف», «محيط»,
 *       «قرب», «تخوم», «ضواحي», «مشارف», "near", "outskirts of" (near).
 *   <li>A name in a parenthesis opened right after another word ("Mudiyah (Mudiyah, Abyan)", "Al
 *       Jabaliyah area (At Tuhayat, Al Hudaydah)", «الهارثة (12 كلم شمال البصرة)») gets a CONTAINER
 *       cue: it names where the word before lies, not the event's place.
 *   <li>Cues after the name: "province", "governorate", "state" (admin1), "district", "county"
 *       (admin2), "countryside", "town", "city", "village", "camp", "neighbourhood", "road",
 *       "roundabout", "bridge", "highway" (road: "the Aabde roundabout"), possibly after a
 *       direction adjective ("Aleppo's northern countryside").
 *   <li>A direction adjective after the name is its qualifier («ريف حلب الشمالي» → شمالي).
 *   <li>A one-word name that is a direction adjective («الشرقية», «الوسطى») is a place only after
 *       «محافظة», «ولاية» or «منطقة» («الأطراف الشرقية» is no Egyptian province).
 *   <li>Proclitics: و, ب, ل and their combinations (with ال) may precede a name, leaving at least 3
 *       letters; ف and ك may not («فرقة» is no «الرقة»). When the word is also a name as written
 *       («لبنان»), only that reading counts (not ل + «بنان»).
 *   <li>A name that is a common word (gazetteer stop list: «اليوم», «الشعب», «البلاد», «حسين»)
 *       needs a cue that says what kind of place follows («قرية», «حي», «محافظة»); a preposition or
 *       a direction is not enough («في البلاد», «شمال البلاد» are no places; «في قرية حسين» is).
 *   <li>A name right after «عبد», «بن», «ابن» is part of a person's name («عبد الناصر»).
 *   <li>A name in a person's origin phrase is where someone comes from, not where something
 *       happens: up to four words (or the next punctuation mark) after «يتحدر من», «ينحدر من»,
 *       «المنحدر من», "hails from", "native of", "originally from" («عنصر يتحدر من قرية الركابية
 *       بالغوطة الشرقية» is no event in Ghouta). So is the base of a reporter: up to four words
 *       after "reporter in", "correspondent in" ("FRANCE 24's reporter in Bamako").
 * </ul>
 *
 * <p>Whether a cue-less name is kept is the {@link PlaceResolver}'s decision (it needs the
 * document's other places).
 */
public final class PlaceFinder {

  private static final Map<String, Cue.Type> AR_BEFORE = new HashMap<>();
  private static final Map<String, Cue.Type> EN_BEFORE = new HashMap<>();
  private static final Map<String, Cue.Type> EN_AFTER = new HashMap<>();
  private static final Set<String> AR_SKIP = normSet("من", "عن");
  private static final Set<String> EN_SKIP = Set.of("of", "the", "to", "from");
  private static final Set<String> ORG_HEADS =
      normSet(
          "قوات",
          "جيش",
          "نظام",
          "تنظيم",
          "مجلس",
          "حكومه",
          "وزاره",
          "وزير",
          "رييس",
          "جبهه",
          "حزب",
          "سفاره",
          "سفير",
          "شرطه",
          "مخابرات",
          "امن",
          "فصيل",
          "فصايل",
          "لواء",
          "كتايب",
          "ميليشيا",
          "ميليشيات",
          "مليشيات",
          "منظمه",
          "هييه",
          "اداره",
          "الاداره",
          "وحدات",
          "ابناء",
          "سلطات",
          "حرس",
          "قايد",
          "قياده",
          "تحالف",
          "محافظ",
          "ولي",
          "ملك",
          "امير",
          "مفتي",
          "جامعه",
          "بنك",
          "مصرف",
          "شركه",
          "ناطق",
          "متحدث",
          "مندوب",
          "وكاله",
          "فرع",
          "تلفزيون",
          "قناه",
          "اذاعه",
          "صحيفه");
  private static final Set<String> AR_DIRECTION_ADJ =
      normSet(
          "شمالي", "جنوبي", "شرقي", "غربي", "شماليه", "جنوبيه", "شرقيه", "غربيه", "اوسط", "وسطى",
          "وسطي");
  private static final Set<String> EN_DIRECTION_ADJ =
      Set.of(
          "northern",
          "southern",
          "eastern",
          "western",
          "central",
          "northeastern",
          "northwestern",
          "southeastern",
          "southwestern",
          "north-eastern",
          "north-western",
          "south-eastern",
          "south-western");

  static {
    for (String w : List.of("في", "ب", "على", "داخل", "فى")) {
      AR_BEFORE.put(n(w), Cue.Type.PREPOSITION);
    }
    for (String w :
        List.of(
            "مدينه", "بلده", "قريه", "مدن", "بلدات", "قرى", "بلدتي", "قريتي", "مدينتي", "مزرعه",
            "مزارع", "بلدتا", "قريتا")) {
      AR_BEFORE.put(n(w), Cue.Type.POPULATED);
    }
    for (String w : List.of("حي", "حاره", "حيي", "حارات")) {
      AR_BEFORE.put(n(w), Cue.Type.NEIGHBOURHOOD);
    }
    for (String w : List.of("مخيم", "مخيمات", "مخيمي")) {
      AR_BEFORE.put(n(w), Cue.Type.CAMP);
    }
    for (String w :
        List.of(
            "مطار", "قاعده", "معبر", "سد", "مستشفى", "مشفى", "سجن", "معسكر", "ثكنه", "جامعه",
            "ساحه", "مسجد", "جامع", "حقل", "منفذ", "ميناء", "مرفا", "محطه", "مصفاه", "كليه",
            "سوق")) {
      AR_BEFORE.put(n(w), Cue.Type.SITE);
    }
    for (String w : List.of("طريق", "اوتوستراد", "اوتستراد", "شارع", "دوار", "جسر", "حاجز")) {
      AR_BEFORE.put(n(w), Cue.Type.ROAD);
    }
    for (String w : List.of("ريف", "ارياف", "باديه")) {
      AR_BEFORE.put(n(w), Cue.Type.COUNTRYSIDE);
    }
    for (String w : List.of("محافظه", "ولايه", "اقليم", "محافظتي", "ولايتي")) {
      AR_BEFORE.put(n(w), Cue.Type.ADMIN1);
    }
    for (String w : List.of("منطقه", "قضاء", "مديريه", "محليه", "مديريتي", "منطقتي")) {
      AR_BEFORE.put(n(w), Cue.Type.ADMIN2);
    }
    for (String w : List.of("ناحيه", "ناحيتي")) {
      AR_BEFORE.put(n(w), Cue.Type.ADMIN3);
    }
    for (String w :
        List.of("جنوب", "شمال", "شرق", "غرب", "جنوبي", "شمالي", "شرقي", "غربي", "وسط")) {
      AR_BEFORE.put(n(w), Cue.Type.DIRECTION);
    }
    for (String w :
        List.of(
            "اطراف", "محيط", "قرب", "تخوم", "ضواحي", "ضاحيه", "مشارف", "مداخل", "مدخل", "جوار",
            "محاذاه", "اكناف", "حدود", "مقربه")) {
      AR_BEFORE.put(n(w), Cue.Type.NEAR);
    }
    for (String w : List.of("in", "at", "inside", "into")) {
      EN_BEFORE.put(w, Cue.Type.PREPOSITION);
    }
    for (String w : List.of("town", "city", "village", "towns", "villages", "cities")) {
      EN_BEFORE.put(w, Cue.Type.POPULATED);
    }
    for (String w : List.of("province", "governorate", "state")) {
      EN_BEFORE.put(w, Cue.Type.ADMIN1);
    }
    for (String w : List.of("district")) {
      EN_BEFORE.put(w, Cue.Type.ADMIN2);
    }
    for (String w :
        List.of(
            "north",
            "south",
            "east",
            "west",
            "northeast",
            "northwest",
            "southeast",
            "southwest",
            "north-east",
            "north-west",
            "south-east",
            "south-west",
            "northern",
            "southern",
            "eastern",
            "western")) {
      EN_BEFORE.put(w, Cue.Type.DIRECTION);
    }
    for (String w :
        List.of("near", "outskirts", "around", "outside", "vicinity", "close", "nearby")) {
      EN_BEFORE.put(w, Cue.Type.NEAR);
    }
    for (String w : List.of("province", "governorate", "state", "region")) {
      EN_AFTER.put(w, Cue.Type.ADMIN1);
    }
    EN_AFTER.put("district", Cue.Type.ADMIN2);
    EN_AFTER.put("county", Cue.Type.ADMIN2);
    EN_AFTER.put("subdistrict", Cue.Type.ADMIN3);
    EN_AFTER.put("countryside", Cue.Type.COUNTRYSIDE);
    EN_AFTER.put("suburbs", Cue.Type.NEAR);
    EN_AFTER.put("outskirts", Cue.Type.NEAR);
    for (String w : List.of("town", "city", "village")) {
      EN_AFTER.put(w, Cue.Type.POPULATED);
    }
    EN_AFTER.put("camp", Cue.Type.CAMP);
    for (String w : List.of("road", "roundabout", "bridge", "highway")) {
      EN_AFTER.put(w, Cue.Type.ROAD);
    }
    EN_AFTER.put("neighbourhood", Cue.Type.NEIGHBOURHOOD);
    EN_AFTER.put("neighborhood", Cue.Type.NEIGHBOURHOOD);
    for (String w : List.of("airbase", "airport", "base", "crossing", "dam", "hospital")) {
      EN_AFTER.put(w, Cue.Type.SITE);
    }
  }

  /** A table word as tokens are keyed: normalised (ى → ي, ة → ه, أ → ا). */
  private static String n(String w) {
    return ArabicNormalizer.normalize(w);
  }

  private static Set<String> normSet(String... ws) {
    Set<String> out = new java.util.LinkedHashSet<>();
    for (String w : ws) {
      out.add(n(w));
    }
    return Set.copyOf(out);
  }

  /** Words that open an origin phrase when «من» / "from" / "of" follows them. */
  private static final Set<String> AR_ORIGIN =
      normSet(
          "يتحدر",
          "ينحدر",
          "تتحدر",
          "تنحدر",
          "المتحدر",
          "المنحدر",
          "متحدر",
          "منحدر",
          "المتحدره",
          "المنحدره",
          "متحدره",
          "منحدره",
          "المتحدرين",
          "المنحدرين",
          "يتحدرون",
          "ينحدرون");

  private static final Set<String> EN_ORIGIN = Set.of("hails", "hailing", "native", "originally");

  /** Words that say where a reporter is based when "in" follows them. */
  private static final Set<String> EN_REPORTER =
      Set.of("reporter", "reporters", "correspondent", "correspondents");

  private static final int ORIGIN_WORDS = 4;

  private final Gazetteer gazetteer;
  private final Map<String, String> phraseFirstKey = new ConcurrentHashMap<>();

  public PlaceFinder(Gazetteer gazetteer) {
    this.gazetteer = gazetteer;
  }

  /** The gazetteer names are looked up in. */
  public Gazetteer gazetteer() {
    return gazetteer;
  }

  /**
   * The place names in {@code tokens[fromToken, toToken)}, in text order, none overlapping.
   *
   * @param text the text the tokens point into
   * @param tokens tokens of {@code text}
   * @param exclude spans that are not places (actor names); may be empty
   */
  public List<PlaceHit> find(
      String text, List<Token> tokens, int fromToken, int toToken, List<Span> exclude) {
    List<PhraseMatcher.Match<Place>> matches = gazetteer.match(tokens, fromToken, toToken);
    Map<Long, List<PhraseMatcher.Match<Place>>> groups = new LinkedHashMap<>();
    for (PhraseMatcher.Match<Place> m : matches) {
      groups
          .computeIfAbsent(((long) m.firstToken() << 32) | m.endToken(), k -> new ArrayList<>())
          .add(m);
    }
    List<PlaceHit> hits = new ArrayList<>();
    boolean[] origin = groups.isEmpty() ? null : originTokens(tokens, fromToken, toToken);
    boolean[] parens = groups.isEmpty() ? null : containerTokens(text, tokens, fromToken, toToken);
    for (List<PhraseMatcher.Match<Place>> g : groups.values()) {
      PhraseMatcher.Match<Place> m = g.get(0);
      int first = m.firstToken();
      int end = m.endToken();
      if (cutBy(m.span(), exclude) || origin[first - fromToken]) {
        continue;
      }
      Token t0 = tokens.get(first);
      if (t0.kind() == Token.Kind.LATIN
          && !Character.isUpperCase(text.charAt(t0.start()))
          && !articleBeforeCapital(text, tokens, first, end)) {
        continue;
      }
      if (facilityAfter(text, tokens, end, toToken)) {
        continue;
      }
      if (end - first == 1 && isCueWord(t0)) {
        continue;
      }
      // candidates by how the first token was read: literally, or after an allowed proclitic
      List<Place> literal = new ArrayList<>();
      List<Place> stripped = new ArrayList<>();
      String phrase = m.phrase();
      String proclitic = "";
      for (PhraseMatcher.Match<Place> x : g) {
        String pre = proclitic(t0, x.phrase());
        if (pre.isEmpty()) {
          addOnce(literal, x.value());
          phrase = x.phrase();
        } else if (allowedProclitic(pre) && firstKeyLength(x.phrase()) >= 3) {
          addOnce(stripped, x.value());
          if (literal.isEmpty()) {
            phrase = x.phrase();
            proclitic = pre;
          }
        }
      }
      List<Place> candidates = literal.isEmpty() ? stripped : literal;
      if (candidates.isEmpty()) {
        continue;
      }
      if (!literal.isEmpty()) {
        proclitic = "";
      }
      List<Cue> cues = new ArrayList<>();
      if (proclitic.indexOf('ب') >= 0) {
        cues.add(new Cue(t0.span(), Cue.Type.PREPOSITION, "ب"));
      }
      cuesBefore(tokens, first, fromToken, cues);
      Optional<String> qualifier = Optional.empty();
      if (end < toToken && t0.kind() == Token.Kind.ARABIC) {
        Token a = tokens.get(end);
        if (AR_DIRECTION_ADJ.contains(a.keys()[0])) {
          qualifier = Optional.of(a.keys()[0]);
        }
      }
      cuesAfter(tokens, end, toToken, cues);
      if (end - first == 1
          && AR_DIRECTION_ADJ.contains(t0.keys()[0])
          && !(cues.size() > 0
              && (cues.get(0).type() == Cue.Type.ADMIN1
                  || cues.get(0).type() == Cue.Type.ADMIN2))) {
        continue;
      }
      if (parens[first - fromToken]) {
        cues.add(new Cue(parenSpan(tokens, first, fromToken), Cue.Type.CONTAINER, "("));
      }
      boolean kindCue = false;
      for (Cue c : cues) {
        kindCue |=
            c.type() != Cue.Type.PREPOSITION
                && c.type() != Cue.Type.CONTAINER
                && !c.type().approximate();
      }
      if (!kindCue && gazetteer.isStopName(phrase)) {
        continue;
      }
      if (cues.isEmpty() && afterOrgHead(tokens, first, fromToken)) {
        continue;
      }
      if (afterPersonHead(tokens, first, fromToken)) {
        continue;
      }
      String rule =
          cues.isEmpty()
              ? "place:name"
              : "place:cue:"
                  + cues.get(0).word()
                  + (cues.size() > 1 ? "+" + cues.get(1).word() : "");
      hits.add(new PlaceHit(m.span(), first, end, candidates, cues, qualifier, rule));
    }
    return longestFirst(hits);
  }

  /**
   * Arabic articles as English transcriptions write them in lower case ("el Mina", "ech Chouf").
   */
  private static final Set<String> EN_ARTICLES =
      Set.of(
          "al", "el", "as", "es", "ash", "ech", "esh", "ad", "ed", "an", "en", "ar", "er", "at",
          "et", "az", "ez", "ath", "adh");

  /**
   * Whether a Latin name starts with a lower-case Arabic article and a capitalised word ("el Mina",
   * "ech Choueifat"), as transcriptions of Arabic names write it.
   */
  private static boolean articleBeforeCapital(String text, List<Token> tokens, int first, int end) {
    if (end - first < 2 || !EN_ARTICLES.contains(tokens.get(first).keys()[0])) {
      return false;
    }
    Token next = tokens.get(first + 1);
    return next.kind() == Token.Kind.LATIN && Character.isUpperCase(text.charAt(next.start()));
  }

  /** Capitalised nouns that make a place name part of a facility's name ("Sanaa Street"). */
  private static final Set<String> EN_FACILITY = Set.of("street", "bank", "square");

  /**
   * Whether the name is the first part of a facility's name: a capitalised "Street", "Square" or
   * "Bank" follows ("Sanaa Street" in Hodeidah, the "Byblos Bank" branch in Choueifat): a street
   * named after a town lies in another town.
   */
  private static boolean facilityAfter(String text, List<Token> tokens, int end, int to) {
    if (end >= to) {
      return false;
    }
    Token t = tokens.get(end);
    return t.kind() == Token.Kind.LATIN
        && EN_FACILITY.contains(t.keys()[0])
        && Character.isUpperCase(text.charAt(t.start()));
  }

  /** First words of a place name that take the next word with them («عين العرب», «تل أبيض»). */
  private static final Set<String> COMPOUND_HEADS =
      normSet(
          "ابو", "ام", "عين", "تل", "دير", "كفر", "خربه", "بير", "بئر", "جسر", "ود", "عرق", "وادي",
          "جبل", "بيت", "بني", "راس", "قصر", "مزرعه", "عرب", "ال", "بن", "حاره", "سهل", "نهر",
          "شيخ", "سيدي", "بلاد", "حوش", "معره", "قلعه", "تلول", "مخيم", "باب", "بيوت", "رجم", "زور",
          "ابي", "اولاد", "امام", "سوق", "حي", "خان", "قريه", "كوم", "منشاه", "كفير", "برج");

  /** Words that follow «قرية», «بلدة» … without being a name («قرية صغيرة», «بلدة مجاورة»). */
  private static final Set<String> NOT_NAMES =
      normSet(
          "صغيره", "كبيره", "اخرى", "مجاوره", "قريبه", "نايه", "حدوديه", "واحده", "عده", "مختلف",
          "مختلفه", "جديده", "قديمه", "ريفيه", "سكنيه", "محاذيه", "محاصره", "محرره", "خاضعه",
          "واقعه", "تابعه", "حدودي", "سكني", "مجاور", "قريب", "اخر", "كبير", "صغير", "جديد", "قديم",
          "ذاتها", "نفسها", "ذاته", "نفسه", "التي", "الذي", "هذه", "هذا", "تلك", "ذلك", "فيها",
          "منها", "بها", "عليها", "اليها", "كامله", "باكملها", "تقع", "يقع", "شهدت", "مدنيه",
          "عسكريه", "داخل", "خارج", "قرب", "بين", "طب", "حيث", "بعد", "قبل", "عند", "امس", "اليوم",
          "منطقه", "شرق", "غرب", "شمال", "جنوب", "وسط", "ريف", "اطراف", "محيط", "مركز", "مدخل");

  /**
   * Cued names the gazetteer does not know: after «قرية», «بلدة», «مدينة», «حي», «مخيم», «مزرعة»
   * written without ال, one Arabic word, or two or three when the first is a compound head («عين»,
   * «تل», «أبو», «عرق آل») or the last a direction adjective («إمام غربي», «الغارية الشرقية»); not
   * a cue, stop word or common adjective; not inside an excluded span or a known name in {@code
   * known}.
   */
  public List<UnknownPlace> findUnknown(
      String text,
      List<Token> tokens,
      int fromToken,
      int toToken,
      List<PlaceHit> known,
      List<Span> exclude) {
    List<UnknownPlace> out = new ArrayList<>();
    boolean[] origin = null;
    latinUnknown(text, tokens, fromToken, toToken, known, exclude, out);
    for (int i = fromToken; i + 1 < toToken; i++) {
      Token c = tokens.get(i);
      if (c.kind() != Token.Kind.ARABIC || c.norm().contains("ال") && c.norm().indexOf("ال") <= 2) {
        continue;
      }
      Cue.Type type = null;
      String word = null;
      for (String k : c.keys()) {
        Cue.Type t = AR_BEFORE.get(k);
        if (t == Cue.Type.POPULATED || t == Cue.Type.NEIGHBOURHOOD || t == Cue.Type.CAMP) {
          type = t;
          word = k;
          break;
        }
      }
      if (type == null) {
        continue;
      }
      int s = i + 1;
      if (!nameWord(tokens.get(s)) || startsKnown(known, s)) {
        continue;
      }
      int e = s + 1;
      String head = tokens.get(s).keys()[0];
      while (e < toToken
          && e - s < 3
          && !startsKnown(known, e)
          && (AR_DIRECTION_ADJ.contains(tokens.get(e).keys()[0])
              || nameWord(tokens.get(e))
                  && (COMPOUND_HEADS.contains(head) || tokens.get(e - 1).keys()[0].equals("ال")))) {
        head = tokens.get(e).keys()[0];
        e++;
      }
      Span span = new Span(tokens.get(s).start(), tokens.get(e - 1).end());
      if (origin == null) {
        origin = originTokens(tokens, fromToken, toToken);
      }
      if (overlaps(span, exclude) || origin[s - fromToken]) {
        continue;
      }
      out.add(
          new UnknownPlace(
              span,
              text.substring(span.start(), span.end()),
              new Cue(c.span(), type, word),
              "place:unknown:" + word));
      i = e - 1;
    }
    return out;
  }

  /**
   * Which tokens of {@code [from, to)} lie in a person's origin phrase (class comment): the words
   * after an origin word and its «من» / "from" / "of", up to {@link #ORIGIN_WORDS} of them or the
   * next punctuation mark.
   */
  static boolean[] originTokens(List<Token> tokens, int from, int to) {
    boolean[] out = new boolean[Math.max(0, to - from)];
    for (int i = from; i + 1 < to; i++) {
      Token t = tokens.get(i);
      String next = tokens.get(i + 1).keys()[0];
      int start = -1;
      if (t.kind() == Token.Kind.ARABIC) {
        if (AR_ORIGIN.contains(t.keys()[0]) && next.equals("من")) {
          start = i + 2;
        }
      } else if (t.kind() == Token.Kind.LATIN && EN_ORIGIN.contains(t.keys()[0])) {
        if (next.equals("from") || next.equals("of")) {
          start = i + 2;
        }
      } else if (t.kind() == Token.Kind.LATIN && EN_REPORTER.contains(t.keys()[0])) {
        if (next.equals("in")) {
          start = i + 2;
        }
      }
      if (start < 0) {
        continue;
      }
      for (int j = start; j < to && j < start + ORIGIN_WORDS; j++) {
        Token w = tokens.get(j);
        if (w.kind() == Token.Kind.PUNCT && !w.norm().equals("-")) {
          break;
        }
        out[j - from] = true;
      }
    }
    return out;
  }

  private static final int CONTAINER_WORDS = 10;

  /** English words after a name that say it is a place: "Al Arqoub area", "Qaniyah front". */
  private static final Map<String, Cue.Type> EN_AREA =
      Map.of(
          "area", Cue.Type.ADMIN2,
          "areas", Cue.Type.ADMIN2,
          "front", Cue.Type.ADMIN2,
          "frontline", Cue.Type.ADMIN2,
          "region", Cue.Type.ADMIN2,
          "village", Cue.Type.POPULATED,
          "mountain", Cue.Type.SITE,
          "valley", Cue.Type.SITE,
          "checkpoint", Cue.Type.ROAD);

  /** Lower-case particles inside English transcriptions of Arabic names ("Radman al Awad"). */
  private static final Set<String> EN_PARTICLES =
      Set.of("al", "as", "ash", "ad", "an", "ar", "at", "az", "el", "bin", "wa", "ath", "adh");

  /** Capitalised words that do not start a place name. */
  private static final Set<String> EN_NOT_NAMES =
      EnglishMonths.with(
          Set.of(),
          "on",
          "the",
          "in",
          "at",
          "a",
          "an",
          "and",
          "of",
          "by",
          "for",
          "from",
          "with",
          "this",
          "that",
          "these",
          "some",
          "no",
          "monday",
          "tuesday",
          "wednesday",
          "thursday",
          "friday",
          "saturday",
          "sunday",
          "unknown",
          "unidentified",
          "several",
          "dozens",
          "two",
          "three",
          "four",
          "five",
          "pro",
          "anti");

  private static final int EN_NAME_WORDS = 4;

  /**
   * English names the gazetteer does not know, introduced by a container parenthesis ("Al Jabaliyah
   * area (At Tuhayat, Al Hudaydah)" when a known place is inside), by an area word after them ("Al
   * Arqoub area", "Qaniyah front"), or by "village of", "town of", "area of" before them: one to
   * four capitalised words, with particles such as "al" between them.
   */
  private void latinUnknown(
      String text,
      List<Token> tokens,
      int from,
      int to,
      List<PlaceHit> known,
      List<Span> exclude,
      List<UnknownPlace> out) {
    boolean[] parens = null;
    boolean[] origin = null;
    for (int i = from; i < to; i++) {
      if (!capitalised(text, tokens.get(i)) || EN_NOT_NAMES.contains(tokens.get(i).keys()[0])) {
        continue;
      }
      if (i > from
          && capitalised(text, tokens.get(i - 1))
          && !EN_NOT_NAMES.contains(tokens.get(i - 1).keys()[0])) {
        continue; // inside a longer capitalised run
      }
      int e = i + 1;
      while (e < to && e - i < EN_NAME_WORDS + 1) {
        Token t = tokens.get(e);
        if (capitalised(text, t)) {
          e++;
        } else if ((EN_PARTICLES.contains(t.keys()[0]) && t.kind() == Token.Kind.LATIN
                || t.norm().equals("-"))
            && e + 1 < to
            && capitalised(text, tokens.get(e + 1))) {
          e += 2;
        } else {
          break;
        }
      }
      boolean anyKnown = false;
      for (int j = i; j < e; j++) {
        anyKnown |= startsKnown(known, j);
      }
      if (anyKnown || e - i > EN_NAME_WORDS) {
        i = e - 1;
        continue;
      }
      Cue cue = null;
      if (e < to) {
        Token next = tokens.get(e);
        Cue.Type area = EN_AREA.get(next.keys()[0]);
        if (area != null && next.kind() == Token.Kind.LATIN) {
          cue = new Cue(next.span(), area, next.keys()[0]);
        } else if (next.norm().equals("(")) {
          if (parens == null) {
            parens = containerTokens(text, tokens, from, to);
          }
          for (int j = e + 1; j < to && parens[j - from] && cue == null; j++) {
            if (startsKnown(known, j)) {
              cue = new Cue(next.span(), Cue.Type.CONTAINER, "(");
            }
          }
        }
      }
      if (cue == null && i - 2 >= from && tokens.get(i - 1).keys()[0].equals("of")) {
        Token head = tokens.get(i - 2);
        Cue.Type type = EN_BEFORE.get(head.keys()[0]);
        if (type == Cue.Type.POPULATED || head.keys()[0].equals("area")) {
          cue = new Cue(head.span(), type == null ? Cue.Type.ADMIN2 : type, head.keys()[0]);
        }
      }
      if (cue == null) {
        i = e - 1;
        continue;
      }
      Span span = new Span(tokens.get(i).start(), tokens.get(e - 1).end());
      if (origin == null) {
        origin = originTokens(tokens, from, to);
      }
      if (!overlaps(span, exclude) && !origin[i - from]) {
        out.add(
            new UnknownPlace(
                span,
                text.substring(span.start(), span.end()),
                cue,
                "place:unknown:" + cue.word()));
      }
      i = e - 1;
    }
  }

  private static boolean capitalised(String text, Token t) {
    return t.kind() == Token.Kind.LATIN && Character.isUpperCase(text.charAt(t.start()));
  }

  /**
   * Which tokens of {@code [from, to)} lie in a container parenthesis: one opened right after an
   * Arabic word, a capitalised word or a place word such as "district" ("Mudiyah (Mudiyah, Abyan)",
   * "Al Husha district (Ad Dali)"), up to its closing parenthesis, another punctuation mark than a
   * comma or hyphen, or {@link #CONTAINER_WORDS} tokens.
   */
  static boolean[] containerTokens(String text, List<Token> tokens, int from, int to) {
    boolean[] out = new boolean[Math.max(0, to - from)];
    for (int i = from + 1; i < to; i++) {
      Token t = tokens.get(i);
      Token before = tokens.get(i - 1);
      if (!t.norm().equals("(")
          || !(before.kind() == Token.Kind.ARABIC
              || capitalised(text, before)
              || before.kind() == Token.Kind.LATIN
                  && (EN_AREA.containsKey(before.keys()[0])
                      || EN_AFTER.containsKey(before.keys()[0])))) {
        continue;
      }
      for (int j = i + 1; j < to && j <= i + CONTAINER_WORDS; j++) {
        Token w = tokens.get(j);
        if (w.kind() == Token.Kind.PUNCT
            && !w.norm().equals(",")
            && !w.norm().equals("،")
            && !w.norm().equals("-")) {
          break;
        }
        out[j - from] = true;
      }
    }
    return out;
  }

  /** The opening parenthesis before token {@code first} (for the CONTAINER cue's span). */
  private static Span parenSpan(List<Token> tokens, int first, int from) {
    for (int j = first - 1; j >= from; j--) {
      if (tokens.get(j).norm().equals("(")) {
        return tokens.get(j).span();
      }
    }
    return tokens.get(first).span();
  }

  private boolean nameWord(Token t) {
    if (t.kind() != Token.Kind.ARABIC) {
      return false;
    }
    String k = t.keys()[0];
    if (isCueWord(t) || NOT_NAMES.contains(k) || AR_SKIP.contains(k) || k.length() < 2) {
      return false;
    }
    if (t.norm().startsWith("و") && t.keys().length > 1 || t.norm().startsWith("ف")) {
      return false;
    }
    return !gazetteer.isStopName(t.norm()) || k.equals("ال");
  }

  private static boolean startsKnown(List<PlaceHit> known, int token) {
    for (PlaceHit h : known) {
      if (token >= h.firstToken() && token < h.endToken()) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether an excluded span cuts into place name {@code s}: it overlaps the name and is not a
   * shorter part of it ("Saba" the news agency inside "Kfar Saba" leaves the town; «سوريا» inside
   * «قوات سوريا الديمقراطية» is no place).
   */
  static boolean cutBy(Span s, List<Span> exclude) {
    for (Span e : exclude) {
      boolean inside =
          s.start() <= e.start() && e.end() <= s.end() && e.end() - e.start() < s.end() - s.start();
      if (s.start() < e.end() && e.start() < s.end() && !inside) {
        return true;
      }
    }
    return false;
  }

  private static boolean overlaps(Span s, List<Span> exclude) {
    for (Span e : exclude) {
      if (s.start() < e.end() && e.start() < s.end()) {
        return true;
      }
    }
    return false;
  }

  /** Keeps the longest of overlapping hits (then the earlier), in text order. */
  private static List<PlaceHit> longestFirst(List<PlaceHit> hits) {
    if (hits.size() < 2) {
      return hits;
    }
    List<PlaceHit> byLength = new ArrayList<>(hits);
    byLength.sort(
        Comparator.comparingInt((PlaceHit h) -> -(h.endToken() - h.firstToken()))
            .thenComparingInt(PlaceHit::firstToken));
    List<PlaceHit> kept = new ArrayList<>();
    for (PlaceHit h : byLength) {
      boolean free = true;
      for (PlaceHit k : kept) {
        if (h.firstToken() < k.endToken() && k.firstToken() < h.endToken()) {
          free = false;
          break;
        }
      }
      if (free) {
        kept.add(h);
      }
    }
    kept.sort(Comparator.comparingInt(PlaceHit::firstToken));
    return kept;
  }

  private static boolean isCueWord(Token t) {
    for (String k : t.keys()) {
      if (AR_BEFORE.containsKey(k) || EN_BEFORE.containsKey(k) || EN_AFTER.containsKey(k)) {
        return true;
      }
    }
    return false;
  }

  private String firstKey(String phrase) {
    return phraseFirstKey.computeIfAbsent(
        phrase,
        p -> {
          List<Token> ts = Tokenizer.tokenize(p);
          return ts.isEmpty() ? "" : ts.get(0).keys()[0];
        });
  }

  /** What precedes the matched key in the name's first token (normalised), "" for none. */
  private String proclitic(Token t, String phrase) {
    if (t.kind() != Token.Kind.ARABIC || t.keys().length < 2) {
      return "";
    }
    String key = firstKey(phrase);
    if (key.isEmpty() || t.keys()[0].equals(key)) {
      return "";
    }
    int at = t.norm().lastIndexOf(key);
    return at <= 0 ? "" : t.norm().substring(0, at);
  }

  /** Adds the cues before token {@code first}, nearest first. */
  private static void cuesBefore(List<Token> tokens, int first, int from, List<Cue> out) {
    int j = first - 1;
    int steps = 0;
    while (j >= from && steps < 6) {
      Token t = tokens.get(j);
      if (t.kind() == Token.Kind.PUNCT && !t.norm().equals("-")) {
        return;
      }
      Cue.Type type = null;
      String word = null;
      if (t.kind() == Token.Kind.ARABIC) {
        for (String k : t.keys()) {
          Cue.Type ty = AR_BEFORE.get(k);
          if (ty != null) {
            type = ty;
            word = k;
            break;
          }
        }
        if (type == null
            && !AR_SKIP.contains(t.keys()[0])
            && !AR_DIRECTION_ADJ.contains(t.keys()[0])) {
          return;
        }
      } else if (t.kind() == Token.Kind.LATIN) {
        type = EN_BEFORE.get(t.keys()[0]);
        word = t.keys()[0];
        if (type == null
            && !EN_SKIP.contains(t.keys()[0])
            && !EN_DIRECTION_ADJ.contains(t.keys()[0])) {
          return;
        }
      } else if (!t.norm().equals("-")) {
        return;
      }
      if (type != null) {
        if (!alreadyHas(out, type)) {
          out.add(new Cue(t.span(), type, word));
        }
        if (type == Cue.Type.PREPOSITION) {
          // a preposition ends the phrase: «في محيط مدينة X» reads مدينة, محيط, في
          return;
        }
      }
      j--;
      steps++;
    }
  }

  private static boolean alreadyHas(List<Cue> cues, Cue.Type type) {
    for (Cue c : cues) {
      if (c.type() == type) {
        return true;
      }
    }
    return false;
  }

  /** Adds English cues after the name: "province", "('s) (northern) countryside". */
  private static void cuesAfter(List<Token> tokens, int end, int to, List<Cue> out) {
    int j = end;
    if (j < to && tokens.get(j).kind() == Token.Kind.LATIN) {
      if (EN_DIRECTION_ADJ.contains(tokens.get(j).keys()[0]) && j + 1 < to) {
        j++;
      }
      Token t = tokens.get(j);
      Cue.Type type = t.kind() == Token.Kind.LATIN ? EN_AFTER.get(t.keys()[0]) : null;
      if (type != null && !alreadyHas(out, type)) {
        out.add(0, new Cue(t.span(), type, t.keys()[0]));
      }
      if (j > end && type != null && !alreadyHas(out, Cue.Type.DIRECTION)) {
        Token d = tokens.get(end);
        out.add(new Cue(d.span(), Cue.Type.DIRECTION, d.keys()[0]));
      }
    }
  }

  private static void addOnce(List<Place> ps, Place p) {
    for (Place q : ps) {
      if (q.id().equals(p.id())) {
        return; // by id: a record's equals compares every field
      }
    }
    ps.add(p);
  }

  /**
   * Proclitics a place name may carry: و, ب, ل and their combinations, with or without ال. Not ف or
   * ك, which make words of names far more often than they join a place («فرقة», «كبيرة»).
   */
  private static boolean allowedProclitic(String pre) {
    String p = pre.endsWith("ال") ? pre.substring(0, pre.length() - 2) : pre;
    return switch (p) {
      case "", "و", "ب", "وب", "ل", "ول", "لل", "ولل" -> true;
      default -> false;
    };
  }

  private int firstKeyLength(String phrase) {
    return firstKey(phrase).length();
  }

  /** Whether the name follows «عبد», «بن», «ابن» (a person's name: «عبد الناصر»). */
  private static boolean afterPersonHead(List<Token> tokens, int first, int from) {
    if (first - 1 < from) {
      return false;
    }
    String k = tokens.get(first - 1).keys()[0];
    return k.equals("عبد") || k.equals("بن") || k.equals("ابن") || k.equals("بنت");
  }

  /** Whether the name follows an organisation head with nothing between («قوات سوريا»). */
  private static boolean afterOrgHead(List<Token> tokens, int first, int from) {
    if (first - 1 < from) {
      return false;
    }
    Token t = tokens.get(first - 1);
    for (String k : t.keys()) {
      if (ORG_HEADS.contains(k)) {
        return true;
      }
    }
    return false;
  }
}
