package org.hadath.extract.relevance;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.hadath.extract.ActorHit;
import org.hadath.extract.ActorLexicon;
import org.hadath.extract.CasualtyFinder;
import org.hadath.extract.Modality;
import org.hadath.extract.Trigger;
import org.hadath.extract.TriggerLexicon;
import org.hadath.model.Span;
import org.hadath.text.PhraseMatcher.Match;
import org.hadath.text.Token;
import org.hadath.text.Tokenizer;

/**
 * Decides whether a document is a conflict or political-violence report at all, from its body
 * sentences and title, so that sports results, weather, markets, film reviews, recipes and adverts
 * are skipped instead of yielding events. Conservative: when in doubt, a document is kept.
 *
 * <p>Rules, in order:
 *
 * <ul>
 *   <li><b>no-off-topic</b>: a document is kept when no topic of its off-topic words ({@link
 *       OffTopicLexicon}, title and body) weighs at least {@value #MIN_TOPIC_WEIGHT} with at least
 *       {@value #MIN_TOPIC_PHRASES} different phrases. Nothing else is computed: most conflict
 *       reports stop here, after one pass of the off-topic matcher over tokens already made.
 *   <li>The document's <b>topic</b> is the heaviest one (ties: the first in the text). A sentence,
 *       or the title, is in <b>off-topic context</b> when it holds a phrase of a topic that reaches
 *       the thresholds.
 *   <li><b>Explained triggers</b>: a trigger ({@link TriggerLexicon}) inside an off-topic phrase
 *       («هجمة مرتدة», «ضربة جزاء», «معركة انتخابية», "campaign rally", "price war") is not an
 *       event word; nor is one that {@link Modality#exclusion} rules out (negated, planned,
 *       threatened, a purpose, a question).
 *   <li><b>conflict-words</b>: a sentence outside off-topic context keeps the document when it
 *       holds an armed actor (state forces, rebels, militias, identity militias, external forces;
 *       not a weak alias) of the {@link ActorLexicon}, a casualty outcome («قتل», "wounded": {@link
 *       CasualtyFinder#mentionsOutcome}), a protest or riot trigger heavier than {@value
 *       #FRAME_WEIGHT}, or a trigger heavier than {@value #LONE_TRIGGER} (frame words count as
 *       {@value #FRAME_WEIGHT}).
 *   <li><b>Lone triggers</b>: a sentence outside off-topic context whose only event word is a
 *       lighter trigger («مواجهة», "attack") keeps the document unless the topic weighs at least
 *       {@value #LONE_OUTWEIGHED} per such sentence.
 *   <li><b>conflict-in-context</b>: a sentence in off-topic context keeps the document when it
 *       holds a protest or riot trigger heavier than {@value #FRAME_WEIGHT} (a demonstration about
 *       prices or a match is still a demonstration), or a specific trigger (not a frame word,
 *       weight {@value #SPECIFIC_TRIGGER} or more) together with a casualty outcome («انفجرت سيارة
 *       مفخخة قرب الملعب ما أدى إلى مقتل…»).
 *   <li>Otherwise the document is <b>off-topic</b>: the sports «هجوم»/«قذيفة»/"strike" of a match
 *       report, the war film's battle scenes are read in their context and do not count. The reason
 *       quotes up to {@value #MAX_QUOTED} of the topic's words as the text writes them, and the
 *       event words read in context.
 * </ul>
 *
 * <p>Instances are immutable and shared by all threads.
 */
public final class Relevance {
  /** Least weight a topic's phrases must reach before the document can be off-topic. */
  public static final int MIN_TOPIC_WEIGHT = 4;

  /** Least number of different phrases of one topic before the document can be off-topic. */
  public static final int MIN_TOPIC_PHRASES = 2;

  /** Topic weight that outweighs one sentence whose only conflict word is a lone trigger. */
  public static final int LONE_OUTWEIGHED = 6;

  /** Heaviest trigger that counts as a lone trigger (see the rules). */
  public static final int LONE_TRIGGER = 6;

  /** Least weight of a specific trigger that counts in off-topic context beside a casualty. */
  public static final int SPECIFIC_TRIGGER = 5;

