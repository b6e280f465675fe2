package org.hadath.text;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.Objects;
import opennlp.tools.langdetect.LanguageDetectorModel;
import opennlp.tools.langdetect.ThreadSafeLanguageDetectorME;
import org.hadath.model.Language;

/**
 * Tells which language a text is in: Arabic, English, or an Arabic-script language that is not
 * Arabic (Persian, Urdu, Central Kurdish) so that such text is never read as Arabic.
 *
 * <p>A cheap letter-and-word profile of the first {@value #PROFILE_CHARS} chars decides most texts;
 * the OpenNLP language model ({@code opennlp-models-langdetect} 1.3.0, 103 languages, no Central
 * Kurdish) is asked only when the profile is not decisive, on the first {@value #MODEL_CHARS}
 * chars. Rules, in order; each names the {@link Identification#rule()} it gives:
 *
 * <ul>
 *   <li>{@code lang:too-short}: fewer than {@value #MIN_LETTERS} letters → {@link
 *       Language#UNKNOWN}, confidence 0.
 *   <li>{@code lang:other-script}: letters of neither Latin nor Arabic script are the majority
 *       (Cyrillic, Hebrew, CJK …) → UNKNOWN.
 *   <li><b>Latin script</b> (Latin letters outnumber Arabic-script ones):
 *       <ul>
 *         <li>{@code lang:en-function-words}: at least two English function words (the, of, and,
 *             was, said …) making at least {@value #EN_MIN_RATIO} of the Latin words → EN.
 *         <li>{@code lang:model} / {@code lang:model-other}: otherwise the model decides; {@code
 *             eng} → EN, anything else → UNKNOWN.
 *       </ul>
 *   <li><b>Arabic script</b>:
 *       <ul>
 *         <li>{@code lang:ckb-letters}, {@code lang:ur-letters}, {@code lang:other-arabic-script}:
 *             letters only Central Kurdish (ڕ ڵ ۆ ێ ە), only Urdu (ٹ ڈ ڑ ں ے ۓ ہ ۂ ۃ) or only other
 *             Arabic-script languages (Pashto ټ ډ ړ ږ ښ ځ څ ګ ڼ ۍ, Sindhi ٻ ٺ ٿ ڄ ڦ ڻ …, Uyghur ۇ ۈ
 *             ۋ ې) use: the most frequent group wins when it has at least two letters, at least
 *             {@value #SPECIFIC_MIN_SHARE} of the Arabic-script letters and at least as many
 *             letters as the Arabic points below (so one Kurdish name in an Arabic title does not
 *             count). Pashto, Sindhi and Uyghur give UNKNOWN.
 *         <li>{@code lang:ar-profile}: Arabic points (each ة and ى, each word starting with ال,
 *             three per Arabic function word في من على إلى عن أن التي …) make at least {@value
 *             #PROFILE_MIN_SHARE} of all points, and there are at least {@value #MIN_POINTS} points
 *             → AR.
 *         <li>{@code lang:fa-profile}: Persian points (each پ چ ژ گ ی ک ۀ, three per Persian
 *             function word در از را است برای می شد های …, also when typed with Arabic ي and ك)
 *             make at least that share → FA.
 *         <li>{@code lang:model} / {@code lang:model-other}: otherwise the model decides; {@code
 *             ara} → AR, {@code pes}/{@code fas}/{@code prs} → FA, {@code urd}/{@code pnb} → UR,
 *             anything else → UNKNOWN. The model does not know Central Kurdish (it reads it as
 *             Persian); the letter rule above is what finds it.
 *       </ul>
 * </ul>
 *
 * <p>Confidence is the share of letters in the winning script times the share of the deciding
 * evidence: the winning letter group's share of all language-specific letters, the winning side's
 * share of the points, {@code min(1, ratio / 0.3)} for English function words, or, for the model,
 * its top probability over the sum of its top two.
 *
 * <p>Instances are stateless and thread-safe. The model is loaded once per JVM, from the classpath,
 * the first time a text needs it (about 0.7 s), and shared by all threads.
 */
public final class LanguageIdentifier {

