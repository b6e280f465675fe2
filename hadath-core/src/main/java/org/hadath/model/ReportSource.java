package org.hadath.model;

import java.util.Objects;

/**
 * Who a report attributes an event to, with what kind of source it is.
 *
 * @param name the label written to {@code reported_by}, e.g. "SOHR", "loyalist media"
 * @param scope how far it reaches: "local", "national", "international", or "" when unknown
 * @param partisan whose side it speaks from: "none", "pro-government", "opposition", "party", or ""
 *     when unknown
 */
public record ReportSource(String name, String scope, String partisan) {
  public ReportSource {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(scope, "scope");
    Objects.requireNonNull(partisan, "partisan");
  }
}
