package org.hadath.pipeline;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.hadath.extract.SourceHit;
import org.hadath.extract.SourceLexicon;
import org.hadath.extract.attribution.SourceDictionary;
import org.hadath.extract.attribution.SourceEntry;
import org.hadath.text.PhraseMatcher.Match;
import org.hadath.text.Token;

/**
 * The shipped (or a user's) {@link SourceDictionary} as extraction's {@link SourceLexicon}. An
 * ambiguous alias counts only next to a reporting word (قال, أفاد, أكد, ذكر, نقل, بحسب, وفق; said,
 * reported, according).
 */
public final class DictionarySources implements SourceLexicon {
  private static final Set<String> REPORTING =
      Set.of(
          "قال",
          "قالت",
          "افاد",
          "افادت",
          "اكد",
          "اكدت",
          "ذكر",
          "ذكرت",
          "نقل",
          "نقلت",
          "بحسب",
          "حسب",
          "وفق",
          "وفقا",
          "اضاف",
          "اضافت",
          "said",
          "says",
          "reported",
          "according",
          "told");
  private static final int WINDOW = 3;

  private final SourceDictionary dictionary;

  public DictionarySources(SourceDictionary dictionary) {
    this.dictionary = dictionary;
  }

  /** Over the shipped dictionary, loaded once. */
  public static DictionarySources standard() {
    return new DictionarySources(SourceDictionary.loadDefault());
  }

  @Override
  public List<SourceHit> find(List<Token> tokens, int from, int to) {
    List<SourceHit> out = new ArrayList<>();
    int last = -1;
    for (Match<SourceEntry> m : dictionary.matcher().findLongest(tokens, from, to)) {
      if (m.firstToken() == last) {
        continue; // one hit per phrase
      }
      SourceEntry e = m.value();
      if (dictionary.isWeak(e, m.phrase()) && !nearReporting(tokens, from, to, m)) {
        continue;
      }
      last = m.firstToken();
      out.add(
          new SourceHit(
              m.firstToken(),
              m.endToken(),
              m.span(),
              e.name(),
              "source:" + e.id(),
              e.scope().code(),
              e.partisan().code()));
    }
    return out;
  }

  private static boolean nearReporting(List<Token> tokens, int from, int to, Match<SourceEntry> m) {
    for (int i = Math.max(from, m.firstToken() - WINDOW);
        i < Math.min(to, m.endToken() + WINDOW);
        i++) {
      for (String k : tokens.get(i).keys()) {
        if (REPORTING.contains(k)) {
          return true;
        }
      }
    }
    return false;
  }

  @Override
  public String version() {
    return dictionary.version();
  }
}
