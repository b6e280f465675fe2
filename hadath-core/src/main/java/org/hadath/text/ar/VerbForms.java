package org.hadath.text.ar;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The inflected forms of an Arabic verb written in one person, so that a dictionary listing «اختطف»
 * or «أطلقت» also knows «اختطفوا», «اختطفا», «أطلقوا», «اعتقلته». Forms are normalised ({@link
 * ArabicNormalizer}); the verb is given normalised, without proclitics.
 *
 * <p>Rules:
 *
 * <ul>
 *   <li>A verb ending in ت (at least 3 letters before it) is the past of «she» (اعتقلت): its base
 *       is the word without ت. It gives «they» base+وا (اعتقلوا) and the feminine dual base+تا
 *       (اعتقلتا). Neither the bare base nor an object pronoun is added: فرقت «dispersed» → فرق
 *       «teams», and سيطرت+ها is also the noun «its control» (سيطرتها).
 *   <li>A verb beginning with ي (at least 4 letters) is the present of «he» (يقصف): it gives «they»
 *       +ون and +وا (يقصفون, لم يقصفوا), the dual +ان, and the object pronouns ها / هم / هما.
 *   <li>Any other verb of at least 3 letters is the past of «he» (اختطف, اغتيل): it gives «they»
 *       +وا, the dual +ا when at least 4 letters long (اختطفا; not فجرا, which is «at dawn»), «she»
 *       +ت and the feminine dual +تا, the object pronouns ها / هم / هما (استهدفها), and «they» with
 *       a pronoun, whose ا is then dropped (اختطفوه, اختطفوهم). The pronoun ه alone is not added to
 *       «he»: سيطر+ه is the noun سيطرة.
 *   <li>Shorter verbs give nothing. The verb itself is never in the list.
 * </ul>
 */
public final class VerbForms {
  private static final char TEH = '\u062A';
  private static final char YEH = '\u064A';

  private VerbForms() {}

  /** The inflected forms of the normalised verb {@code verb}, in a fixed order, without it. */
  public static List<String> of(String verb) {
    Set<String> out = new LinkedHashSet<>();
    int len = verb.length();
    if (len >= 4 && verb.charAt(len - 1) == TEH) {
      String base = verb.substring(0, len - 1);
      out.add(base + "وا");
      out.add(verb + "ا");
    } else if (len >= 4 && verb.charAt(0) == YEH) {
      for (String s : new String[] {"ون", "وا", "ان", "ها", "هم", "هما"}) {
        out.add(verb + s);
      }
    } else if (len >= 3) {
      out.add(verb + "وا");
      if (len >= 4) {
        out.add(verb + "ا");
      }
      for (String s : new String[] {"ت", "تا", "ها", "هم", "هما", "وه", "وها", "وهم"}) {
        out.add(verb + s);
      }
    }
    out.remove(verb);
    return new ArrayList<>(out);
  }
}
