package org.hadath.text;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.hadath.model.Span;

/**
 * Finds dictionary phrases in a token list in one pass, through a trie over normalised token keys
 * built once.
 *
 * <p>Rules:
 *
 * <ul>
 *   <li>A phrase is tokenized and normalised by {@link Tokenizer}; its trie path is {@code keys[0]}
 *       of each of its tokens ({@code stems[0]} in {@link Mode#STEM}), so dictionary entries are
 *       written without prefixes and with or without ال («الرقة» and «رقة» are the same entry).
 *   <li>The first text token of a match may carry proclitics: every one of its keys (stems) is
 *       tried, so «بالرقة» and «وللنظام» match «الرقة» and «النظام». Later tokens match on {@code
 *       keys[0]} ({@code stems[0]}) only, i.e. they may carry ال but nothing else.
 *   <li>Punctuation tokens of a phrase must match punctuation in the text.
 *   <li>A phrase may carry several values; each value is reported as its own {@link Match}.
 *   <li>{@link #findAll} reports every match, overlapping ones included, ordered by first token
 *       then length. {@link #findLongest} scans left to right and at each token takes the longest
 *       phrase starting there (on ties, the one reached through the more literal key), then goes on
 *       after it; all values of that phrase are reported.
 * </ul>
 *
 * <p>Instances are immutable and safe to share between threads.
 *
 * @param <V> the value attached to phrases
 */
public final class PhraseMatcher<V> {

  /** Which token keys a matcher compares. */
  public enum Mode {
    /** {@link Token#keys()}: normalised forms with proclitics and ال removed. */
    EXACT,
    /** {@link Token#stems()}: as EXACT, plus light suffix stemming (plural, dual, feminine). */
    STEM
  }

  /**
   * One phrase found in a token list.
   *
   * @param firstToken index of the first matched token
   * @param endToken index one past the last matched token
   * @param span original text from the first token's start to the last token's end
   * @param value the value attached to the phrase
   * @param phrase the phrase as it was added
   */
  public record Match<V>(int firstToken, int endToken, Span span, V value, String phrase) {}

  private record Entry<V>(String phrase, V value) {}

  /**
   * A trie node. While building, children live in a {@link HashMap}; {@link Builder#build} freezes
   * them into an open-addressing table of parallel arrays (key hash, key, child), so a look-up
   * compares cached int hashes in one array and touches a key string only on a hash hit: most text
   * tokens start no phrase, and a miss then costs a probe or two in one small array.
   */
  private static final class Node<V> {
    private Map<String, Node<V>> building;
    private int[] hashes;
    private String[] keys;
    private Node<V>[] kids;
    private List<Entry<V>> entries;

    Node<V> child(String key) {
      String[] ks = keys;
      if (ks == null) {
        return null;
      }
      int h = key.hashCode();
      int mask = ks.length - 1;
      int i = (h ^ (h >>> 16)) & mask;
      while (true) {
        String k = ks[i];
        if (k == null) {
          return null;
        }
        if (hashes[i] == h && k.equals(key)) {
          return kids[i];
        }
        i = (i + 1) & mask;
      }
    }

    /** Freezes this node and every node below it into look-up tables. */
    @SuppressWarnings("unchecked")
    void freeze() {
      if (building == null) {
        return;
      }
      int capacity = Integer.highestOneBit(Math.max(1, building.size()) * 2 - 1) << 1;
      hashes = new int[capacity];
      keys = new String[capacity];
      kids = (Node<V>[]) new Node<?>[capacity];
      int mask = capacity - 1;
      for (Map.Entry<String, Node<V>> e : building.entrySet()) {
        int h = e.getKey().hashCode();
        int i = (h ^ (h >>> 16)) & mask;
        while (keys[i] != null) {
          i = (i + 1) & mask;
        }
        hashes[i] = h;
        keys[i] = e.getKey();
        kids[i] = e.getValue();
        e.getValue().freeze();
      }
      building = null;
    }
  }

  private final Mode mode;
  private final Node<V> root;
  private final int size;

