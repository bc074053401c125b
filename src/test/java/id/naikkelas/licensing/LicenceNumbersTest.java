package id.naikkelas.licensing;

import static org.assertj.core.api.Assertions.assertThat;

import id.naikkelas.platform.FieldProblem;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SortedSet;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** The number checks of DESIGN.md §7: refused forms name the field; layout hints only warn. */
class LicenceNumbersTest {

  private final List<FieldProblem> problems = new ArrayList<>();
  private final List<FieldProblem> warnings = new ArrayList<>();

  private List<String> keys(List<FieldProblem> list) {
    return list.stream().map(FieldProblem::messageKey).toList();
  }

  @Test
  void a_nib_is_13_digits() {
    assertThat(LicenceNumbers.nib(" 1234567890123 ", "number", problems))
        .isEqualTo("1234567890123");
    assertThat(LicenceNumbers.nib("123456789012", "number", problems)).isNull();
    assertThat(LicenceNumbers.nib("12345678901234", "number", problems)).isNull();
    assertThat(LicenceNumbers.nib("12345678901a3", "number", problems)).isNull();
    assertThat(problems).extracting(FieldProblem::field).containsOnly("number");
    assertThat(problems).hasSize(3);
  }

  @Test
  void a_pirt_number_is_15_digits_typed_bare_or_as_the_label_shows_it() {
    LocalDate expiry = LocalDate.of(2030, 5, 1);
    assertThat(LicenceNumbers.pirt("206352401012330", "35.24", expiry, problems, warnings))
        .isEqualTo("206352401012330");
    assertThat(
            LicenceNumbers.pirt("P-IRT No. 2063524010123-30", "35.24", expiry, problems, warnings))
        .isEqualTo("206352401012330");
    assertThat(problems).isEmpty();
    assertThat(warnings).isEmpty();
    assertThat(LicenceNumbers.pirtShown("206352401012330")).isEqualTo("P-IRT No. 2063524010123-30");
  }

  @Test
  void a_pirt_number_of_another_length_or_packaging_is_refused() {
    assertThat(LicenceNumbers.pirt("20635240101233", "35.24", null, problems, warnings)).isNull();
    assertThat(LicenceNumbers.pirt("2063524010123301", "35.24", null, problems, warnings)).isNull();
    assertThat(LicenceNumbers.pirt("906352401012330", "35.24", null, problems, warnings)).isNull();
    assertThat(LicenceNumbers.pirt("006352401012330", "35.24", null, problems, warnings)).isNull();
    assertThat(keys(problems))
        .containsExactly(
            "licensing.number.pirt",
            "licensing.number.pirt",
            "licensing.number.pirtPackaging",
            "licensing.number.pirtPackaging");
  }

  @Test
  void another_regency_or_expiry_year_in_a_pirt_number_only_warns() {
    String n =
        LicenceNumbers.pirt(
            "206350801012329", "35.24", LocalDate.of(2030, 5, 1), problems, warnings);
    assertThat(n).isEqualTo("206350801012329");
    assertThat(problems).isEmpty();
    assertThat(keys(warnings))
        .containsExactly("licensing.number.pirtRegency", "licensing.number.pirtYear");
  }

  @Test
  void a_halal_number_is_id_and_17_digits_and_another_province_only_warns() {
    assertThat(LicenceNumbers.halal("ID35110000123450924", "35", problems, warnings))
        .isEqualTo("ID35110000123450924");
    assertThat(LicenceNumbers.halal("id 35110000123450924", "35", problems, warnings))
        .isEqualTo("ID35110000123450924");
    assertThat(warnings).isEmpty();
    assertThat(LicenceNumbers.halal("ID32110000123450924", "35", problems, warnings)).isNotNull();
    assertThat(keys(warnings)).containsExactly("licensing.number.halalProvince");
    assertThat(LicenceNumbers.halal("35110000123450924", "35", problems, warnings)).isNull();
    assertThat(LicenceNumbers.halal("ID3511000012345092", "35", problems, warnings)).isNull();
    assertThat(keys(problems)).containsOnly("licensing.number.halal").hasSize(2);
  }

  @Test
  void an_application_number_letter_agrees_with_the_classes() {
    SortedSet<Integer> goods = new TreeSet<>(List.of(29, 30));
    SortedSet<Integer> services = new TreeSet<>(List.of(43));
    LocalDate filed = LocalDate.of(2022, 8, 3);
    assertThat(LicenceNumbers.application("DID2022082321", goods, filed, problems, warnings))
        .isEqualTo("DID2022082321");
    assertThat(LicenceNumbers.application("jid2022082321", services, filed, problems, warnings))
        .isEqualTo("JID2022082321");
    assertThat(problems).isEmpty();
    assertThat(LicenceNumbers.application("JID2022082321", goods, filed, problems, warnings))
        .isNull();
    assertThat(LicenceNumbers.application("DID2022082321", services, filed, problems, warnings))
        .isNull();
    assertThat(LicenceNumbers.application("XID2022082321", goods, filed, problems, warnings))
        .isNull();
    assertThat(LicenceNumbers.application("DID202208232", goods, filed, problems, warnings))
        .isNull();
    assertThat(keys(problems))
        .containsExactly(
            "licensing.number.applicationServices",
            "licensing.number.applicationGoods",
            "licensing.number.application",
            "licensing.number.application");
    assertThat(problems).extracting(FieldProblem::field).containsOnly("reference");
  }

  @Test
  void an_application_year_other_than_the_filing_year_only_warns() {
    SortedSet<Integer> goods = new TreeSet<>(List.of(25));
    assertThat(
            LicenceNumbers.application(
                "DID2021082321", goods, LocalDate.of(2022, 1, 5), problems, warnings))
        .isNotNull();
    assertThat(keys(warnings)).containsExactly("licensing.number.applicationYear");
  }

  @Test
  void a_registration_number_is_idm_and_9_digits() {
    assertThat(LicenceNumbers.registration("IDM000123456", problems)).isEqualTo("IDM000123456");
    assertThat(LicenceNumbers.registration("IDM00012345", problems)).isNull();
    assertThat(LicenceNumbers.registration("ID000123456", problems)).isNull();
    assertThat(problems).hasSize(2);
  }

  @Test
  void nice_classes_are_1_to_45_and_goods_or_services_not_both() {
    assertThat(NiceClasses.check(List.of(30, 29, 30), problems)).containsExactly(29, 30);
    assertThat(problems).isEmpty();
    assertThat(NiceClasses.check(List.of(), problems)).isEmpty();
    assertThat(NiceClasses.check(List.of(0), problems)).isEmpty();
    assertThat(NiceClasses.check(List.of(46), problems)).isEmpty();
    assertThat(NiceClasses.check(List.of(34, 35), problems)).isEmpty();
    assertThat(keys(problems))
        .containsExactly(
            "field.required",
            "licensing.nice.range",
            "licensing.nice.range",
            "licensing.nice.mixed");
  }
}
