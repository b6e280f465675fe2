package org.hadath.text.ner;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.hadath.text.Token;
import org.hadath.text.ar.ArabicNormalizer;
import org.hadath.text.ar.Clitics;
import org.hadath.text.ar.LightStemmer;

/**
 * The tagger's features, hashed into a fixed number of buckets (feature hashing: no feature
 * dictionary is stored, nothing is allocated per feature).
 *
 * <p>Rules — for token {@code i} of a sentence (keys and stems are the {@link Token}'s, so the
 * features are the same for the corpus, whose clitics are split and then re-joined by {@link
 * NewsFane}, and for hadath's own tokens):
 *
 * <ul>
 *   <li><b>word</b>: the normalised form ({@link ArabicNormalizer}), the literal key without ال,
 *       the clitic-stripped key (the most stripped of {@link Clitics#keys}) and its light stem;
 *       numbers all count as one word.
 *   <li><b>proclitics</b>: what the normalised form has before its clitic-stripped key («وبال»,
 *       «ل», none).
 *   <li><b>affixes</b>: the first 2 and 3 letters of the stripped key, the last 1, 2 and 3 letters
 *       of the normalised form.
 *   <li><b>shape</b>: the token kind and its length (capped at 12).
 *   <li><b>context</b>: the stripped keys of the words 2 before to 2 after, the normalised form and
 *       stem of the word before, and the bigrams (word before, word) and (word, word after).
 *   <li><b>cue words</b>: whether the word itself, the word 1 or 2 before or the word after is a
 *       place cue (حي، قرية، بلدة، مدينة، ريف …), an organisation cue (لواء، كتائب، فصيل، جبهة،
 *       حركة، جيش، قوات، ميليشيا …) or a person cue (الشيخ، العقيد، القيادي …).
 *   <li><b>dictionaries</b>: the {@link NameFlags} of the word, the word before and the word after.
 *   <li><b>history</b> (computed while decoding): the previous label, the two previous labels, and
 *       the previous label with the stripped key.
 * </ul>
 *
 * <p>Instances are immutable and shared by all threads.
 */
final class NerFeatures {
  /** O, B-PER, I-PER, B-ORG, I-ORG, B-LOC, I-LOC. */
  static final int LABELS = 1 + 2 * EntityType.values().length;

  /** How many static features each token has. */
  static final int STATIC = 27;

  /** How many history features each token has. */
  static final int HISTORY = 3;

  private static final int CUE_LOC = 1;
  private static final int CUE_ORG = 2;
  private static final int CUE_PER = 4;

  private static final String START = "<s>";
  private static final String END = "</s>";
  private static final String NUMBER = "<num>";

  private static final Map<String, Integer> CUES = new HashMap<>();

  static {
    cue(
        CUE_LOC, "حي", "أحياء", "قرية", "قرى", "بلدة", "بلدات", "مدينة", "مدن", "منطقة", "مناطق",
        "محافظة", "ريف", "ناحية", "مخيم", "قضاء", "حارة", "شارع", "جبل", "وادي", "سهل", "مطار",
        "ساحة", "دوار", "جسر", "معبر", "سجن", "ضاحية", "مديرية", "ولاية", "إقليم", "مزرعة", "مزارع",
        "تل", "بادية", "نهر", "حقل", "مستشفى", "مدرسة", "جامع", "مسجد", "سوق", "بلدية", "عاصمة");
    cue(
        CUE_ORG,
        "لواء",
        "ألوية",
        "كتائب",
        "كتيبة",
        "فصيل",
        "فصائل",
        "جبهة",
        "حركة",
        "جيش",
        "قوات",
        "ميليشيا",
        "مليشيا",
        "ميليشيات",
        "مليشيات",
        "تنظيم",
        "حزب",
        "جماعة",
        "هيئة",
        "تجمع",
        "فرقة",
        "اتحاد",
        "مجلس",
        "منظمة",
        "تيار",
        "تحالف",
        "سرايا",
        "سرية",
        "فوج",
        "عصائب",
        "حشد",
        "وزارة",
        "شركة",
        "وكالة",
        "جمعية",
        "مؤسسة",
        "صحيفة",
        "قناة");
    cue(
        CUE_PER,
        "الشيخ",
        "العقيد",
        "العميد",
        "النقيب",
        "الملازم",
        "الرائد",
        "القيادي",
        "القائد",
        "المدعو",
        "الناشط",
        "الصحفي",
        "الرئيس",
        "الدكتور",
        "السيد",
        "الأمير",
        "الوزير",
        "وزير",
        "رئيس",
        "أبو",
        "أبي",
        "ابن",
        "بن",
        "أم",
        "الشهيد",
        "الطفل",
        "الشاب",
        "المواطن",
        "المواطنة",
        "الحاج",
        "السيدة",
        "الإمام",
        "المتحدث",
        "الناطق",
        "mr",
        "dr",
        "gen",
        "col",
        "sheikh");
  }

