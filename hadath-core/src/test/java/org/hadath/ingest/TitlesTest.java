package org.hadath.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.Test;

/** One test per rule of {@link Titles}. */
class TitlesTest {
  private final Titles titles = Titles.bundled();

  private String clean(String t) {
    return titles.clean(t, Optional.empty()).headline();
  }

  @Test
  void tailInAnotherScriptIsASiteName() {
    assertThat(clean("\"الأسد\" و\"قسد\" يتعاونان على الرقة - It's Over 9000!"))
        .isEqualTo("\"الأسد\" و\"قسد\" يتعاونان على الرقة");
  }

  @Test
  void pipeTailIsASiteName() {
    assertThat(clean("قصف على إدلب | قناة حلب اليوم")).isEqualTo("قصف على إدلب");
  }

  @Test
  void tailNamingAnOutletIsASiteName() {
    assertThat(clean("Strikes kill five in Idlib - Reuters"))
        .isEqualTo("Strikes kill five in Idlib");
  }

  @Test
  void tailWithASiteWordIsASiteName() {
    assertThat(clean("Strikes kill five in Idlib - Levant Daily News"))
        .isEqualTo("Strikes kill five in Idlib");
  }

  @Test
  void tailEqualToTheSiteNameIsRemoved() {
    assertThat(titles.clean("Strikes kill five - Levant Monitor", Optional.of("Levant Monitor")))
        .isEqualTo(new Titles.Cleaned("Strikes kill five", Optional.of("Levant Monitor")));
  }

  @Test
  void headlineWithADashInsideStaysWhole() {
    assertThat(clean("الرقة - هروب جماعي لعناصر قسد من مدينة الطبقة"))
        .isEqualTo("الرقة - هروب جماعي لعناصر قسد من مدينة الطبقة");
    assertThat(clean("قصف على إدلب - 3 قتلى")).isEqualTo("قصف على إدلب - 3 قتلى");
  }

  @Test
  void siteNamePrefixIsRemoved() {
    assertThat(clean("Reuters | Syrian forces advance on Raqqa from the south"))
        .isEqualTo("Syrian forces advance on Raqqa from the south");
  }

  @Test
  void hyphenWithoutSpacesIsNotASeparator() {
    assertThat(clean("Clashes in Deir ez-Zor")).isEqualTo("Clashes in Deir ez-Zor");
  }
}
