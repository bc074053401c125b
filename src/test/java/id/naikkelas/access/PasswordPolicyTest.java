package id.naikkelas.access;

import static org.assertj.core.api.Assertions.assertThat;

import id.naikkelas.platform.FieldProblem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PasswordPolicyTest {

  private final PasswordPolicy policy = new PasswordPolicy();

  @Test
  void a_long_password_with_every_class_passes() {
    assertThat(policy.check("password", "Kuat#Sekali2026", "siti")).isEmpty();
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource({
    "Ab1#short, password.tooShort",
    "alllowercase#2026, password.classes",
    "ALLUPPERCASE#2026, password.classes",
    "NoDigitsHere#abc, password.classes",
    "NoSymbols2026abc, password.classes",
    "Siti#Password2026, password.containsUsername",
  })
  void weak_passwords_are_refused_with_the_reason(String password, String key) {
    assertThat(policy.check("password", password, "siti"))
        .extracting(FieldProblem::messageKey)
        .contains(key);
  }

  @Test
  void an_empty_password_is_required() {
    assertThat(policy.check("password", "", "siti"))
        .extracting(FieldProblem::messageKey)
        .containsExactly("password.required");
  }

  @Test
  void the_problem_names_the_field() {
    assertThat(policy.check("newPassword", "x", "siti"))
        .allMatch(p -> p.field().equals("newPassword"));
  }
}
