package id.naikkelas.export.reference;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;

/** ISO 3166-1 alpha-2 countries named in Indonesian and English from the JDK's locale data. */
class CountriesTest {

  private final Countries countries = new Countries();

  @Test
  void names_a_country_in_indonesian_and_english() {
    assertThat(countries.find("JP")).contains(new Country("JP", "Jepang", "Japan"));
    assertThat(countries.find(" jp ")).contains(new Country("JP", "Jepang", "Japan"));
    assertThat(countries.find("my").orElseThrow().nameEn()).isEqualTo("Malaysia");
    assertThat(countries.find("NL").orElseThrow().nameId()).isEqualTo("Belanda");
  }

  @Test
  void knows_only_iso_alpha2_codes() {
    assertThat(countries.known("US")).isTrue();
    assertThat(countries.known("us")).isTrue();
    assertThat(countries.known("XX")).isFalse();
    assertThat(countries.known("USA")).isFalse();
    assertThat(countries.known("")).isFalse();
    assertThat(countries.known(null)).isFalse();
  }

  @Test
  void lists_every_iso_country_once_by_indonesian_name() {
    assertThat(countries.all()).hasSize(Locale.getISOCountries().length).hasSizeGreaterThan(240);
    assertThat(countries.all()).extracting(Country::code).doesNotHaveDuplicates();
    assertThat(countries.all().get(0).nameId()).startsWith("A");
  }
}
