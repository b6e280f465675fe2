package org.hadath.text;

import java.util.List;
import org.hadath.model.Quantity;

/** Shared helpers for quantity tests: matches written as compact strings. */
public final class QuantityTesting {
  private QuantityTesting() {}

  /**
   * Every match in {@code text} as {@code "surface=low..high~ rule KIND"} ({@code ~} when
   * approximate, {@code high} empty when open).
   */
  public static List<String> matches(String text) {
    List<Token> tokens = Tokenizer.tokenize(text);
    return QuantityFinder.find(text, tokens, 0, tokens.size()).stream()
        .map(m -> describe(text, m))
        .toList();
  }

  static String describe(String text, QuantityMatch m) {
    return text.substring(m.span().start(), m.span().end())
        + "="
        + describe(m.quantity())
        + " "
        + m.rule()
        + " "
        + m.kind();
  }

  /** {@code "low..high"} plus {@code ~} when approximate; high empty when open. */
  public static String describe(Quantity q) {
    return q.low() + ".." + (q.high() == null ? "" : q.high()) + (q.approximate() ? "~" : "");
  }

  /** The single reading of {@code text} by {@code reader}, described, or "none". */
  public static String read(String text, Reader reader) {
    List<Token> tokens = Tokenizer.tokenize(text);
    return reader
        .read(text, tokens, 0, tokens.size())
        .map(r -> r.endToken() + ":" + describe(r.quantity()) + " " + r.rule())
        .orElse("none");
  }

  /** A number reader under test. */
  @FunctionalInterface
  public interface Reader {
    java.util.Optional<NumberReading> read(String text, List<Token> tokens, int from, int to);
  }
}
