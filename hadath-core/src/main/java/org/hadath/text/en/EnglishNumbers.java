package org.hadath.text.en;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import org.hadath.model.Quantity;
import org.hadath.text.NumberReading;
import org.hadath.text.Token;

/**
 * Reads English number words and vague amounts from tokens (by their lower-cased {@link
 * Token#norm()}).
 *
 * <p>Rules:
 *
 * <ul>
 *   <li><b>cardinals</b> ({@code qty:en:words}): one … nineteen, twenty … ninety, tens joined to a
 *       unit by a hyphen or a space ("twenty-one", "twenty one"), hundred after a unit or teen
 *       ("three hundred", "fifteen hundred"), thousand/million/billion after a number, "and" after
 *       hundred or a scale ("two hundred and fifty"), "a"/"an" as one before hundred, thousand,
 *       million, billion ("a hundred"), dozen after a number ("two dozen" = 24).
 *   <li>"one" after no, any, every or each, or before "another", is not a number ("no one").
 *   <li><b>vague amounts</b>, approximate and open-ended, following ACLED ("tens" = 10, "dozens" =
 *       12, "hundreds" = 100): dozens 12 ({@code qty:en:dozens}), tens of 10 ({@code qty:en:tens}),
 *       scores of 20 ({@code qty:en:scores}), hundreds 100, thousands 1000, millions 10⁶; "tens of
 *       thousands" 10000 and "hundreds of thousands" 100000 ({@code qty:en:tens-of-thousands}, …).
 *       "tens" and "scores" count only before "of".
 *   <li>"a dozen" → (12, 12, approximate) ({@code qty:en:a-dozen}); "a couple (of)" → (2, 2,
 *       approximate) ({@code qty:en:a-couple}).
 *   <li><b>several</b> ({@code qty:en:several}) → (10, open, approximate): several, numerous,
 *       multiple, "a number of" — ACLED codes such unknown numbers of fatalities as 10. "many" is
 *       not read: it is too often no count at all ("in many areas").
 *   <li>"several hundred", "several thousand", "several hundred thousand" read like "hundreds",
 *       "thousands", "hundreds of thousands": (100, open), (1000, open), (100000, open).
 *   <li><b>a few</b> ({@code qty:en:a-few}) → (3, 9, approximate): "a few", "a handful of".
 *   <li>Ordinals (first, second, …) are not number words. Values above {@link Integer#MAX_VALUE}
 *       are not read.
 * </ul>
 */
public final class EnglishNumbers {

  private EnglishNumbers() {}

  private enum Role {
    UNIT,
    TEEN,
    TENS,
    HUNDRED,
    SCALE,
    DOZEN,
    VAGUE,
    SEVERAL
  }

  private record Word(Role role, long value, String rule) {}

  private static final Map<String, Word> WORDS = buildWords();

  private static Map<String, Word> buildWords() {
    Map<String, Word> m = new HashMap<>();
    String[] units = {"one", "two", "three", "four", "five", "six", "seven", "eight", "nine"};
    for (int k = 0; k < units.length; k++) {
      m.put(units[k], new Word(Role.UNIT, k + 1, "qty:en:words"));
    }
    String[] teens = {
      "ten",
      "eleven",
      "twelve",
      "thirteen",
      "fourteen",
      "fifteen",
      "sixteen",
      "seventeen",
      "eighteen",
      "nineteen"
    };
    for (int k = 0; k < teens.length; k++) {
      m.put(teens[k], new Word(Role.TEEN, k + 10, "qty:en:words"));
    }
    String[] tens = {"twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"};
    for (int k = 0; k < tens.length; k++) {
      m.put(tens[k], new Word(Role.TENS, 20L + 10L * k, "qty:en:words"));
    }
    m.put("hundred", new Word(Role.HUNDRED, 100, "qty:en:words"));
    m.put("thousand", new Word(Role.SCALE, 1_000, "qty:en:words"));
    m.put("million", new Word(Role.SCALE, 1_000_000, "qty:en:words"));
    m.put("billion", new Word(Role.SCALE, 1_000_000_000, "qty:en:words"));
    m.put("dozen", new Word(Role.DOZEN, 12, "qty:en:words"));
    m.put("dozens", new Word(Role.VAGUE, 12, "qty:en:dozens"));
    m.put("tens", new Word(Role.VAGUE, 10, "qty:en:tens"));
    m.put("scores", new Word(Role.VAGUE, 20, "qty:en:scores"));
    m.put("hundreds", new Word(Role.VAGUE, 100, "qty:en:hundreds"));
    m.put("thousands", new Word(Role.VAGUE, 1_000, "qty:en:thousands"));
    m.put("millions", new Word(Role.VAGUE, 1_000_000, "qty:en:millions"));
    for (String w : new String[] {"several", "numerous", "multiple"}) {
      m.put(w, new Word(Role.SEVERAL, 10, "qty:en:several"));
    }
    return Map.copyOf(m);
  }

