package org.hadath.text.ar;

import java.util.HashMap;
import java.util.Map;

/**
 * Compiles a small closed lexicon of Arabic words into one hash map over every surface form the
 * words take with proclitics, so that a single lookup of {@link org.hadath.text.Token#norm()} finds
 * a word and tells which clitics it carries.
 *
 * <p>Rules:
 *
 * <ul>
 *   <li>Stems are written in ordinary spelling and normalised with {@link ArabicNormalizer}.
 *   <li>Forms without the article: the stem, with a conjunction (و ف), with a preposition (ب ل), or
 *       with both (وب فل …). The preposition ك is left out on purpose: before these closed lexicons
 *       it is rare, and ك + مئة is «كمية» (quantity), ك + مئات «كميات».
 *   <li>Forms with the article, only when asked for: ال, and ال after a conjunction and/or the
 *       preposition ب (بال، وبال …), and لل for ل + ال (للعشرات، وللعشرات).
 *   <li>A bare stem always wins over a prefixed reading of another stem (واحد is «one», not و +
 *       أحد); otherwise the first stem added wins.
 *   <li>Stems of two letters are not given a preposition (لست is «I am not», not ل + ست).
 * </ul>
 *
 * @param <V> the value a stem carries
 */
public final class CliticForms<V> {

  /**
   * A word found with its clitics.
   *
   * @param value the value of its stem
   * @param stem the normalised stem
   * @param conjunction whether it carries و or ف
   * @param preposition whether it carries ب, ل or ك
   * @param article whether it carries the article ال
   */
  public record Form<V>(
      V value, String stem, boolean conjunction, boolean preposition, boolean article) {
    /** Whether the word carries any proclitic or the article. */
    public boolean bare() {
      return !conjunction && !preposition && !article;
    }
  }

  private static final String[] CONJUNCTIONS = {"", "و", "ف"};
  private static final String[] PREPOSITIONS = {"", "ب", "ل"};

  private final Map<String, Form<V>> forms;

  private CliticForms(Map<String, Form<V>> forms) {
    this.forms = forms;
  }

  /** The word {@code norm} is, with its clitics, if its stem is in the lexicon. */
  public Form<V> find(String norm) {
    return forms.get(norm);
  }

  /** Every surface form of the lexicon. */
  public java.util.Set<String> forms() {
    return forms.keySet();
  }

  /** How many surface forms the lexicon compiled to. */
  public int size() {
    return forms.size();
  }

  /** A builder; add stems, then {@link Builder#build()}. */
  public static <V> Builder<V> builder() {
    return new Builder<>();
  }

  /** Collects stems. Not thread-safe; the built lexicon is immutable and thread-safe. */
  public static final class Builder<V> {
    private final Map<String, Form<V>> bare = new HashMap<>();
    private final Map<String, Form<V>> prefixed = new HashMap<>();

    private Builder() {}

    /**
     * Adds a stem.
     *
     * @param stem the word in ordinary spelling, without clitics
     * @param value its value
     * @param withArticle whether forms with the article are words of the lexicon too
     * @throws IllegalArgumentException if the stem normalises to the empty string
     */
    public Builder<V> add(String stem, V value, boolean withArticle) {
      String s = ArabicNormalizer.normalize(stem);
      if (s.isEmpty()) {
        throw new IllegalArgumentException("empty Arabic stem '" + stem + "'");
      }
      bare.putIfAbsent(s, new Form<>(value, s, false, false, false));
      for (String c : CONJUNCTIONS) {
        for (String p : PREPOSITIONS) {
          if (c.isEmpty() && p.isEmpty()) {
            continue;
          }
          if (!p.isEmpty() && s.length() <= 2) {
            continue;
          }
          prefixed.putIfAbsent(c + p + s, new Form<>(value, s, !c.isEmpty(), !p.isEmpty(), false));
        }
        if (withArticle) {
          prefixed.putIfAbsent(c + "ال" + s, new Form<>(value, s, !c.isEmpty(), false, true));
          prefixed.putIfAbsent(c + "بال" + s, new Form<>(value, s, !c.isEmpty(), true, true));
          String ll = s.charAt(0) == 'ل' ? "ل" : "لل";
          prefixed.putIfAbsent(c + ll + s, new Form<>(value, s, !c.isEmpty(), true, true));
        }
      }
      return this;
    }

    /** The compiled lexicon. */
    public CliticForms<V> build() {
      Map<String, Form<V>> all = new HashMap<>(prefixed);
      all.putAll(bare);
      return new CliticForms<>(Map.copyOf(all));
    }
  }
}
