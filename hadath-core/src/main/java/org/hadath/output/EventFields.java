package org.hadath.output;

import java.util.List;

/**
 * The EVENT field names of the command-line contract, in the order writers emit them. The same
 * names key {@link org.hadath.model.Event#evidence()}.
 */
public final class EventFields {
  private EventFields() {}

  public static final String EVENT_TYPE = "event_type";
  public static final String SUB_EVENT_TYPE = "sub_event_type";
  public static final String DISORDER_TYPE = "disorder_type";
  public static final String ACTOR1 = "actor1";
  public static final String ASSOC_ACTOR_1 = "assoc_actor_1";
  public static final String ACTOR2 = "actor2";
  public static final String ASSOC_ACTOR_2 = "assoc_actor_2";
  public static final String ACTOR1_AR = "actor1_ar";
  public static final String ACTOR2_AR = "actor2_ar";
  public static final String INTER1 = "inter1";
  public static final String INTER2 = "inter2";
  public static final String INTERACTION = "interaction";
  public static final String CIVILIAN_TARGETING = "civilian_targeting";
  public static final String COUNTRY = "country";
  public static final String ISO3 = "iso3";
  public static final String ADMIN1 = "admin1";
  public static final String ADMIN2 = "admin2";
  public static final String ADMIN3 = "admin3";
  public static final String LOCATION = "location";
  public static final String LATITUDE = "latitude";
  public static final String LONGITUDE = "longitude";
  public static final String GEO_PRECISION = "geo_precision";
  public static final String EVENT_DATE = "event_date";
  public static final String TIME_PRECISION = "time_precision";
  public static final String DATE_TEXT = "date_text";
  public static final String FATALITIES = "fatalities";
  public static final String FATALITIES_HIGH = "fatalities_high";
  public static final String WOUNDED = "wounded";
  public static final String REPORTED_BY = "reported_by";

  /** hadath's extension: the kind (scope, partisan) of each source in {@link #REPORTED_BY}. */
  public static final String SOURCES = "sources";

  /** hadath's extension: each source's own figure for fatalities and wounded, with its words. */
  public static final String CLAIMS = "claims";

  /**
   * hadath's extension, written only when present: the words of an organisation no dictionary knows
   * in the acting slot (actor1 stays empty), with evidence under the same name.
   */
  public static final String ACTOR1_UNRESOLVED = "actor1_unresolved";

  /** hadath's extension, written only when present: as {@link #ACTOR1_UNRESOLVED} for actor2. */
  public static final String ACTOR2_UNRESOLVED = "actor2_unresolved";

  /**
   * hadath's extension, written only when present: the words of a place no gazetteer knows, for an
   * event without a location (location stays empty).
   */
  public static final String LOCATION_UNRESOLVED = "location_unresolved";

  public static final String EVIDENCE = "evidence";

  /** Every EVENT field of the contract, in output order. */
  public static final List<String> ALL =
      List.of(
          EVENT_TYPE,
          SUB_EVENT_TYPE,
          DISORDER_TYPE,
          ACTOR1,
          ASSOC_ACTOR_1,
          ACTOR2,
          ASSOC_ACTOR_2,
          ACTOR1_AR,
          ACTOR2_AR,
          INTER1,
          INTER2,
          INTERACTION,
          CIVILIAN_TARGETING,
          COUNTRY,
          ISO3,
          ADMIN1,
          ADMIN2,
          ADMIN3,
          LOCATION,
          LATITUDE,
          LONGITUDE,
          GEO_PRECISION,
          EVENT_DATE,
          TIME_PRECISION,
          DATE_TEXT,
          FATALITIES,
          FATALITIES_HIGH,
          WOUNDED,
          REPORTED_BY,
          SOURCES,
          CLAIMS,
          EVIDENCE);
}