  private static final Set<String> NOT_BEFORE_ONE = Set.of("no", "any", "every", "each");

  private static String word(List<Token> tokens, int i, int to) {
    if (i >= to) {
      return "";
    }
    Token t = tokens.get(i);
    return t.kind() == Token.Kind.LATIN ? t.norm() : "";
  }

  private static Word lookup(List<Token> tokens, int i, int to) {
    return WORDS.get(word(tokens, i, to));
  }

  /**
   * Reads the English number phrase that starts at token {@code i}, using tokens before {@code to}.
   */
  public static Optional<NumberReading> read(List<Token> tokens, int i, int to) {
    String first = word(tokens, i, to);
    if (first.isEmpty()) {
      return Optional.empty();
    }
    if (first.equals("a") || first.equals("an")) {
      return readAfterArticle(tokens, i, to);
    }
    Word w = WORDS.get(first);
    if (w == null) {
      return Optional.empty();
    }
    switch (w.role()) {
      case VAGUE:
        {
          boolean of = word(tokens, i + 1, to).equals("of");
          if ((first.equals("tens") || first.equals("scores")) && !of) {
            return Optional.empty();
          }
          Word next = of ? lookup(tokens, i + 2, to) : null;
          if (next != null
              && next.role() == Role.VAGUE
              && (next.value() == 1_000 || next.value() == 1_000_000)
              && next.value() > w.value()) {
            return vague(
                i + 3,
                w.value() * next.value(),
                w.rule() + "-of-" + next.rule().substring("qty:en:".length()));
          }
          return vague(i + 1, w.value(), w.rule());
        }
      case SEVERAL:
        {
          // "several hundred (thousand)": as vague as "hundreds (of thousands)"
          long scale = 1;
          int end = i + 1;
          Word next = lookup(tokens, end, to);
          while (next != null
              && (next.role() == Role.HUNDRED || next.role() == Role.SCALE)
              && next.value() > scale) {
            scale = scale == 1 ? next.value() : scale * next.value();
            end++;
            next = lookup(tokens, end, to);
          }
          if (scale > 1) {
            return vague(end, scale, w.rule());
          }
          return Optional.of(new NumberReading(end, new Quantity(10, null, true), w.rule()));
        }
      default:
        if (first.equals("one")
            && ((i > 0 && NOT_BEFORE_ONE.contains(word(tokens, i - 1, i)))
                || word(tokens, i + 1, to).equals("another"))) {
          return Optional.empty();
        }
        return cardinal(tokens, i, to, false);
    }
  }

  private static Optional<NumberReading> readAfterArticle(List<Token> tokens, int i, int to) {
    String next = word(tokens, i + 1, to);
    switch (next) {
      case "hundred":
      case "thousand":
      case "million":
      case "billion":
        return cardinal(tokens, i + 1, to, true);
      case "dozen":
        return Optional.of(new NumberReading(i + 2, new Quantity(12, 12, true), "qty:en:a-dozen"));
      case "few":
        return Optional.of(new NumberReading(i + 2, new Quantity(3, 9, true), "qty:en:a-few"));
      case "couple":
        {
          int end = word(tokens, i + 2, to).equals("of") ? i + 3 : i + 2;
          return Optional.of(new NumberReading(end, new Quantity(2, 2, true), "qty:en:a-couple"));
        }
      case "number":
        return word(tokens, i + 2, to).equals("of")
            ? Optional.of(new NumberReading(i + 3, new Quantity(10, null, true), "qty:en:several"))
            : Optional.empty();
      case "handful":
        return word(tokens, i + 2, to).equals("of")
            ? Optional.of(new NumberReading(i + 3, new Quantity(3, 9, true), "qty:en:a-few"))
            : Optional.empty();
      default:
        return Optional.empty();
    }
  }