  /** Weight a frame word counts as; protest words must be heavier to count. */
  public static final int FRAME_WEIGHT = 3;

  /** How many topic words and event words a reason quotes. */
  public static final int MAX_QUOTED = 3;

  private final OffTopicLexicon offTopic;
  private final TriggerLexicon triggers;
  private final CasualtyFinder casualties;
  private final ActorLexicon actors;

  public Relevance(
      OffTopicLexicon offTopic,
      TriggerLexicon triggers,
      CasualtyFinder casualties,
      ActorLexicon actors) {
    this.offTopic = offTopic;
    this.triggers = triggers;
    this.casualties = casualties;
    this.actors = actors;
  }

  /** The off-topic lexicon's version, for the provenance. */
  public String version() {
    return offTopic.version();
  }

  /**
   * The decision on one document.
   *
   * @param relevant whether the document is kept
   * @param rule the rule that decided: {@code no-off-topic}, {@code conflict-words}, {@code
   *     conflict-in-context} or {@code off-topic}
   * @param topic the document's off-topic topic, when its words reach the thresholds
   * @param topicWords the topic's words as the text writes them, first occurrence of each, in text
   *     order (title first)
   * @param conflictWords the event words that decided (kept) or that were read in context
   *     (skipped), as the text writes them
   */
  public record Decision(
      boolean relevant,
      String rule,
      Optional<String> topic,
      List<String> topicWords,
      List<String> conflictWords) {
    public Decision {
      topicWords = List.copyOf(topicWords);
      conflictWords = List.copyOf(conflictWords);
    }

    /**
     * Why the document is skipped, e.g. {@code not a conflict report (sports: «كرة القدم»,
     * «الدوري»; no event trigger)}; empty when it is kept.
     */
    public Optional<String> reason() {
      if (relevant) {
        return Optional.empty();
      }
      StringBuilder sb = new StringBuilder("not a conflict report (");
      sb.append(topic.orElse("off-topic")).append(": ");
      quote(sb, topicWords);
      if (conflictWords.isEmpty()) {
        sb.append("; no event trigger)");
      } else {
        sb.append("; event words only in ").append(topic.orElse("off-topic")).append(" context: ");
        quote(sb, conflictWords);
        sb.append(')');
      }
      return Optional.of(sb.toString());
    }

    private static void quote(StringBuilder sb, List<String> words) {
      for (int i = 0; i < words.size(); i++) {
        sb.append(i == 0 ? "" : ", ").append('«').append(words.get(i)).append('»');
      }
    }
  }

