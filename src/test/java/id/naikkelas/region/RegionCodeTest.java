package id.naikkelas.region;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class RegionCodeTest {

  @ParameterizedTest
  @CsvSource({"35,PROVINCE", "35.24,REGENCY", "35.24.17,DISTRICT", "35.24.17.2001,VILLAGE"})
  void level_follows_the_number_of_segments(String code, RegionLevel level) {
    assertThat(new RegionCode(code).level()).isEqualTo(level);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "",
        "3",
        "35.2",
        "35.24.1",
        "35.24.17.201",
        "35-24",
        "35.24.",
        "x5.24",
        "35.24.17.2001.1"
      })
  void malformed_codes_are_refused(String text) {
    assertThat(RegionCode.parse(text)).isEmpty();
    assertThatThrownBy(() -> new RegionCode(text)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void a_code_covers_itself_and_its_descendants_only() {
    RegionCode lamongan = new RegionCode("35.24");
    assertThat(lamongan.covers(new RegionCode("35.24"))).isTrue();
    assertThat(lamongan.covers(new RegionCode("35.24.17.2001"))).isTrue();
    assertThat(lamongan.covers(new RegionCode("35.08"))).isFalse();
    assertThat(lamongan.covers(new RegionCode("35"))).isFalse();
  }

  @Test
  void parent_walks_up_one_level() {
    assertThat(new RegionCode("35.24.17.2001").parent()).contains(new RegionCode("35.24.17"));
    assertThat(new RegionCode("35").parent()).isEmpty();
  }

  @Test
  void parse_trims_whitespace() {
    assertThat(RegionCode.parse(" 35.24 ")).contains(new RegionCode("35.24"));
  }
}