  /** How many chars of the text the letter profile reads. */
  public static final int PROFILE_CHARS = 2048;

  /** How many chars of the text the model reads, when it is asked. */
  public static final int MODEL_CHARS = 1000;

  /** Fewer letters than this give {@link Language#UNKNOWN}. */
  public static final int MIN_LETTERS = 8;

  /** The share of Latin words that must be listed English words. */
  public static final double EN_MIN_RATIO = 0.15;

  /** The share of Arabic-script letters a language-specific letter group needs. */
  public static final double SPECIFIC_MIN_SHARE = 0.015;

  /** The share of Arabic-versus-Persian points a side needs to win without the model. */
  public static final double PROFILE_MIN_SHARE = 0.8;

  /** The fewest Arabic-versus-Persian points that decide without the model. */
  public static final int MIN_POINTS = 3;

  /** The name of the model file inside {@code opennlp-models-langdetect}. */
  static final String MODEL_RESOURCE = "/langdetect-183.bin";

  /**
   * A language decision.
   *
   * @param language the language; {@link Language#UNKNOWN} when it cannot be told
   * @param confidence how sure the decision is, in {@code [0, 1]}
   * @param rule the rule that decided, e.g. {@code "lang:ar-profile"}
   */
  public record Identification(Language language, double confidence, String rule) {
    public Identification {
      Objects.requireNonNull(language, "language");
      Objects.requireNonNull(rule, "rule");
      if (!(confidence >= 0 && confidence <= 1)) {
        throw new IllegalArgumentException("confidence " + confidence + " outside [0, 1]");
      }
    }
  }

  /** Identifies the language of {@code text}. */
  public Identification identify(CharSequence text) {
    Profile p = Profile.of(text, Math.min(text.length(), PROFILE_CHARS));
    int letters = p.latin + p.arabic + p.other;
    if (letters < MIN_LETTERS) {
      return new Identification(Language.UNKNOWN, 0, "lang:too-short");
    }
    if (p.other > p.latin && p.other > p.arabic) {
      return new Identification(Language.UNKNOWN, share(p.other, letters), "lang:other-script");
    }
    if (p.latin > p.arabic) {
      double scriptShare = share(p.latin, letters);
      if (p.enHits >= 2 && p.enHits >= EN_MIN_RATIO * p.latinWords) {
        double ratio = (double) p.enHits / p.latinWords;
        return new Identification(
            Language.EN, scriptShare * Math.min(1, ratio / 0.3), "lang:en-words");
      }
      return byModel(text, scriptShare);
    }
    double scriptShare = share(p.arabic, letters);
    int arPoints = p.arLetters + p.alWords + 3 * p.arHits;
    int faPoints = p.faLetters + 3 * p.faHits;
    int specific = p.ckbLetters + p.urLetters + p.otherArabicScript;
    int best = Math.max(p.ckbLetters, Math.max(p.urLetters, p.otherArabicScript));
    if (best >= 2 && best >= SPECIFIC_MIN_SHARE * p.arabic && best >= arPoints) {
      double confidence = scriptShare * share(best, specific);
      if (best == p.ckbLetters) {
        return new Identification(Language.CKB, confidence, "lang:ckb-letters");
      }
      if (best == p.urLetters) {
        return new Identification(Language.UR, confidence, "lang:ur-letters");
      }
      return new Identification(Language.UNKNOWN, confidence, "lang:other-arabic-script");
    }
    int points = arPoints + faPoints;
    if (points >= MIN_POINTS) {
      if (arPoints >= PROFILE_MIN_SHARE * points) {
        return new Identification(
            Language.AR, scriptShare * share(arPoints, points), "lang:ar-profile");
      }
      if (faPoints >= PROFILE_MIN_SHARE * points) {
        return new Identification(
            Language.FA, scriptShare * share(faPoints, points), "lang:fa-profile");
      }
    }
    return byModel(text, scriptShare);
  }

