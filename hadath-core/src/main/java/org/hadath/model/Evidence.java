package org.hadath.model;

import java.util.Objects;

/**
 * Why an event field has its value: the words in the original text and the rule or model that read
 * them.
 *
 * @param field the output field this supports, in contract spelling ({@code "actor1"}, {@code
 *     "fatalities"}, …)
 * @param span where the words are in {@link Document#text()}
 * @param text the words themselves, {@code document.text().substring(span.start(), span.end())}
 * @param rule the identifier of the rule, dictionary entry or model that produced the value, e.g.
 *     {@code "trigger:ar:air-strike/غارة"}
 */
public record Evidence(String field, Span span, String text, String rule) {
  public Evidence {
    Objects.requireNonNull(field, "field");
    Objects.requireNonNull(span, "span");
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(rule, "rule");
  }

  /** Evidence for {@code field} taken from {@code doc}'s text at {@code span}. */
  public static Evidence of(String field, Document doc, Span span, String rule) {
    return new Evidence(field, span, doc.text().substring(span.start(), span.end()), rule);
  }
}