  private static Optional<NumberReading> vague(int end, long value, String rule) {
    if (value > Integer.MAX_VALUE) {
      return Optional.empty();
    }
    return Optional.of(new NumberReading(end, new Quantity((int) value, null, true), rule));
  }

  /** Every lower-cased word that can start an English number phrase. */
  public static Set<String> startWords() {
    Set<String> out = new java.util.HashSet<>(WORDS.keySet());
    out.add("a");
    out.add("an");
    return Set.copyOf(out);
  }

  /**
   * The multiplier that a scale word gives a number written in digits before it ("20 thousand",
   * "1.5 million"), if {@code token} is one.
   */
  public static OptionalLong scale(Token token) {
    if (token.kind() != Token.Kind.LATIN) {
      return OptionalLong.empty();
    }
    Word w = WORDS.get(token.norm());
    return w != null && (w.role() == Role.SCALE || w.role() == Role.HUNDRED)
        ? OptionalLong.of(w.value())
        : OptionalLong.empty();
  }

  private static final int NONE = 0;
  private static final int UNIT = 1;
  private static final int TEEN = 2;
  private static final int TENS = 3;
  private static final int HUNDRED = 4;
  private static final int SCALE = 5;
  private static final int CLOSED = 6;

  private static Optional<NumberReading> cardinal(
      List<Token> tokens, int i, int to, boolean articleBefore) {
    long total = 0;
    long current = articleBefore ? 1 : 0;
    int last = articleBefore ? UNIT : NONE;
    long lastScale = Long.MAX_VALUE;
    int j = i;
    int end = i;
    while (j < to) {
      Token t = tokens.get(j);
      if (t.kind() == Token.Kind.PUNCT) {
        // twenty-one: a hyphen glued between tens and a unit
        if (last == TENS
            && t.norm().equals("-")
            && tokens.get(j - 1).end() == t.start()
            && j + 1 < to
            && tokens.get(j + 1).start() == t.end()
            && lookup(tokens, j + 1, to) != null
            && lookup(tokens, j + 1, to).role() == Role.UNIT) {
          j++;
          continue;
        }
        break;
      }
      String norm = word(tokens, j, to);
      Word w = WORDS.get(norm);
      if (w == null) {
        if (norm.equals("and") && (last == HUNDRED || last == SCALE)) {
          Word next = lookup(tokens, j + 1, to);
          if (next != null
              && (next.role() == Role.UNIT
                  || next.role() == Role.TEEN
                  || next.role() == Role.TENS)) {
            j++;
            continue;
          }
        }
        break;
      }
      boolean ok;
      switch (w.role()) {
        case UNIT:
          ok = last == NONE || last == HUNDRED || last == SCALE || (last == TENS);
          if (ok) {
            current += w.value();
            last = UNIT;
          }
          break;
        case TEEN:
        case TENS:
          ok = last == NONE || last == HUNDRED || last == SCALE;
          if (ok) {
            current += w.value();
            last = w.role() == Role.TEEN ? TEEN : TENS;
          }
          break;
        case HUNDRED:
          ok = (last == UNIT || last == TEEN) && current < 100;
          if (ok) {
            current *= 100;
            last = HUNDRED;
          }
          break;
        case SCALE:
          ok = last != NONE && last != CLOSED && w.value() < lastScale && current > 0;
          if (ok) {
            total += current * w.value();
            current = 0;
            lastScale = w.value();
            last = SCALE;
          }
          break;
        case DOZEN:
          ok = last == UNIT || last == TEEN || last == TENS;
          if (ok) {
            current *= 12;
            last = CLOSED;
          }
          break;
        default:
          ok = false;
      }
      if (!ok) {
        break;
      }
      j++;
      end = j;
    }
    long value = total + current;
    if (end == i || value <= 0 || value > Integer.MAX_VALUE) {
      return Optional.empty();
    }
    return Optional.of(new NumberReading(end, Quantity.exactly((int) value), "qty:en:words"));
  }
}
