package org.hadath.pipeline;

import java.util.Objects;

/**
 * A typed name for one annotation a stage adds to a document, such as the list of sentences or the
 * trigger mentions. Keys compare by identity: declare each once, as a constant.
 */
public final class Key<T> {
  private final String name;
  private final Class<? super T> type;

  private Key(String name, Class<? super T> type) {
    this.name = Objects.requireNonNull(name);
    this.type = Objects.requireNonNull(type);
  }

  public static <T> Key<T> of(String name, Class<? super T> type) {
    return new Key<>(name, type);
  }

  public String name() {
    return name;
  }

  Class<? super T> type() {
    return type;
  }

  @Override
  public String toString() {
    return name;
  }
}
