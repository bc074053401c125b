package id.naikkelas.export.market;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class RegulationLinksTest {

  @Test
  void the_market_access_map_query_names_the_destination_indonesia_and_the_goods() {
    assertThat(RegulationLinks.marketAccessMap("jp", "5208"))
        .isEqualTo("https://www.macmap.org/en/query/results?reporter=392&partner=360&product=5208");
    assertThat(RegulationLinks.marketAccessMap("US", "6205.20"))
        .isEqualTo(
            "https://www.macmap.org/en/query/results?reporter=840&partner=360&product=620520");
    assertThat(RegulationLinks.marketAccessMap("AU", "46"))
        .isEqualTo("https://www.macmap.org/en/query/results?reporter=036&partner=360&product=46");
  }

  @Test
  void a_country_the_table_does_not_hold_gets_the_front_page_not_a_guessed_code() {
    assertThat(RegulationLinks.numeric("FJ")).isEmpty();
    assertThat(RegulationLinks.marketAccessMap("FJ", "5208")).isEqualTo("https://www.macmap.org/");
    assertThat(RegulationLinks.marketAccessMap("JP", null)).isEqualTo("https://www.macmap.org/");
  }

  @Test
  void the_table_holds_real_countries_with_distinct_three_digit_codes() {
    List<String> iso = List.of(Locale.getISOCountries());
    assertThat(RegulationLinks.NUMERIC.keySet()).allMatch(iso::contains);
    assertThat(RegulationLinks.NUMERIC.values()).allMatch(n -> n.matches("[0-9]{3}"));
    assertThat(new HashSet<>(RegulationLinks.NUMERIC.values()))
        .hasSameSizeAs(RegulationLinks.NUMERIC.values());
    // spot checks against ISO 3166-1
    assertThat(RegulationLinks.numeric("CN")).contains("156");
    assertThat(RegulationLinks.numeric("SA")).contains("682");
    assertThat(RegulationLinks.numeric("NL")).contains("528");
    assertThat(RegulationLinks.numeric("GB")).contains("826");
    assertThat(RegulationLinks.numeric("MY")).contains("458");
  }

  @Test
  void every_market_has_the_three_sources() {
    assertThat(RegulationLinks.forMarket("JP", "5208"))
        .extracting(RegulationLink::name, RegulationLink::url)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(
                "Market Access Map",
                "https://www.macmap.org/en/query/results?reporter=392&partner=360&product=5208"),
            org.assertj.core.groups.Tuple.tuple("EXIM Kemendag", "https://exim.kemendag.go.id/"),
            org.assertj.core.groups.Tuple.tuple("e-SKA", "https://e-ska.kemendag.go.id/"));
  }
}
