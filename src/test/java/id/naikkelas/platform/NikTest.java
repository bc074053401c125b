package id.naikkelas.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NikTest {

  private static final LocalDate TODAY = LocalDate.of(2026, 11, 22);

  @Test
  void a_mans_nik_gives_birth_date_sex_and_district() {
    Nik nik = Nik.parse("3524171208850001", TODAY).nik();
    assertThat(nik.birthDate()).isEqualTo(LocalDate.of(1985, 8, 12));
    assertThat(nik.sex()).isEqualTo(Sex.MALE);
    assertThat(nik.districtCode()).isEqualTo("35.24.17");
    assertThat(nik.masked()).isEqualTo("3524********0001");
  }

  @Test
  void a_womans_day_is_raised_by_forty() {
    Nik nik = Nik.parse("3508015203020007", TODAY).nik();
    assertThat(nik.sex()).isEqualTo(Sex.FEMALE);
    assertThat(nik.birthDate()).isEqualTo(LocalDate.of(2002, 3, 12));
  }

  @Test
  void spaces_and_dots_people_type_are_ignored() {
    assertThat(Nik.parse("3524 1712 0885 0001", TODAY).valid()).isTrue();
  }

  @ParameterizedTest(name = "{0}: {1}")
  @CsvSource({
    "'', REQUIRED",
    "352417120885000, LENGTH",
    "35241712088500011, LENGTH",
    "3.524171208850001E15, LENGTH",
    "35241712O8850001, LENGTH",
    "3524171213850001, MONTH",
    "3524171200850001, MONTH",
    "3524173202850001, DAY",
    "3524177102850001, DAY",
    "3524172902230001, DAY",
    "3524170112260001, DAY",
    "3524171208850000, SERIAL",
  })
  void impossible_niks_are_refused_with_the_reason(String text, Nik.Problem problem) {
    assertThat(Nik.parse(text, TODAY).problem()).isEqualTo(problem);
  }

  @Test
  void the_29th_of_february_exists_in_leap_years() {
    assertThat(Nik.parse("3524172902240001", TODAY).valid()).isTrue();
  }
}