  /**
   * Weighs one document.
   *
   * @param text the document text, into which the body token offsets point
   * @param title the title, when the document has one (it is tokenized here)
   * @param tokens the tokens of the body sentences
   * @param sentenceEnds for each body sentence in order, one past its last token; sentence {@code
   *     i} is {@code tokens[sentenceEnds[i-1], sentenceEnds[i])} (the first starts at 0)
   * @param day the publication date, to choose among actor names of different periods
   */
  public Decision assess(
      String text,
      Optional<String> title,
      List<Token> tokens,
      int[] sentenceEnds,
      Optional<java.time.LocalDate> day) {
    String titleText = title.orElse("");
    List<Token> titleTokens = titleText.isBlank() ? List.of() : Tokenizer.tokenize(titleText);
    List<Match<OffTopicLexicon.Entry>> titleHits =
        offTopic.find(titleTokens, 0, titleTokens.size());
    List<Match<OffTopicLexicon.Entry>> bodyHits = offTopic.find(tokens, 0, tokens.size());
    if (titleHits.isEmpty() && bodyHits.isEmpty()) {
      return new Decision(true, "no-off-topic", Optional.empty(), List.of(), List.of());
    }
    // weight and distinct phrases per topic; first-seen order breaks ties
    Map<String, Tally> tallies = new LinkedHashMap<>();
    tally(titleHits, tallies);
    tally(bodyHits, tallies);
    Set<String> strong = new HashSet<>();
    String topic = null;
    int best = 0;
    for (Map.Entry<String, Tally> e : tallies.entrySet()) {
      Tally t = e.getValue();
      if (t.weight >= MIN_TOPIC_WEIGHT && t.phrases.size() >= MIN_TOPIC_PHRASES) {
        strong.add(e.getKey());
        if (t.weight > best) {
          best = t.weight;
          topic = e.getKey();
        }
      }
    }
    if (topic == null) {
      return new Decision(true, "no-off-topic", Optional.empty(), List.of(), List.of());
    }
    List<String> topicWords = quoted(titleText, titleHits, text, bodyHits, topic);
    List<String> inContext = new ArrayList<>();
    List<String> lone = new ArrayList<>();
    // the title, then each body sentence
    Sentence s =
        new Sentence(
            titleText,
            titleTokens,
            0,
            titleTokens.size(),
            contextual(titleHits, strong),
            titleHits);
    Optional<Decision> d = weigh(s, day, topic, topicWords, inContext, lone);
    if (d.isPresent()) {
      return d.get();
    }
    int hit = 0;
    int from = 0;
    for (int end : sentenceEnds) {
      boolean context = false;
      int first = hit;
      while (hit < bodyHits.size() && bodyHits.get(hit).firstToken() < end) {
        context |= strong.contains(bodyHits.get(hit).value().topic());
        hit++;
      }
      d =
          weigh(
              new Sentence(text, tokens, from, end, context, bodyHits.subList(first, hit)),
              day,
              topic,
              topicWords,
              inContext,
              lone);
      if (d.isPresent()) {
        return d.get();
      }
      from = end;
    }
    if (!lone.isEmpty() && best < LONE_OUTWEIGHED * lone.size()) {
      return new Decision(true, "conflict-words", Optional.of(topic), topicWords, lone);
    }
    List<String> read = new ArrayList<>(lone);
    for (String w : inContext) {
      if (!read.contains(w) && read.size() < MAX_QUOTED) {
        read.add(w);
      }
    }
    return new Decision(false, "off-topic", Optional.of(topic), topicWords, read);
  }

  private record Sentence(
      String text,
      List<Token> tokens,
      int from,
      int to,
      boolean context,
      List<Match<OffTopicLexicon.Entry>> hits) {

    /** Whether an off-topic phrase holds the trigger («هجمة مرتدة», "campaign rally"). */
    boolean explains(Match<Trigger> m) {
      for (Match<OffTopicLexicon.Entry> h : hits) {
        if (h.firstToken() <= m.firstToken() && m.endToken() <= h.endToken()) {
          return true;
        }
      }
      return false;
    }
  }

  private static final class Tally {
    int weight;
    final Set<String> phrases = new HashSet<>();
  }

  private static void tally(List<Match<OffTopicLexicon.Entry>> hits, Map<String, Tally> tallies) {
    for (Match<OffTopicLexicon.Entry> m : hits) {
      Tally t = tallies.computeIfAbsent(m.value().topic(), k -> new Tally());
      if (t.phrases.add(m.value().phrase())) {
        t.weight += m.value().weight();
      }
    }
  }

  private static boolean contextual(List<Match<OffTopicLexicon.Entry>> hits, Set<String> strong) {
    for (Match<OffTopicLexicon.Entry> m : hits) {
      if (strong.contains(m.value().topic())) {
        return true;
      }
    }
    return false;
  }

  private static List<String> quoted(
      String titleText,
      List<Match<OffTopicLexicon.Entry>> titleHits,
      String text,
      List<Match<OffTopicLexicon.Entry>> bodyHits,
      String topic) {
    List<String> out = new ArrayList<>();
    Set<String> phrases = new HashSet<>();
    // the words that belong to the topic first, then those that lean to it; text order within
    for (int weight = 2; weight >= 1; weight--) {
      for (int part = 0; part < 2; part++) {
        String source = part == 0 ? titleText : text;
        for (Match<OffTopicLexicon.Entry> m : part == 0 ? titleHits : bodyHits) {
          if (out.size() < MAX_QUOTED
              && m.value().topic().equals(topic)
              && m.value().weight() == weight
              && phrases.add(m.value().phrase())) {
            out.add(words(source, m.span()));
          }
        }
      }
    }
    return out;
  }

