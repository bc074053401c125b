package id.naikkelas.region;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class ServedRegionsTest {

  @Test
  void two_regencies_of_one_province_are_rooted_at_the_province() {
    assertThat(new ServedRegions(List.of("35.24", "35.08")).root().value()).isEqualTo("35");
  }

  @Test
  void one_regency_is_its_own_root() {
    assertThat(new ServedRegions(List.of("35.24")).root().value()).isEqualTo("35.24");
  }

  @Test
  void regencies_of_two_provinces_cannot_share_a_root() {
    assertThatThrownBy(() -> new ServedRegions(List.of("35.24", "31.71")).root())
        .isInstanceOf(IllegalStateException.class);
  }

  @Test
  void a_scope_overlaps_when_inside_a_served_regency_or_above_it() {
    ServedRegions served = new ServedRegions(List.of("35.24", "35.08"));
    assertThat(served.overlaps(new RegionCode("35.24.17"))).isTrue();
    assertThat(served.overlaps(new RegionCode("35"))).isTrue();
    assertThat(served.overlaps(new RegionCode("35.25"))).isFalse();
  }

  @Test
  void a_malformed_served_code_stops_the_start() {
    assertThatThrownBy(() -> new ServedRegions(List.of("Lamongan")))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
