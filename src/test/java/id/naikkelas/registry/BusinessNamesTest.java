package id.naikkelas.registry;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class BusinessNamesTest {

  @Test
  void business_names_compare_without_case_punctuation_or_extra_spaces() {
    assertThat(BusinessNames.key("Keripik  Tempe 'Bu Sri'!"))
        .isEqualTo(BusinessNames.key("keripik tempe bu sri"));
  }
}
