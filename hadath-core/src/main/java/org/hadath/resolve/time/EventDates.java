package org.hadath.resolve.time;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.hadath.model.Span;
import org.hadath.model.TimeMention;

/**
 * Which time expression dates an event, as an ACLED coder reads a report. Pure and thread-safe.
 *
 * <p>Rules, in order (the first that gives a time expression wins):
 *
 * <ul>
 *   <li><b>Own sentence:</b> the time expression nearest the trigger in its sentence, by distance
 *       in characters (0 when they overlap; at equal distance the earlier one, but a dated
 *       expression beats an undated one), in three tiers: first the plain ones; then one before the
 *       trigger with a reported clause between them («قال مسؤول اليوم إن غارة وقعت …», "said on
 *       Monday that …": it dates the statement); last one whose date lies more than {@value
 *       #RECENT_DAYS} days before publication or after the day following it («حي 7 تموز», "tents
 *       set up on October 17", "effective until May 23": a reference, not the event's day).
 *   <li><b>Paragraph:</b> the closest time expression before the sentence in the same paragraph
 *       («قصف الطيران أمس بلدة … وأسفر القصف عن …»).
 *   <li><b>Lead</b> (after candidates of the same event are merged): the first time expression of
 *       the report's lead (its first body sentences, given by the caller) that dates a day or a
 *       week; month-only expressions are background more often than not.
 *   <li><b>Publication date:</b> with none of these, the event is dated by the report's publication
 *       date (dateline, metadata or {@code --published}), with time precision 2: the report says
 *       nothing of the day, so the event is only known to fall in the days before publication. The
 *       mention's span is the trigger's and its rule {@value #PUBLICATION_DATE_RULE}, so the date
 *       has evidence but no words of its own.
 *   <li>With neither a time expression nor a publication date the event has no date.
 * </ul>
 */
public final class EventDates {
  /**
   * The rule of a date taken from the publication date, with no words in the text (the same string
   * as extraction's {@code TimeReader.PUBLICATION_DATE_RULE}).
   */
  public static final String PUBLICATION_DATE_RULE = "time:publication-date";

  /** Added to the distance of a time before a reported clause that holds the trigger. */
  private static final double STATEMENT_PENALTY = 100_000;

  /** Added to the distance of a date far from publication. */
  private static final double FAR_PENALTY = 1_000_000;

  /** How many days before publication a news report's event date may lie and still be recent. */
  static final int RECENT_DAYS = 31;

  private static final Set<String> COMPLEMENTIZERS =
      Set.of("إن", "أن", "ان", "بأن", "بان", "وأن", "that");

  private EventDates() {}

  /**
   * The time expression of an event from its own sentence, else from the sentences before it in its
   * paragraph; empty when neither has one.
   *
   * @param mentions every time expression of the document, in text order
   * @param trigger the event's trigger
   * @param sentence the trigger's sentence
   * @param paragraph the sentence's paragraph
   * @param published the publication date, if known
   */
  public static Optional<TimeMention> inContext(
      String text,
      List<TimeMention> mentions,
      Span trigger,
      Span sentence,
      Span paragraph,
      Optional<LocalDate> published) {
    TimeMention best = null;
    double bestDistance = Double.MAX_VALUE;
    TimeMention before = null;
    for (TimeMention m : mentions) {
      Span s = m.span();
      if (s.start() >= sentence.start() && s.end() <= sentence.end()) {
        double d;
        if (s.start() >= trigger.end()) {
          d = s.start() - trigger.end();
        } else if (s.end() <= trigger.start()) {
          d = trigger.start() - s.end();
          if (reportedClauseBetween(text, s.end(), trigger.start())) {
            d += STATEMENT_PENALTY;
          }
        } else {
          d = 0;
        }
        if (far(m, published)) {
          d += FAR_PENALTY;
        }
        if (d < bestDistance
            || (d == bestDistance && best.date().isEmpty() && m.date().isPresent())) {
          best = m;
          bestDistance = d;
        }
      } else if (s.start() >= paragraph.start() && s.end() <= sentence.start()) {
        before = m;
      }
    }
    return Optional.ofNullable(best != null ? best : before);
  }

  /**
   * The date of an event whose sentence and paragraph name no time: the lead's first time
   * expression of a day or a week, else the publication date (precision 2, the trigger's span as
   * evidence), else empty.
   *
   * @param mentions every time expression of the document, in text order
   * @param lead the lead's sentences
   * @param published the publication date, if known
   * @param trigger the event's trigger
   */
  public static Optional<TimeMention> fallback(
      List<TimeMention> mentions, List<Span> lead, Optional<LocalDate> published, Span trigger) {
    for (TimeMention m : mentions) {
      if (m.precision() <= 2 && inside(m.span(), lead)) {
        return Optional.of(m);
      }
    }
    return published.map(p -> new TimeMention(trigger, Optional.of(p), 2, PUBLICATION_DATE_RULE));
  }

  /**
   * Whether a reported clause starts in {@code text[from, to)}: a complementizer («إن», «أن»,
   * «بأن», "that") as a word, so a time before it dates the statement, not the event.
   */
  static boolean reportedClauseBetween(String text, int from, int to) {
    int i = from;
    while (i < to) {
      while (i < to && !Character.isLetter(text.charAt(i))) {
        i++;
      }
      int start = i;
      while (i < to && Character.isLetter(text.charAt(i))) {
        i++;
      }
      int n = i - start;
      if (n == 2 || n == 3 || n == 4) {
        String w = text.substring(start, i);
        if (COMPLEMENTIZERS.contains(w) || COMPLEMENTIZERS.contains(w.toLowerCase(Locale.ROOT))) {
          return true;
        }
      }
    }
    return false;
  }

  /**
   * Whether a mention's date lies more than {@value #RECENT_DAYS} days before publication or more
   * than a day after it: a reference («حي 7 تموز», "since October 17", "effective until May 23"),
   * not the day of a news report's event.
   */
  static boolean far(TimeMention m, Optional<LocalDate> published) {
    if (m.date().isEmpty() || published.isEmpty()) {
      return false;
    }
    LocalDate d = m.date().get();
    LocalDate p = published.get();
    return d.isBefore(p.minusDays(RECENT_DAYS)) || d.isAfter(p.plusDays(1));
  }

  /** Whether a time mention dates the event by the publication date, with no words of its own. */
  public static boolean fromPublication(TimeMention m) {
    return m.rule().equals(PUBLICATION_DATE_RULE);
  }

  private static boolean inside(Span s, List<Span> spans) {
    for (Span x : spans) {
      if (s.start() >= x.start() && s.end() <= x.end()) {
        return true;
      }
    }
    return false;
  }
}
