package org.hadath.extract;

import org.hadath.model.Span;

/**
 * Someone a report attributes its claims to: «مصادر ميدانية», «المرصد السوري», "activists said".
 *
 * @param firstToken first token
 * @param endToken one past the last token
 * @param span the words
 * @param name the label written to {@code reported_by}, e.g. "field sources", "SOHR"
 * @param rule the dictionary entry
 * @param scope "local", "national", "international", or "" when unknown
 * @param partisan "none", "pro-government", "opposition", "party", or "" when unknown
 */
public record SourceHit(
    int firstToken,
    int endToken,
    Span span,
    String name,
    String rule,
    String scope,
    String partisan) {}
