package org.hadath.pipeline;

import java.util.List;
import org.hadath.model.Event;
import org.hadath.model.Language;

/** Annotations every caller of the pipeline may read. Stage-private keys live with their stages. */
public final class Keys {
  private Keys() {}

  /** The language the document is read in. */
  public static final Key<Language> LANGUAGE = Key.of("language", Language.class);

  /** The events found, in text order. */
  @SuppressWarnings({"unchecked", "rawtypes"})
  public static final Key<List<Event>> EVENTS = (Key) Key.of("events", List.class);
}
