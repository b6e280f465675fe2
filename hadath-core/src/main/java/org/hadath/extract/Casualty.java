package org.hadath.extract;

import java.util.Optional;
import org.hadath.model.Quantity;
import org.hadath.model.Span;

/**
 * One casualty report in a sentence: «قضى 10 مدنيين», «وجرح أكثر من 20 آخرين», "two soldiers were
 * wounded".
 *
 * @param outcome what happened to them
 * @param quantity how many, as stated
 * @param group who they were
 * @param cue the words that report the outcome
 * @param number the words that give the number, empty when the number comes from a singular noun
 * @param victims the words that name the victims, if any
 * @param update whether the report replaces earlier figures («ارتفعت الحصيلة إلى 27»)
 * @param subgroup whether the victims are a part of victims already counted («بينهم نساء»)
 * @param earlier whether the report gives an earlier toll that a later one replaced («في حصيلة
 *     سابقة», "an earlier toll")
 * @param rule the rule that paired cue, number and victims
 * @param shares into how many events ACLED splits the toll («fatalities … spread across 3
 *     locations»: 3); 1 for a figure of its own. A report with {@code shares > 1}, no number and no
 *     victims ({@link #splitOnly()}) carries only the split for the event's toll.
 */
public record Casualty(
    Outcome outcome,
    Quantity quantity,
    VictimGroup group,
    Span cue,
    Optional<Span> number,
    Optional<Span> victims,
    boolean update,
    boolean subgroup,
    boolean earlier,
    String rule,
    int shares) {

  public Casualty {
    if (shares < 1) {
      throw new IllegalArgumentException("shares " + shares + " below 1");
    }
  }

  /** A report of the split alone («Fatalities spread across two locations»), with no figure. */
  public static Casualty split(Span phrase, int shares, String rule) {
    return new Casualty(
        Outcome.KILLED,
        Quantity.exactly(0),
        VictimGroup.UNKNOWN,
        phrase,
        Optional.empty(),
        Optional.empty(),
        false,
        false,
        false,
        rule,
        shares);
  }

  /**
   * Whether the report says there were none («لم يسفر عن إصابات», "no one was hurt"): a figure of 0
   * with no number and no victims.
   */
  public boolean none() {
    return shares == 1
        && number.isEmpty()
        && victims.isEmpty()
        && quantity.exact()
        && quantity.low() == 0;
  }

  /** Whether the report carries only a split («spread across 3 locations») and no figure. */
  public boolean splitOnly() {
    return shares > 1 && number.isEmpty() && victims.isEmpty();
  }

  /** What happened to the people counted. */
  public enum Outcome {
    KILLED,
    WOUNDED,
    CAPTURED,
    MISSING,
    /** Killed or wounded, not told apart («بين قتيل وجريح», "killed or injured"): no toll. */
    KILLED_OR_WOUNDED
  }

  /** Who the people counted were. */
  public enum VictimGroup {
    CIVILIAN,
    CHILD,
    WOMAN,
    FIGHTER,
    /**
     * The attackers themselves («المهاجمين», "assailants"): counted apart from the fighters or
     * civilians they attacked, since ACLED's toll is everyone killed on all sides.
     */
    ATTACKER,
    PERSON,
    /** «آخرين», "others": the same group as the report before it. */
    OTHERS,
    UNKNOWN;

    /** Whether the group is civilians (children and women count as civilians). */
    public boolean civilian() {
      return this == CIVILIAN || this == CHILD || this == WOMAN;
    }
  }

  /** The whole span, from the first to the last of cue, number and victims. */
  public Span span() {
    int s = cue.start();
    int e = cue.end();
    if (number.isPresent()) {
      s = Math.min(s, number.get().start());
      e = Math.max(e, number.get().end());
    }
    if (victims.isPresent()) {
      s = Math.min(s, victims.get().start());
      e = Math.max(e, victims.get().end());
    }
    return new Span(s, e);
  }
}
