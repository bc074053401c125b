package id.naikkelas.access;

import id.naikkelas.platform.FieldProblem;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.springframework.stereotype.Component;

/**
 * Password rules after BSSN Perban 4/2021: at least 12 characters mixing upper case, lower case,
 * digits and symbols, and not containing the username.
 */
@Component
class PasswordPolicy {

  static final int MIN_LENGTH = AccountFields.PASSWORD_MIN;
  static final int MAX_LENGTH = AccountFields.PASSWORD_MAX;

  List<FieldProblem> check(String field, String password, String username) {
    List<FieldProblem> problems = new ArrayList<>();
    if (password == null || password.isEmpty()) {
      problems.add(new FieldProblem(field, "password.required"));
      return problems;
    }
    if (password.length() < MIN_LENGTH) {
      problems.add(new FieldProblem(field, "password.tooShort", MIN_LENGTH));
    }
    if (password.length() > MAX_LENGTH) {
      problems.add(new FieldProblem(field, "password.tooLong", MAX_LENGTH));
    }
    if (password.chars().noneMatch(Character::isUpperCase)
        || password.chars().noneMatch(Character::isLowerCase)
        || password.chars().noneMatch(Character::isDigit)
        || password.chars().allMatch(Character::isLetterOrDigit)) {
      problems.add(new FieldProblem(field, "password.classes"));
    }
    if (username != null
        && username.length() >= 3
        && password.toLowerCase(Locale.ROOT).contains(username.toLowerCase(Locale.ROOT))) {
      problems.add(new FieldProblem(field, "password.containsUsername"));
    }
    return problems;
  }
}