  private static Identification byModel(CharSequence text, double scriptShare) {
    int end = Math.min(text.length(), MODEL_CHARS);
    if (end < text.length() && end > 0 && Character.isHighSurrogate(text.charAt(end - 1))) {
      end--;
    }
    opennlp.tools.langdetect.Language[] ranked =
        Model.DETECTOR.predictLanguages(text.subSequence(0, end));
    double top = 0;
    double second = 0;
    String code = "";
    for (opennlp.tools.langdetect.Language l : ranked) {
      double c = l.getConfidence();
      if (c > top) {
        second = top;
        top = c;
        code = l.getLang();
      } else if (c > second) {
        second = c;
      }
    }
    double confidence = scriptShare * (top + second > 0 ? top / (top + second) : 0);
    Language language = fromModelCode(code);
    return new Identification(
        language, confidence, language == Language.UNKNOWN ? "lang:model-other" : "lang:model");
  }

  /** The hadath language for an ISO 639-3 code of the OpenNLP model. */
  static Language fromModelCode(String code) {
    switch (code.toLowerCase(Locale.ROOT)) {
      case "ara":
      case "arb":
        return Language.AR;
      case "eng":
        return Language.EN;
      case "pes":
      case "fas":
      case "prs":
        return Language.FA;
      case "urd":
      case "pnb":
        return Language.UR;
      case "ckb":
        return Language.CKB;
      default:
        return Language.UNKNOWN;
    }
  }

  private static double share(int part, int whole) {
    return whole == 0 ? 0 : Math.min(1.0, (double) part / whole);
  }

  /** Holder: the model loads when first needed, once, and is shared by all threads. */
  private static final class Model {
    static final ThreadSafeLanguageDetectorME DETECTOR = load();

    private static ThreadSafeLanguageDetectorME load() {
      InputStream in = LanguageIdentifier.class.getResourceAsStream(MODEL_RESOURCE);
      if (in == null) {
        throw new IllegalStateException(
            "OpenNLP language model '"
                + MODEL_RESOURCE
                + "' is not on the classpath; add the dependency"
                + " org.apache.opennlp:opennlp-models-langdetect:1.3.0 to hadath-core");
      }
      try (InputStream buffered = new BufferedInputStream(in)) {
        return new ThreadSafeLanguageDetectorME(new LanguageDetectorModel(buffered));
      } catch (IOException e) {
        throw new UncheckedIOException(
            "cannot read OpenNLP language model '"
                + MODEL_RESOURCE
                + "' from the classpath: "
                + e.getMessage()
                + "; check that opennlp-models-langdetect-1.3.0.jar is not corrupt",
            e);
      }
    }
  }

  /** Letter and word counts over a prefix, in one pass. */
  private static final class Profile {
    int latin;
    int arabic;
    int other;
    int latinWords;
    int enHits;
    int arLetters;
    int alWords;
    int arHits;
    int faLetters;
    int faHits;
    int ckbLetters;
    int urLetters;
    int otherArabicScript;

    static Profile of(CharSequence text, int end) {
      Profile p = new Profile();
      // The word being read: its script (0 none, 1 Latin, 2 Arabic), key, length, and the first
      // two (folded) Arabic letters for the article test.
      int script = 0;
      long key = 0;
      int length = 0;
      char first = 0;
      char second = 0;
      for (int i = 0; i <= end; i++) {
        char c = i < end ? text.charAt(i) : ' ';
        int kind = letterKind(c);
        if (kind == MARK) {
          continue; // harakat and tatweel do not break or lengthen words
        }
        int cs = kind == LATIN ? 1 : kind == OTHER || kind == NOT_LETTER ? 0 : 2;
        if (cs != script || cs == 0) {
          if (script == 1) {
            p.latinWords++;
            if (length <= 12 && EN_WORDS.contains(key)) {
              p.enHits++;
            }
          } else if (script == 2) {
            if (length <= 4) {
              if (AR_WORDS.contains(key)) {
                p.arHits++;
              } else if (FA_WORDS.contains(key)) {
                p.faHits++;
              }
            }
            if (length >= 4 && first == 'ا' && second == 'ل') {
              p.alWords++;
            }
          }
          script = cs;
          key = 0;
          length = 0;
        }
        switch (kind) {
          case NOT_LETTER:
            continue;
          case OTHER:
            p.other++;
            continue;
          case LATIN:
            p.latin++;
            char lower = Character.toLowerCase(c);
            key =
                key != -1 && lower >= 'a' && lower <= 'z' && length < 12
                    ? key * 27 + (lower - 'a' + 1)
                    : -1;
            length++;
            continue;
          default:
            break;
        }
        p.arabic++;
        switch (kind) {
          case AR:
            p.arLetters++;
            break;
          case FA:
            p.faLetters++;
            break;
          case CKB:
            p.ckbLetters++;
            break;
          case UR:
            p.urLetters++;
            break;
          case OTHER_ARABIC:
            p.otherArabicScript++;
            break;
          default:
            break;
        }
        char folded = fold(c);
        if (length == 0) {
          first = folded;
        } else if (length == 1) {
          second = folded;
        }
        key = key != -1 && length < 4 ? (key << 16) | folded : -1;
        length++;
      }
      return p;
    }
  }

