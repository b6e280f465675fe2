package org.hadath.model;

import java.time.LocalDate;
import java.util.Optional;

/**
 * A time expression: «أمس الأربعاء», «15 حزيران 2017», "on Thursday".
 *
 * @param span the words
 * @param date the resolved day, empty when it cannot be resolved (no publication date, say)
 * @param precision ACLED time precision: 1 day, 2 week, 3 month
 * @param rule the rule that read it
 */
public record TimeMention(Span span, Optional<LocalDate> date, int precision, String rule)
    implements Mention {}
