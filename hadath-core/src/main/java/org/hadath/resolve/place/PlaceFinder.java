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

/**
 * Finds place names in a token range and the cue words around them. Pure: no document state.
 *
 * <p>Rules:
 *
 * <ul>
 *   <li>Names are gazetteer names matched on normalised, clitic-stripped tokens («بالرقة», «والرقة»
 *       match «الرقة»); overlapping names keep the longest («مطار الحديدة» over «الحديدة»).
 *   <li>A name overlapping a span the caller excludes (an actor name such as «قوات سوريا
 *       الديمقراطية») is dropped.
 *   <li>A name right after an organisation head («قوات», «جيش», «نظام», «تنظيم», «مجلس», «حكومة»,
 *       «وزارة» …) with no cue is part of an actor name, not a place («جيش سوريا»).
 *   <li>A one-word match that is itself a cue word («مدينة», «حي») is dropped.
 *   <li>Latin names must start with a capital letter in the text ("hit" is no place, "Hit" may be).
 *   <li>Cues before the name, nearest first, read back over «من», «عن», "of", "the" and direction
 *       adjectives: a clitic «ب» on the name; «في», «على», «داخل», "in", "at" (preposition);
 *       «مدينة», «بلدة», «قرية», "town of" (populated); «حي», «حارة» (neighbourhood); «مخيم»
 *       (camp); «مطار», «قاعدة», «معبر», «سد», «مستشفى» (site); «طريق», «أوتوستراد» (road); «ريف»
 *       (countryside); «محافظة», «ولاية» (admin1); «منطقة», «قضاء», «مديرية», «محلية» (admin2);
 *       «ناحية» (admin3); «جنوب», «شمال شرق», "north of", "northern" (direction); «أطراف», «محيط»,
 *       «قرب», «تخوم», «ضواحي», «مشارف», "near", "outskirts of" (near).
 *   <li>Cues after the name: "province", "governorate", "state" (admin1), "district" (admin2),
 *       "countryside", "town", "city", "village", "camp", "neighbourhood", possibly after a
 *       direction adjective ("Aleppo's northern countryside").
 *   <li>A direction adjective after the name is its qualifier («ريف حلب الشمالي» → شمالي).
 *   <li>A one-word name that is a direction adjective («الشرقية», «الوسطى») is a place only after
 *       «محافظة», «ولاية» or «منطقة» («الأطراف الشرقية» is no Egyptian province).
 *   <li>A name that is a common word (gazetteer stop list: «اليوم», «الشعب», «حسين») needs a cue.
 * </ul>
 *
 * <p>Whether a cue-less name is kept is the {@link PlaceResolver}'s decision (it needs the
 * document's other places).
 */
public final class PlaceFinder {