  private static final int NOT_LETTER = 0;
  private static final int LATIN = 1;
  private static final int OTHER = 2;
  private static final int MARK = 3;
  private static final int ARABIC_COMMON = 4;
  private static final int AR = 5;
  private static final int FA = 6;
  private static final int CKB = 7;
  private static final int UR = 8;
  private static final int OTHER_ARABIC = 9;

  /** The class of {@code c} for the profile. */
  private static int letterKind(char c) {
    if (c < 0x80) {
      return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ? LATIN : NOT_LETTER;
    }
    if (c >= 0x0600 && c <= 0x06FF) {
      switch (c) {
        case 'ة':
        case 'ى':
          return AR;
        case 'پ':
        case 'چ':
        case 'ژ':
        case 'گ':
        case 'ی':
        case 'ک':
        case 'ۀ':
          return FA;
        case 'ڕ':
        case 'ڵ':
        case 'ۆ':
        case 'ێ':
        case 'ە':
          return CKB;
        case 'ٹ':
        case 'ڈ':
        case 'ڑ':
        case 'ں':
        case 'ے':
        case 'ۓ':
        case 'ہ':
        case 'ۂ':
        case 'ۃ':
          return UR;
        case 'ټ':
        case 'ډ':
        case 'ړ':
        case 'ږ':
        case 'ښ':
        case 'ځ':
        case 'څ':
        case 'ګ':
        case 'ڼ':
        case 'ۍ':
        case 'ٻ':
        case 'ٺ':
        case 'ٿ':
        case 'ڄ':
        case 'ڦ':
        case 'ڻ':
        case 'ڳ':
        case 'ڱ':
        case 'ۇ':
        case 'ۈ':
        case 'ۋ':
        case 'ې':
          return OTHER_ARABIC;
        case '\u0640':
          return MARK;
        default:
          break;
      }
      if ((c >= 0x064B && c <= 0x065F) || c == 0x0670 || (c >= 0x06D6 && c <= 0x06ED)) {
        return MARK;
      }
      return Character.isLetter(c) ? ARABIC_COMMON : NOT_LETTER;
    }
    if ((c >= 0x0750 && c <= 0x077F)
        || (c >= 0x08A0 && c <= 0x08FF)
        || (c >= 0xFB50 && c <= 0xFDFF)
        || (c >= 0xFE70 && c <= 0xFEFF)) {
      return Character.isLetter(c) ? ARABIC_COMMON : NOT_LETTER;
    }
    if (Character.isLetter(c)) {
      return Character.UnicodeScript.of(c) == Character.UnicodeScript.LATIN ? LATIN : OTHER;
    }
    return Character.getType(c) == Character.NON_SPACING_MARK ? MARK : NOT_LETTER;
  }

  /** Folds spelling variants for the function-word keys: ی→ي, ک→ك, أ إ ٱ→ا. */
  private static char fold(char c) {
    switch (c) {
      case 'ی':
        return 'ي';
      case 'ک':
        return 'ك';
      case 'أ':
      case 'إ':
      case 'ٱ':
        return 'ا';
      default:
        return c;
    }
  }

