package org.hadath.eval;

/** The fields scored on matched events, in report order, with their JSON names. */
public enum Field {
  EVENT_TYPE("event_type"),
  SUB_EVENT_TYPE("sub_event_type"),
  ACTOR1("actor1"),
  ACTOR2("actor2"),
  FATALITIES("fatalities"),
  WOUNDED("wounded"),
  CIVILIAN_TARGETING("civilian_targeting"),
  ADMIN1("admin1"),
  LOCATION("location"),
  DATE("event_date");

  private final String key;

  Field(String key) {
    this.key = key;
  }

  /** The field's name in the extract schema and the metrics JSON. */
  public String key() {
    return key;
  }
}
