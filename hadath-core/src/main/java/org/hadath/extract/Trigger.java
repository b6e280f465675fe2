package org.hadath.extract;

import java.util.Set;

/**
 * One trigger lexicon entry: words that signal an event of a sub-event type.
 *
 * @param phrase the phrase as written in the lexicon
 * @param type the ACLED sub-event type it signals
 * @param weight 1–10, how specific the phrase is; frames are low
 * @param flags behaviour switches, see {@link Flag}
 * @param rule the rule id written to evidence, e.g. {@code "trigger:ar:42"} (lexicon and line)
 */
public record Trigger(String phrase, SubEventType type, int weight, Set<Flag> flags, String rule) {

  /** Flags of the trigger lexicon (TRIGGERS.md). */
  public enum Flag {
    /**
     * A general word (operation, attack, targeting) that lends its arguments to a specific event.
     */
    FRAME,
    /** A finite verb: its subject is the agent. */
    VERB,
    /** Becomes "Air/drone strike" when aircraft are named in the clause. */
    AIR_IF_AIRCRAFT,
    /** Territory change: the sub-event type follows who gains. */
    TERRITORY,
    /** Territory given up (withdrawal): the gainer is the other side. */
    TERRITORY_LOSS,
    /** A bomb that becomes "Suicide bomb" when a suicide attacker is named in the clause. */
    CAR_BOMB,
    /** A protest word. */
    PROTEST,
    /** Counts only when a protest is reported in the same sentence. */
    NEEDS_PROTEST;

    static Flag parse(String s) {
      return valueOf(s.strip().toUpperCase(java.util.Locale.ROOT).replace('-', '_'));
    }
  }

  public boolean has(Flag f) {
    return flags.contains(f);
  }
}