  private static final LongSet EN_WORDS =
      LongSet.ofLatin(
          "the",
          "of",
          "and",
          "to",
          "in",
          "is",
          "was",
          "were",
          "are",
          "for",
          "on",
          "with",
          "by",
          "at",
          "from",
          "that",
          "said",
          "as",
          "it",
          "has",
          "have",
          "had",
          "be",
          "been",
          "an",
          "this",
          "which",
          "who",
          "its",
          "their",
          "after",
          "will",
          "not",
          "but",
          "they",
          "he",
          "she",
          "his",
          "her",
          "we",
          "also",
          "about",
          "over",
          "more",
          "than",
          "into",
          "when",
          "where",
          "while",
          "would",
          "could",
          "between",
          "against",
          "near",
          "killed",
          "people",
          "there",
          "other",
          "some",
          "least",
          "since",
          "during",
          // common words of conflict news, so that headlines without function words are read
          "kill",
          "kills",
          "strike",
          "strikes",
          "attack",
          "attacks",
          "attacked",
          "forces",
          "troops",
          "army",
          "civilians",
          "civilian",
          "dozens",
          "wounded",
          "injured",
          "clashes",
          "bombing",
          "shelling",
          "rebels",
          "militants",
          "fighters",
          "government",
          "protesters",
          "town",
          "village",
          "says",
          "dead",
          "soldiers",
          "airstrike",
          "airstrikes");

  private static final LongSet AR_WORDS =
      LongSet.ofArabic(
          "في", "من", "على", "الى", "عن", "ان", "التي", "الذي", "مع", "بعد", "قبل", "هذا", "هذه",
          "كان", "لم", "قد", "وقد", "حيث", "بين", "ثم", "منذ", "ضد", "عند", "خلال", "حتى", "كما",
          "او", "وفي", "ومن", "الا", "لكن", "اثر", "جراء", "فيما", "قال", "وقال", "لها", "له",
          "انه");

  private static final LongSet FA_WORDS =
      LongSet.ofArabic(
          "در", "از", "را", "است", "براي", "با", "مي", "شد", "هاي", "آن", "يك", "بود", "شده", "كه",
          "تا", "نيز", "خود", "وي", "آنها", "شود", "كند", "دارد", "اند", "بر", "ايم", "نمي", "كرده",
          "گفت");

  /** An immutable open-addressing set of {@code long} keys; {@code -1} is never a member. */
  private static final class LongSet {
    private final long[] table;

    private LongSet(long[] keys) {
      int size = Integer.highestOneBit(Math.max(4, keys.length * 4));
      table = new long[size];
      java.util.Arrays.fill(table, -1);
      for (long k : keys) {
        int slot = slot(k);
        while (table[slot] != -1 && table[slot] != k) {
          slot = (slot + 1) & (table.length - 1);
        }
        table[slot] = k;
      }
    }

    static LongSet ofLatin(String... words) {
      long[] keys = new long[words.length];
      for (int i = 0; i < words.length; i++) {
        long k = 0;
        for (char c : words[i].toCharArray()) {
          k = k * 27 + (c - 'a' + 1);
        }
        keys[i] = k;
      }
      return new LongSet(keys);
    }

    static LongSet ofArabic(String... words) {
      long[] keys = new long[words.length];
      for (int i = 0; i < words.length; i++) {
        if (words[i].length() > 4) {
          throw new IllegalArgumentException("function word longer than 4 letters: " + words[i]);
        }
        long k = 0;
        for (char c : words[i].toCharArray()) {
          k = (k << 16) | fold(c);
        }
        keys[i] = k;
      }
      return new LongSet(keys);
    }

    private int slot(long k) {
      long h = k * 0x9E3779B97F4A7C15L;
      return (int) (h >>> 40) & (table.length - 1);
    }

    boolean contains(long k) {
      if (k == -1) {
        return false;
      }
      int slot = slot(k);
      while (table[slot] != -1) {
        if (table[slot] == k) {
          return true;
        }
        slot = (slot + 1) & (table.length - 1);
      }
      return false;
    }
  }
}
