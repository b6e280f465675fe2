package org.hadath.text;

import org.hadath.model.Quantity;
import org.hadath.model.QuantityMention;
import org.hadath.model.Span;

/**
 * A number phrase found by {@link QuantityFinder}.
 *
 * @param firstToken index of the first token of the phrase, qualifier included
 * @param endToken index one past its last token
 * @param span the original text of the phrase, qualifier included («أكثر من 20»)
 * @param quantity what the phrase says; for kinds other than {@link Kind#COUNT} the number as
 *     written (see {@link Kind})
 * @param rule the rule that read it, e.g. {@code "qty:ar:more-than"}, {@code "qty:digits"}
 * @param kind what the number measures
 */
public record QuantityMatch(
    int firstToken, int endToken, Span span, Quantity quantity, String rule, Kind kind) {

  /** What a number measures. Only {@link #COUNT} can be a number of people or things. */
  public enum Kind {
    /** A number of people or things: «10 مدنيين», «عشرات», «قتيلين». */
    COUNT,
    /** A calendar year: «عام 2017», «2017م», "in 2016"; quantity is the year. */
    YEAR,
    /** A day of a month: «15 حزيران 2017», "June 15", «15/6/2017»; quantity is the day. */
    DATE,
    /** A clock time: «10:30», «الساعة 10», "5 p.m."; quantity is the hour. */
    TIME,
    /** A percentage: «50%», «20 بالمئة», "30 percent"; quantity is the (whole) percentage. */
    PERCENT,
    /** An amount of money: «5 ملايين دولار», "$20"; quantity is the amount. */
    MONEY,
    /**
     * A length, weight, age or duration («10 كم», «120 ملم», «3 أيام», «(25 عاماً)»,
     * "10-year-old"), or a number with a fraction (3.5), which counts nothing; quantity is the
     * whole part.
     */
    MEASURE,
    /** A number that names something: «اللواء 35», «رقم 5», "Route 4"; quantity is the number. */
    LABEL
  }

  /** The match as a model mention. */
  public QuantityMention mention() {
    return new QuantityMention(span, quantity, rule);
  }
}