  private static final Map<String, Cue.Type> AR_BEFORE = new HashMap<>();
  private static final Map<String, Cue.Type> EN_BEFORE = new HashMap<>();
  private static final Map<String, Cue.Type> EN_AFTER = new HashMap<>();
  private static final Set<String> AR_SKIP = Set.of("من", "عن");
  private static final Set<String> EN_SKIP = Set.of("of", "the", "to", "from");
  private static final Set<String> ORG_HEADS =
      Set.of(
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
          "تلفزيون",
          "قناه",
          "اذاعه",
          "صحيفه");
  private static final Set<String> AR_DIRECTION_ADJ =
      Set.of(
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
      AR_BEFORE.put(w, Cue.Type.PREPOSITION);
    }
    for (String w :
        List.of(
            "مدينه", "بلده", "قريه", "مدن", "بلدات", "قرى", "بلدتي", "قريتي", "مدينتي", "مزرعه",
            "مزارع", "بلدتا", "قريتا")) {
      AR_BEFORE.put(w, Cue.Type.POPULATED);
    }
    for (String w : List.of("حي", "احياء", "حاره", "حيي", "حارات")) {
      AR_BEFORE.put(w, Cue.Type.NEIGHBOURHOOD);
    }
    for (String w : List.of("مخيم", "مخيمات", "مخيمي")) {
      AR_BEFORE.put(w, Cue.Type.CAMP);
    }
    for (String w :
        List.of(
            "مطار", "قاعده", "معبر", "سد", "مستشفى", "مشفى", "سجن", "معسكر", "ثكنه", "جامعه",
            "ساحه", "مسجد", "جامع", "حقل", "منفذ", "ميناء", "مرفا", "محطه", "مصفاه", "كليه",
            "سوق")) {
      AR_BEFORE.put(w, Cue.Type.SITE);
    }
    for (String w : List.of("طريق", "اوتوستراد", "اوتستراد", "شارع", "دوار", "جسر", "حاجز")) {
      AR_BEFORE.put(w, Cue.Type.ROAD);
    }
    for (String w : List.of("ريف", "ارياف", "باديه")) {
      AR_BEFORE.put(w, Cue.Type.COUNTRYSIDE);
    }
    for (String w : List.of("محافظه", "ولايه", "اقليم", "محافظتي", "ولايتي")) {
      AR_BEFORE.put(w, Cue.Type.ADMIN1);
    }
    for (String w : List.of("منطقه", "قضاء", "مديريه", "محليه", "مديريتي", "منطقتي")) {
      AR_BEFORE.put(w, Cue.Type.ADMIN2);
    }
    for (String w : List.of("ناحيه", "ناحيتي")) {
      AR_BEFORE.put(w, Cue.Type.ADMIN3);
    }
    for (String w :
        List.of("جنوب", "شمال", "شرق", "غرب", "جنوبي", "شمالي", "شرقي", "غربي", "وسط")) {
      AR_BEFORE.put(w, Cue.Type.DIRECTION);
    }
    for (String w :
        List.of(
            "اطراف", "محيط", "قرب", "تخوم", "ضواحي", "ضاحيه", "مشارف", "مداخل", "مدخل", "جوار",
            "محاذاه", "اكناف", "حدود", "مقربه")) {
      AR_BEFORE.put(w, Cue.Type.NEAR);
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
    EN_AFTER.put("subdistrict", Cue.Type.ADMIN3);
    EN_AFTER.put("countryside", Cue.Type.COUNTRYSIDE);
    EN_AFTER.put("suburbs", Cue.Type.NEAR);
    EN_AFTER.put("outskirts", Cue.Type.NEAR);
    for (String w : List.of("town", "city", "village")) {
      EN_AFTER.put(w, Cue.Type.POPULATED);
    }
    EN_AFTER.put("camp", Cue.Type.CAMP);
    EN_AFTER.put("neighbourhood", Cue.Type.NEIGHBOURHOOD);
    EN_AFTER.put("neighborhood", Cue.Type.NEIGHBOURHOOD);
    for (String w : List.of("airbase", "airport", "base", "crossing", "dam", "hospital")) {
      EN_AFTER.put(w, Cue.Type.SITE);
    }
  }

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
    for (List<PhraseMatcher.Match<Place>> g : groups.values()) {
      PhraseMatcher.Match<Place> m = g.get(0);
      int first = m.firstToken();
      int end = m.endToken();
      if (overlaps(m.span(), exclude)) {
        continue;
      }
      Token t0 = tokens.get(first);
      if (t0.kind() == Token.Kind.LATIN && !Character.isUpperCase(text.charAt(t0.start()))) {
        continue;
      }
      if (end - first == 1 && isCueWord(t0)) {
        continue;
      }
      List<Cue> cues = new ArrayList<>();
      String proclitic = proclitic(t0, m.phrase());
      if (proclitic.indexOf('ب') >= 0) {
        cues.add(new Cue(t0.span(), Cue.Type.PREPOSITION, "ب"));
      }
      cuesBefore(tokens, first, fromToken, cues);
      Optional<String> qualifier = Optional.empty();
      int after = end;
      if (after < toToken && t0.kind() == Token.Kind.ARABIC) {
        Token a = tokens.get(after);
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
      boolean stop = gazetteer.isStopName(m.phrase());
      if (cues.isEmpty() && (stop || afterOrgHead(tokens, first, fromToken))) {
        continue;
      }
      List<Place> candidates = new ArrayList<>();
      for (PhraseMatcher.Match<Place> x : g) {
        if (!candidates.contains(x.value())) {
          candidates.add(x.value());
        }
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

  /** What precedes the matched key in the name's first token (normalised), "" for none. */
  private String proclitic(Token t, String phrase) {
    if (t.kind() != Token.Kind.ARABIC || t.keys().length < 2) {
      return "";
    }
    String key =
        phraseFirstKey.computeIfAbsent(
            phrase,
            p -> {
              List<Token> ts = Tokenizer.tokenize(p);
              return ts.isEmpty() ? "" : ts.get(0).keys()[0];
            });
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
