package org.hadath.events;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.hadath.extract.ActorHit;
import org.hadath.extract.SourceHit;
import org.hadath.text.Token;

/**
 * Removes actors who only speak: the actor of a source («مصادر عسكرية تابعة لنظام الأسد»), or of a
 * speaker («ضابط عمليات قوات النظام», «المتحدث باسم التحالف», "a spokesman for the coalition").
 * They say who reports, not who acts.
 *
 * <p>Rules:
 *
 * <ul>
 *   <li><b>source-affiliation</b>: an actor inside a source's words, or within four tokens after a
 *       source and introduced by «تابعة», «التابعة», «مقربة», «موالية», «affiliated», "close to".
 *   <li><b>speaker</b>: an actor within three tokens after a speaker noun (ضابط, مصدر, مسؤول,
 *       متحدث, ناطق, قائد, بيان, officer, spokesman, official, source, statement).
 * </ul>
 */
final class Speakers {
  private static final Set<String> AFFILIATION =
      Set.of("تابعه", "تابع", "مقربه", "مقرب", "مواليه", "موالي", "affiliated", "close", "loyal");
  private static final Set<String> SPEAKER =
      Set.of(
          "ضابط",
          "مصدر",
          "مصادر",
          "مسؤول",
          "متحدث",
          "ناطق",
          "قائد",
          "بيان",
          "اعلام",
          "وكاله",
          "officer",
          "spokesman",
          "spokeswoman",
          "spokesperson",
          "official",
          "source",
          "sources",
          "statement",
          "commander");

  private Speakers() {}

  static List<ActorHit> withoutSpeakers(
      List<Token> tokens, int from, List<ActorHit> hits, List<SourceHit> sources) {
    if (hits.isEmpty()) {
      return hits;
    }
    List<ActorHit> out = new ArrayList<>(hits.size());
    for (ActorHit h : hits) {
      if (!speaks(tokens, from, h, sources)) {
        out.add(h);
      }
    }
    return out;
  }

  private static boolean speaks(List<Token> tokens, int from, ActorHit h, List<SourceHit> sources) {
    for (SourceHit s : sources) {
      if (h.firstToken() < s.endToken() && s.firstToken() < h.endToken()) {
        return true;
      }
      if (h.firstToken() >= s.endToken() && h.firstToken() - s.endToken() <= 4) {
        for (int i = s.endToken(); i < h.firstToken(); i++) {
          if (has(tokens.get(i), AFFILIATION)) {
            return true;
          }
        }
      }
    }
    for (int i = Math.max(from, h.firstToken() - 3); i < h.firstToken(); i++) {
      if (has(tokens.get(i), SPEAKER)) {
        return true;
      }
    }
    return false;
  }

  private static boolean has(Token t, Set<String> words) {
    for (String k : t.keys()) {
      if (words.contains(k)) {
        return true;
      }
    }
    return words.contains(t.norm());
  }
}