  /**
   * Weighs one sentence: a decision when it keeps the document; otherwise records the event words
   * read in context, or the lone frame word.
   */
  private Optional<Decision> weigh(
      Sentence s,
      Optional<java.time.LocalDate> day,
      String topic,
      List<String> topicWords,
      List<String> inContext,
      List<String> lone) {
    String text = s.text();
    if (s.from() >= s.to()) {
      return Optional.empty();
    }
    List<Match<Trigger>> found = triggers.find(s.tokens(), s.from(), s.to());
    List<Match<Trigger>> real = new ArrayList<>(found.size());
    for (Match<Trigger> m : found) {
      if (!s.explains(m)
          && Modality.exclusion(s.tokens(), s.from(), s.to(), m.firstToken()).isEmpty()) {
        real.add(m);
      }
    }
    boolean outcome = casualties.mentionsOutcome(s.tokens(), s.from(), s.to());
    if (real.isEmpty() && !outcome && s.context()) {
      return Optional.empty();
    }
    Optional<ActorHit> armed = Optional.empty();
    if (!s.context() || !real.isEmpty()) {
      armed = armed(s, day);
    }
    Optional<String> protest = Optional.empty();
    Optional<String> specific = Optional.empty();
    Optional<String> strongest = Optional.empty();
    int strongestWeight = 0;
    for (Match<Trigger> m : real) {
      Trigger t = m.value();
      if (protest.isEmpty() && demonstration(t) && t.weight() > FRAME_WEIGHT) {
        protest = Optional.of(words(text, m.span()));
      }
      if (!t.has(Trigger.Flag.FRAME) && t.weight() >= SPECIFIC_TRIGGER && specific.isEmpty()) {
        specific = Optional.of(words(text, m.span()));
      }
      int w = t.has(Trigger.Flag.FRAME) ? Math.min(t.weight(), FRAME_WEIGHT) : t.weight();
      if (w > strongestWeight) {
        strongestWeight = w;
        strongest = Optional.of(words(text, m.span()));
      }
    }
    if (s.context()) {
      if (protest.isPresent()) {
        return kept("conflict-in-context", topic, topicWords, protest.get());
      }
      if (specific.isPresent() && outcome) {
        return kept("conflict-in-context", topic, topicWords, specific.get());
      }
      for (Match<Trigger> m : real) {
        String w = words(text, m.span());
        if (!inContext.contains(w)) {
          inContext.add(w);
        }
      }
      return Optional.empty();
    }
    // outside off-topic context
    if (armed.isPresent()) {
      return kept("conflict-words", topic, topicWords, words(text, armed.get().span()));
    }
    if (outcome) {
      return kept("conflict-words", topic, topicWords, strongest.orElse("(casualty words)"));
    }
    if (protest.isPresent()) {
      return kept("conflict-words", topic, topicWords, protest.get());
    }
    if (strongestWeight > LONE_TRIGGER) {
      return kept("conflict-words", topic, topicWords, strongest.get());
    }
    strongest.ifPresent(lone::add);
    return Optional.empty();
  }

  /** A protest or riot word: a demonstration, whatever it is about. */
  private static boolean demonstration(Trigger t) {
    String type = t.type().eventType();
    return t.has(Trigger.Flag.PROTEST) || type.equals("Protests") || type.equals("Riots");
  }

  private Optional<ActorHit> armed(Sentence s, Optional<java.time.LocalDate> day) {
    for (ActorHit h : actors.find(s.tokens(), s.from(), s.to(), day)) {
      int inter = h.actor().inter();
      if (!h.weak() && (inter >= 1 && inter <= 4 || inter == 8)) {
        return Optional.of(h);
      }
    }
    return Optional.empty();
  }

  private static Optional<Decision> kept(
      String rule, String topic, List<String> topicWords, String conflictWord) {
    return Optional.of(
        new Decision(true, rule, Optional.of(topic), topicWords, List.of(conflictWord)));
  }

  private static String words(String text, Span span) {
    return text.substring(span.start(), span.end());
  }
}