  private static void cue(int kind, String... words) {
    for (String w : words) {
      String k = Clitics.stripArticle(ArabicNormalizer.normalize(w));
      CUES.merge(k, kind, (a, b) -> a | b);
    }
  }

  private final int mask;

  /** Features hashed into {@code 2^bucketBits} buckets. */
  NerFeatures(int bucketBits) {
    if (bucketBits < 8 || bucketBits > 24) {
      throw new IllegalArgumentException("bucket bits must be 8..24, got " + bucketBits);
    }
    this.mask = (1 << bucketBits) - 1;
  }

  /** How many buckets. */
  int buckets() {
    return mask + 1;
  }

  /** The per-sentence view the features read: each token's words, computed once. */
  static final class Words {
    final int n;
    final String[] norm;
    final String[] literal;
    final String[] stripped;
    final String[] stem;
    final int[] cue;
    final int[] kind;
    final int[] prefixLength;
    final byte[] flags;

    Words(List<Token> tokens, int from, int to, byte[] flags) {
      n = to - from;
      norm = new String[n];
      literal = new String[n];
      stripped = new String[n];
      stem = new String[n];
      cue = new int[n];
      kind = new int[n];
      prefixLength = new int[n];
      this.flags = flags;
      for (int i = 0; i < n; i++) {
        Token t = tokens.get(from + i);
        kind[i] = t.kind().ordinal();
        if (t.kind() == Token.Kind.NUMBER) {
          norm[i] = NUMBER;
          literal[i] = NUMBER;
          stripped[i] = NUMBER;
          stem[i] = NUMBER;
          continue;
        }
        String[] keys = t.keys();
        String s = keys[keys.length - 1];
        norm[i] = t.norm();
        literal[i] = keys[0];
        stripped[i] = s;
        // the noun stem the model was trained with (Token.stems also strips pronouns and verb
        // endings)
        stem[i] =
            t.kind() == Token.Kind.ARABIC ? LightStemmer.nounStem(s) : t.stems()[keys.length - 1];
        String nm = t.norm();
        prefixLength[i] = nm.length() > s.length() && nm.endsWith(s) ? nm.length() - s.length() : 0;
        int c = 0;
        for (String k : keys) {
          Integer v = CUES.get(k);
          if (v != null) {
            c |= v;
          }
        }
        Integer v = CUES.get(nm);
        cue[i] = v == null ? c : c | v;
      }
    }
  }