  /**
   * One bit per slot, set for the slots the keys of the root's children fall on (16 slots per key):
   * most text tokens start no phrase, and a clear bit rules a token out without touching the root's
   * table, which for the gazetteer is far larger than the processor's nearest caches.
   */
  private final long[] startFilter;

  private final int filterShift;

  private PhraseMatcher(Mode mode, Node<V> root, int size) {
    this.mode = mode;
    this.root = root;
    this.size = size;
    int keys = 0;
    if (root.keys != null) {
      for (String k : root.keys) {
        keys += k == null ? 0 : 1;
      }
    }
    int bits = Math.max(64, Integer.highestOneBit(Math.max(1, keys) * 16 - 1) << 1);
    this.startFilter = new long[bits / 64];
    this.filterShift = 32 - Integer.numberOfTrailingZeros(bits);
    if (root.keys != null) {
      for (String k : root.keys) {
        if (k != null) {
          int slot = filterSlot(k);
          startFilter[slot >>> 6] |= 1L << slot;
        }
      }
    }
  }

  private int filterSlot(String key) {
    return (key.hashCode() * 0x9E3779B9) >>> filterShift;
  }

  /** The child of the root for {@code key}, or null; the filter answers most misses. */
  private Node<V> start(String key) {
    int slot = filterSlot(key);
    if ((startFilter[slot >>> 6] & (1L << slot)) == 0) {
      return null;
    }
    return root.child(key);
  }

  /** A builder for a matcher comparing tokens in {@code mode}. */
  public static <V> Builder<V> builder(Mode mode) {
    return new Builder<>(Objects.requireNonNull(mode, "mode"));
  }

  /** Collects phrases; {@link #build} may be called once. */
  public static final class Builder<V> {
    private final Mode mode;
    private Node<V> root = new Node<>();
    private int size;

    private Builder(Mode mode) {
      this.mode = mode;
    }

    /**
     * Adds {@code phrase} with {@code value}.
     *
     * @throws IllegalArgumentException if the phrase has no tokens
     * @throws IllegalStateException if {@link #build} was already called
     */
    public Builder<V> add(String phrase, V value) {
      if (root == null) {
        throw new IllegalStateException(
            "phrase '" + phrase + "' added after build(); create a new builder instead");
      }
      Objects.requireNonNull(value, "value");
      List<Token> tokens = Tokenizer.tokenize(phrase);
      if (tokens.isEmpty()) {
        throw new IllegalArgumentException(
            "phrase '" + phrase + "' has no tokens; remove the empty entry from the dictionary");
      }
      Node<V> node = root;
      for (Token t : tokens) {
        String key = mode == Mode.STEM ? t.stems()[0] : t.keys()[0];
        if (node.building == null) {
          node.building = new HashMap<>(4);
        }
        node = node.building.computeIfAbsent(key, k -> new Node<>());
      }
      if (node.entries == null) {
        node.entries = new ArrayList<>(1);
      }
      node.entries.add(new Entry<>(phrase, value));
      size++;
      return this;
    }

    /** The matcher; this builder cannot be used afterwards. */
    public PhraseMatcher<V> build() {
      if (root == null) {
        throw new IllegalStateException("build() was already called on this builder");
      }
      root.freeze();
      PhraseMatcher<V> m = new PhraseMatcher<>(mode, root, size);
      root = null;
      return m;
    }
  }

  /** The mode tokens are compared in. */
  public Mode mode() {
    return mode;
  }

  /** How many (phrase, value) entries were added. */
  public int size() {
    return size;
  }

  /** All matches in {@code tokens}, overlapping ones included. */
  public List<Match<V>> findAll(List<Token> tokens) {
    return findAll(tokens, 0, tokens.size());
  }

