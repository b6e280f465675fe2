package org.hadath.pipeline;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.hadath.model.Document;
import org.hadath.model.Problem;

/** A document on its way through the pipeline, with the annotations stages have added so far. */
public final class Annotated {
  private Document document;
  private final Map<Key<?>, Object> values = new IdentityHashMap<>();
  private final List<Problem> problems = new ArrayList<>();
  private String skipReason;

  public Annotated(Document document) {
    this.document = document;
  }

  public Document document() {
    return document;
  }

  /** Replaces the document, for stages that fill in metadata (language, say). */
  public void document(Document updated) {
    if (!updated.text().equals(document.text())) {
      throw new IllegalArgumentException(
          "a stage may not change the text of document " + document.id() + ": spans point into it");
    }
    this.document = updated;
  }

  /** The annotation for {@code key}; fails if no earlier stage has added it. */
  @SuppressWarnings("unchecked")
  public <T> T get(Key<T> key) {
    Object v = values.get(key);
    if (v == null && !values.containsKey(key)) {
      throw new IllegalStateException(
          "annotation '" + key + "' is missing on document " + document.id());
    }
    return (T) v;
  }

  public boolean has(Key<?> key) {
    return values.containsKey(key);
  }

  public <T> void put(Key<T> key, T value) {
    if (value != null && !key.type().isInstance(value)) {
      throw new IllegalArgumentException(
          "annotation '" + key + "' expects " + key.type().getName() + ", got " + value.getClass());
    }
    values.put(key, value);
  }

  public void problem(Problem p) {
    problems.add(p);
  }

  public List<Problem> problems() {
    return problems;
  }

  /**
   * Marks the document as skipped (not a conflict report, unsupported language, empty): later
   * stages do not run and the run report carries the reason.
   */
  public void skip(String reason) {
    this.skipReason = reason;
  }

  public boolean skipped() {
    return skipReason != null;
  }

  public String skipReason() {
    return skipReason;
  }
}
