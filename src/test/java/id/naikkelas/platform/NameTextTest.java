package id.naikkelas.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class NameTextTest {

  @ParameterizedTest(name = "U+{0}")
  @ValueSource(
      strings = {
        "0000", "0001", "001B", "007F", "0085", "202A", "202B", "202C", "202D", "202E", "2066",
        "2067", "2068", "2069", "200E", "200F", "061C", "200B", "200C", "200D", "2060", "FEFF",
        "2028", "2029", "D800"
      })
  void invisible_and_control_characters_are_refused_naming_the_field(String hex) {
    String value = "Sri" + (char) Integer.parseInt(hex, 16) + "Wahyuni";
    List<FieldProblem> problems = new ArrayList<>();

    assertThat(NameText.check(value, "ownerName", problems)).isNull();

    assertThat(problems)
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.field()).isEqualTo("ownerName");
              assertThat(p.messageKey()).isEqualTo("field.text.invisible");
            });
  }

  @ParameterizedTest
  @ValueSource(strings = {"<b>Sri</b>", "Toko <script>", "a > b", "<"})
  void markup_signs_are_refused(String value) {
    List<FieldProblem> problems = new ArrayList<>();

    assertThat(NameText.check(value, "businessName", problems)).isNull();

    assertThat(problems).extracting(FieldProblem::messageKey).containsExactly("field.text.markup");
    assertThat(problems).extracting(FieldProblem::field).containsExactly("businessName");
  }

  @Test
  void honest_names_and_addresses_pass_nfc_normalised_with_line_breaks_as_spaces() {
    List<FieldProblem> problems = new ArrayList<>();

    // "e" followed by a combining acute accent becomes the one character é
    assertThat(NameText.check("  Cafe\u0301 D'Java & Co. ", "businessName", problems))
        .isEqualTo("Caf\u00e9 D'Java & Co.");
    assertThat(NameText.check("Jl. Raya 1\r\nRT 02/RW 03\tSukodadi", "address", problems))
        .isEqualTo("Jl. Raya 1 RT 02/RW 03 Sukodadi");
    assertThat(NameText.check("Keripik 🌶 Bu Sri", "businessName", problems))
        .isEqualTo("Keripik 🌶 Bu Sri");
    assertThat(NameText.check(null, "address", problems)).isEmpty();
    assertThat(problems).isEmpty();
    assertThat(NameText.acceptable("Siti Nur'aini")).isTrue();
    assertThat(NameText.acceptable("Siti\u202Einiarun")).isFalse();
  }
}