  /**
   * All matches lying inside {@code tokens[fromToken, toToken)}, e.g. one sentence.
   *
   * @throws IndexOutOfBoundsException if the range is not inside {@code tokens}
   */
  public List<Match<V>> findAll(List<Token> tokens, int fromToken, int toToken) {
    checkRange(tokens, fromToken, toToken);
    List<Match<V>> out = new ArrayList<>();
    for (int i = fromToken; i < toToken; i++) {
      String[] firstKeys = keysOf(tokens.get(i));
      for (int k = 0; k < firstKeys.length; k++) {
        Node<V> node = start(firstKeys[k]);
        if (node == null || seenBefore(firstKeys, k, node)) {
          continue;
        }
        int j = i + 1;
        while (true) {
          if (node.entries != null) {
            emit(tokens, i, j, node, out);
          }
          if (j >= toToken) {
            break;
          }
          node = node.child(keysOf(tokens.get(j))[0]);
          if (node == null) {
            break;
          }
          j++;
        }
      }
    }
    if (out.size() > 1) {
      out.sort(
          (a, b) ->
              a.firstToken != b.firstToken
                  ? Integer.compare(a.firstToken, b.firstToken)
                  : Integer.compare(a.endToken, b.endToken));
    }
    return out;
  }

  /** Non-overlapping leftmost-longest matches in {@code tokens}. */
  public List<Match<V>> findLongest(List<Token> tokens) {
    return findLongest(tokens, 0, tokens.size());
  }

  /**
   * Non-overlapping leftmost-longest matches inside {@code tokens[fromToken, toToken)}. Quotation
   * marks between the words of a phrase are skipped: «حركة "الشباب"» matches «حركة الشباب».
   *
   * @throws IndexOutOfBoundsException if the range is not inside {@code tokens}
   */
  public List<Match<V>> findLongest(List<Token> tokens, int fromToken, int toToken) {
    checkRange(tokens, fromToken, toToken);
    List<Match<V>> out = new ArrayList<>();
    int i = fromToken;
    while (i < toToken) {
      String[] firstKeys = keysOf(tokens.get(i));
      Node<V> best = null;
      int bestEnd = -1;
      for (String firstKey : firstKeys) {
        Node<V> node = start(firstKey);
        int j = i + 1;
        while (node != null) {
          if (node.entries != null && j > bestEnd) {
            best = node;
            bestEnd = j;
          }
          while (j < toToken && isQuote(tokens.get(j))) {
            j++; // «حركة "الشباب"», 'the "Islamic State"': a name quoted in part is one name
          }
          if (j >= toToken) {
            break;
          }
          node = node.child(keysOf(tokens.get(j))[0]);
          j++;
        }
      }
      if (best == null) {
        i++;
      } else {
        emit(tokens, i, bestEnd, best, out);
        i = bestEnd;
      }
    }
    return out;
  }

  private static final String QUOTES = "\"'«»“”„‘’‹›";

  /** A quotation mark, skipped inside a multi-word phrase by {@link #findLongest}. */
  private static boolean isQuote(Token t) {
    return t.kind() == Token.Kind.PUNCT
        && t.norm().length() == 1
        && QUOTES.indexOf(t.norm().charAt(0)) >= 0;
  }

  private String[] keysOf(Token t) {
    return mode == Mode.STEM ? t.stems() : t.keys();
  }

  /** Whether an earlier key of the same token already led to {@code node} (duplicate stems). */
  private boolean seenBefore(String[] keys, int k, Node<V> node) {
    for (int e = 0; e < k; e++) {
      if (root.child(keys[e]) == node) {
        return true;
      }
    }
    return false;
  }

  private static <V> void emit(
      List<Token> tokens, int first, int end, Node<V> node, List<Match<V>> out) {
    Span span = new Span(tokens.get(first).start(), tokens.get(end - 1).end());
    for (Entry<V> e : node.entries) {
      out.add(new Match<>(first, end, span, e.value(), e.phrase()));
    }
  }

  private static void checkRange(List<Token> tokens, int from, int to) {
    if (from < 0 || to < from || to > tokens.size()) {
      throw new IndexOutOfBoundsException(
          "token range ["
              + from
              + ", "
              + to
              + ") is outside a list of "
              + tokens.size()
              + " tokens");
    }
  }
}
