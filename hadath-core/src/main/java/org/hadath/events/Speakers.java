package org.hadath.events;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.hadath.extract.ActorHit;
import org.hadath.extract.SourceHit;
import org.hadath.text.Token;
import org.hadath.text.ar.ArabicNormalizer;

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
 *       متحدث, ناطق, قائد, بيان, officer, spokesman, official, source, statement), with at most one
 *       word between them or only linking words and nisba adjectives («مسؤول عسكري في X»), and no
 *       word of killing, wounding, arrest or targeting right before the noun («مقتل قائد في X»
 *       names a victim). The words are normalised as the text is (مسؤول → مسوول, قائد → قايد).
 * </ul>
 */
final class Speakers {
  private static final Set<String> AFFILIATION =
      Set.of("تابعه", "تابع", "مقربه", "مقرب", "مواليه", "موالي", "affiliated", "close", "loyal");

  /** Written as news text spells them; normalised once (مسؤول → مسوول, قائد → قايد). */
  private static final Set<String> SPEAKER =
      normalised(
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

  /** Words that link a speaker noun to whom it speaks for. */
  private static final Set<String> LINKERS =
      Set.of("في", "من", "باسم", "لدي", "عن", "of", "for", "in", "with", "at", "the", "from", "to");

  /**
   * Words before a speaker noun that make its bearer a victim, not a speaker: «مقتل قائد في X»,
   * «أودت بحياة مسؤول في X», "killed a commander of X".
   */
  private static final Set<String> VICTIM_CUE =
      normalised(
          "مقتل",
          "قتل",
          "اغتيال",
          "حياة",
          "إصابة",
          "اعتقال",
          "استهداف",
          "اختطاف",
          "خطف",
          "killed",
          "killing",
          "assassinated",
          "assassination",
          "arrested",
          "wounded",
          "kidnapped");

  private Speakers() {}

  private static Set<String> normalised(String... words) {
    Set<String> out = new HashSet<>();
    for (String w : words) {
      out.add(ArabicNormalizer.normalize(w));
    }
    return Set.copyOf(out);
  }

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
          if (tokens.get(i).isAnyOf(AFFILIATION)) {
            return true;
          }
        }
      }
    }
    for (int i = Math.max(from, h.firstToken() - 3); i < h.firstToken(); i++) {
      if (tokens.get(i).isAnyOf(SPEAKER)
          && complement(tokens, i + 1, h.firstToken())
          && !victim(tokens, Math.max(from, i - 2), i)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether tokens {@code [from, to)} can stand between a speaker noun and the actor it speaks for:
   * at most one word («ضابط عمليات قوات النظام»), or only linking words and nisba adjectives
   * («مسؤول عسكري في X», "spokesman for the X").
   */
  private static boolean complement(List<Token> tokens, int from, int to) {
    if (to - from <= 1) {
      return true;
    }
    for (int i = from; i < to; i++) {
      Token t = tokens.get(i);
      String k = t.keys()[0];
      boolean nisba = t.kind() == Token.Kind.ARABIC && (k.endsWith("ي") || k.endsWith("يه"));
      if (!nisba && !t.isAnyOf(LINKERS) && t.kind() != Token.Kind.PUNCT) {
        return false;
      }
    }
    return true;
  }

  /** Whether a word of killing, wounding, arrest or targeting stands in {@code [from, to)}. */
  private static boolean victim(List<Token> tokens, int from, int to) {
    for (int i = from; i < to; i++) {
      if (tokens.get(i).isAnyOf(VICTIM_CUE)) {
        return true;
      }
    }
    return false;
  }
}
