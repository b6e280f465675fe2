/**
 * Dates: time expressions in Arabic and English resolved against the publication date.
 *
 * <p>Use:
 *
 * <pre>{@code
 * TimeFinder.Result r = new TimeFinder().find(text, tokens, from, to, doc.published(), doc.id());
 * r.mentions();   // TimeMention: span, date (empty without a publication date), precision, rule
 * r.problems();   // warnings, e.g. «أمس الأربعاء» when the day before publication is no Wednesday
 * Optional<TimeMention> t = EventDates.inContext(r.mentions(), trigger, sentence, paragraph)
 *     .or(() -> EventDates.fallback(r.mentions(), lead, doc.published(), trigger));
 * }</pre>
 */
package org.hadath.resolve.time;
