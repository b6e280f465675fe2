package org.hadath.resolve.place;

/** What a gazetteer place is: an administrative unit, a populated place, or a named site. */
public enum PlaceKind {
  COUNTRY,
  /** Governorate, province, state (ACLED admin1). */
  ADMIN1,
  /** District (ACLED admin2). */
  ADMIN2,
  /** Subdistrict, nahiya (ACLED admin3). */
  ADMIN3,
  /** A named area that is no admin unit: «الغوطة الشرقية», «سهل الغاب», a border area. */
  REGION,
  CITY,
  TOWN,
  VILLAGE,
  /** A part of a city or town: «حي المشلب». */
  NEIGHBOURHOOD,
  /** A displacement or refugee camp: «مخيم الهول». */
  CAMP,
  /** An airbase, military base or barracks: «مطار التيفور». */
  MILITARY,
  /** A border crossing: «معبر باب الهوى». */
  CROSSING,
  DAM,
  /** A named road or junction. */
  ROAD,
  /** Any other named site: a hospital, a square, a mosque, an oil field. */
  LANDMARK;

  /** Whether it is an administrative unit (country, admin1–3). */
  public boolean admin() {
    return this == COUNTRY || this == ADMIN1 || this == ADMIN2 || this == ADMIN3;
  }

  /** Whether it is a city, town or village. */
  public boolean populated() {
    return this == CITY || this == TOWN || this == VILLAGE;
  }

  /** Whether it is a site inside or next to a populated place (neighbourhood, camp, base …). */
  public boolean site() {
    return !admin() && !populated() && this != REGION;
  }
}
