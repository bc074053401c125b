package id.naikkelas.registry.kbli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class KbliStarterListTest {

  @Test
  void the_shipped_file_holds_the_1789_codes_of_kbli_2020_in_its_88_divisions() {
    List<KbliReference.Entry> entries = KbliStarterList.entries();
    assertThat(entries).hasSize(1_789);
    assertThat(entries).allSatisfy(e -> assertThat(e.version()).isEqualTo(2020));
    assertThat(entries.stream().map(e -> e.code().substring(0, 2)).collect(Collectors.toSet()))
        .isEqualTo(KbliReference.DIVISIONS_2020);
    assertThat(entries)
        .contains(
            new KbliReference.Entry(2020, "01111", "Pertanian Jagung"),
            new KbliReference.Entry(
                2020, "10794", "Industri Kerupuk, Keripik, Peyek Dan Sejenisnya"));
    assertThat(entries).extracting(KbliReference.Entry::code).doesNotContain("61925", "74100");
  }
}
