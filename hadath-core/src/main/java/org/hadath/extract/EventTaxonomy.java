package org.hadath.extract;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * ACLED's event taxonomy (6 event types, 25 sub-event types, disorder types), read once from
 * {@code org/hadath/dict/event-types.tsv}.
 */
public final class EventTaxonomy {
  private static final String FILE = "/org/hadath/dict/event-types.tsv";
  private static final EventTaxonomy DEFAULT = load();

  private final Map<String, SubEventType> byName;
  private final String version;

  private EventTaxonomy(Map<String, SubEventType> byName, String version) {
    this.byName = byName;
    this.version = version;
  }

  /** The shipped taxonomy. */
  public static EventTaxonomy standard() {
    return DEFAULT;
  }

  private static EventTaxonomy load() {
    Tsv.Table t = Tsv.resource(EventTaxonomy.class, FILE);
    Map<String, SubEventType> m = new LinkedHashMap<>();
    for (Tsv.Row r : t.rows()) {
      SubEventType s =
          new SubEventType(
              r.required(0, "sub_event_type"),
              r.required(1, "event_type"),
              r.required(2, "disorder_type"),
              r.required(3, "cameo_root"),
              r.required(4, "plover"),
              r.integer(5, "severity", 1, 10));
      if (m.put(s.name(), s) != null) {
        throw new DictionaryFormatException(FILE, r.line(), "sub-event type '" + s.name() + "' is listed twice");
      }
    }
    return new EventTaxonomy(m, t.version().orElse("unversioned"));
  }

  /** The sub-event type with this exact ACLED name. */
  public Optional<SubEventType> find(String subEventType) {
    return Optional.ofNullable(byName.get(subEventType));
  }

  /** The sub-event type with this exact ACLED name; fails naming the file if unknown. */
  public SubEventType require(String subEventType, String where) {
    SubEventType s = byName.get(subEventType);
    if (s == null) {
      throw new IllegalArgumentException(
          where + ": '" + subEventType + "' is not an ACLED sub-event type; use one of " + byName.keySet());
    }
    return s;
  }

  public Collection<SubEventType> all() {
    return byName.values();
  }

  public String version() {
    return version;
  }
}
