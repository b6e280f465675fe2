package org.hadath.extract;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.hadath.dict.TsvTable;

/**
 * ACLED's event taxonomy (6 event types, 25 sub-event types, disorder types), read once from {@code
 * org/hadath/dict/event-types.tsv}.
 */
public final class EventTaxonomy {
  private static final String FILE = "/org/hadath/dict/event-types.tsv";
  private static final Set<String> COLUMNS =
      Set.of("sub_event_type", "event_type", "disorder_type", "cameo_root", "plover", "severity");
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
    TsvTable t = Lexicons.read(FILE, COLUMNS);
    Map<String, SubEventType> m = new LinkedHashMap<>();
    for (TsvTable.Row r : t.rows()) {
      SubEventType s =
          new SubEventType(
              Lexicons.required(r, "sub_event_type"),
              Lexicons.required(r, "event_type"),
              Lexicons.required(r, "disorder_type"),
              Lexicons.required(r, "cameo_root"),
              Lexicons.required(r, "plover"),
              Lexicons.integer(r, "severity", 1, 10));
      if (m.put(s.name(), s) != null) {
        throw r.error(
            "sub_event_type",
            "'" + s.name() + "' is listed twice",
            "keep one row per sub-event type");
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
          where
              + ": '"
              + subEventType
              + "' is not an ACLED sub-event type; use one of "
              + byName.keySet());
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
