package org.hadath.resolve.place;

import java.util.Objects;
import org.hadath.model.Span;

/**
 * A word that introduces or qualifies a place name: «بمدينة», «حي», «ريف … الشمالي», «أطراف»,
 * "near", "province".
 *
 * @param span the cue's words (for a clitic «ب» on the name: the name's first token)
 * @param type what the cue says about the place
 * @param word the cue as normalised («مدينه», «ب», "countryside")
 */
public record Cue(Span span, Type type, String word) {
  public Cue {
    Objects.requireNonNull(span, "span");
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(word, "word");
  }

  /** What a cue says about the place it introduces. */
  public enum Type {
    /** «في», «ب…», «على», "in", "at": the place itself. */
    PREPOSITION,
    /** «مدينة», «بلدة», «قرية», "town of": a populated place. */
    POPULATED,
    /** «حي», «حارة», "neighbourhood": part of a town. */
    NEIGHBOURHOOD,
    /** «مخيم», "camp". */
    CAMP,
    /** «مطار», «قاعدة», «معبر», «سد», «مستشفى»: a site named after the place or by the name. */
    SITE,
    /** «طريق», «أوتوستراد», "road": a road named after places. */
    ROAD,
    /** «ريف», "countryside": the rural area around a town or of a province. */
    COUNTRYSIDE,
    /** «محافظة», «ولاية», "province", "governorate": an admin1 unit. */
    ADMIN1,
    /** «منطقة», «قضاء», «مديرية», «محلية», "district": an admin2 unit. */
    ADMIN2,
    /** «ناحية», "subdistrict": an admin3 unit. */
    ADMIN3,
    /** «جنوب», «شمال شرق», "north of": an area beside the place. */
    DIRECTION,
    /** «أطراف», «محيط», «قرب», «تخوم», "near", "outskirts of": close to the place. */
    NEAR,
    /**
     * A parenthesis right after another name: the place that name lies in ("Mudiyah (Mudiyah,
     * Abyan)", «الهارثة (12 كلم شمال البصرة)»). Says nothing of the kind.
     */
    CONTAINER;

    /** Whether the event is near rather than at the place (ACLED geo precision 2). */
    public boolean approximate() {
      return this == DIRECTION || this == NEAR;
    }
  }
}