  /** Static feature buckets of every token: {@code out[i * STATIC + f]}. */
  int[] extract(Words w) {
    int[] out = new int[w.n * STATIC];
    for (int i = 0; i < w.n; i++) {
      int o = i * STATIC;
      String s = w.stripped[i];
      out[o] = bucket(hash(1, "bias"));
      out[o + 1] = bucket(hash(2, w.norm[i]));
      out[o + 2] = bucket(hash(3, w.literal[i]));
      out[o + 3] = bucket(hash(4, s));
      out[o + 4] = bucket(hash(5, w.stem[i]));
      out[o + 5] = bucket(mix(chars(seed(6), w.norm[i], 0, w.prefixLength[i])));
      out[o + 6] = bucket(mix(chars(seed(7), s, 0, Math.min(2, s.length()))));
      out[o + 7] = bucket(mix(chars(seed(8), s, 0, Math.min(3, s.length()))));
      String nm = w.norm[i];
      out[o + 8] = bucket(mix(chars(seed(9), nm, Math.max(0, nm.length() - 1), nm.length())));
      out[o + 9] = bucket(mix(chars(seed(10), nm, Math.max(0, nm.length() - 2), nm.length())));
      out[o + 10] = bucket(mix(chars(seed(11), nm, Math.max(0, nm.length() - 3), nm.length())));
      out[o + 11] = bucket(mix(seed(12) ^ (w.kind[i] * 31 + Math.min(12, nm.length()))));
      out[o + 12] = bucket(hash(13, word(w, i - 1)));
      out[o + 13] = bucket(hash(14, word(w, i - 2)));
      out[o + 14] = bucket(hash(15, word(w, i + 1)));
      out[o + 15] = bucket(hash(16, word(w, i + 2)));
      out[o + 16] = bucket(hash(17, i > 0 ? w.norm[i - 1] : START));
      out[o + 17] = bucket(hash(18, i > 0 ? w.stem[i - 1] : START));
      out[o + 18] = bucket(mix(chars(chars(seed(19), word(w, i - 1)) * 31 + 1, s)));
      out[o + 19] = bucket(mix(chars(chars(seed(20), s) * 31 + 1, word(w, i + 1))));
      out[o + 20] = bucket(mix(seed(21) ^ w.cue[i]));
      out[o + 21] = bucket(mix(seed(22) ^ (i > 0 ? w.cue[i - 1] : 64)));
      out[o + 22] = bucket(mix(seed(23) ^ (i > 1 ? w.cue[i - 2] : 64)));
      out[o + 23] = bucket(mix(seed(24) ^ (i + 1 < w.n ? w.cue[i + 1] : 64)));
      out[o + 24] = bucket(mix(seed(25) ^ w.flags[i]));
      out[o + 25] = bucket(mix(seed(26) ^ (i > 0 ? w.flags[i - 1] : 64)));
      out[o + 26] = bucket(mix(seed(27) ^ (i + 1 < w.n ? w.flags[i + 1] : 64)));
    }
    return out;
  }

  /**
   * The history feature buckets of token {@code i} given the two labels before it ({@code -1}
   * before the sentence start), into {@code out[0..HISTORY)}.
   */
  void history(Words w, int i, int prev, int prev2, int[] out) {
    out[0] = bucket(mix(seed(40) ^ (prev + 1)));
    out[1] = bucket(mix(seed(41) ^ ((prev2 + 1) * 16 + prev + 1)));
    out[2] = bucket(mix(chars(seed(42) ^ (prev + 1), w.stripped[i])));
  }

  private static String word(Words w, int i) {
    if (i < 0) {
      return START;
    }
    return i >= w.n ? END : w.stripped[i];
  }

  private int bucket(int h) {
    return h & mask;
  }

  private static int seed(int template) {
    return template * 0x9E3779B1 ^ 0x811C9DC5;
  }

  private static int hash(int template, String s) {
    return mix(chars(seed(template), s, 0, s.length()));
  }

  private static int chars(int h, String s) {
    return chars(h, s, 0, s.length());
  }

  private static int chars(int h, String s, int from, int to) {
    for (int i = from; i < to; i++) {
      h = (h ^ s.charAt(i)) * 0x01000193;
    }
    return h;
  }

  private static int mix(int h) {
    h ^= h >>> 16;
    h *= 0x85EBCA6B;
    h ^= h >>> 13;
    h *= 0xC2B2AE35;
    h ^= h >>> 16;
    return h;
  }
}
