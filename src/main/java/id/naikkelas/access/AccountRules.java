package id.naikkelas.access;

import id.naikkelas.platform.FieldProblem;
import id.naikkelas.region.Regions;
import id.naikkelas.region.ScopeCheck;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.springframework.stereotype.Component;

/** The field rules of an account: username, name, role and region scope, first password. */
@Component
class AccountRules {

  private static final Pattern USERNAME = Pattern.compile(AccountFields.USERNAME);
  private static final int MAX_NAME = AccountFields.FULL_NAME_MAX;

  private final PasswordPolicy policy;
  private final Regions regions;

  AccountRules(PasswordPolicy policy, Regions regions) {
    this.policy = policy;
    this.regions = regions;
  }

  /** What every new account must satisfy: username format, a name, the password rules. */
  List<FieldProblem> checkNew(String username, String password, String fullName) {
    List<FieldProblem> problems = new ArrayList<>();
    if (!USERNAME.matcher(username).matches()) {
      problems.add(new FieldProblem("username", "account.username.format"));
    }
    checkName(fullName, problems);
    problems.addAll(policy.check("password", password, username));
    return problems;
  }

  static void checkName(String fullName, List<FieldProblem> problems) {
    if (fullName == null || fullName.isBlank()) {
      problems.add(new FieldProblem("fullName", "account.fullName.required"));
    } else if (fullName.strip().length() > MAX_NAME) {
      problems.add(new FieldProblem("fullName", "account.fullName.tooLong", MAX_NAME));
    }
  }

  /**
   * The one rule for people's names (NameText) on a name an administrator types; an owner's own
   * account takes the owner's name, which the registry checks under the same rule.
   */
  static void checkNameText(String fullName, List<FieldProblem> problems) {
    if (fullName != null) {
      id.naikkelas.platform.NameText.problem(fullName, "fullName").ifPresent(problems::add);
    }
  }

  void checkRoleAndScope(Role role, String scope, List<FieldProblem> problems) {
    if (role == null) {
      problems.add(new FieldProblem("role", "account.role.required"));
      return;
    }
    if (!role.needsScope()) {
      return;
    }
    if (scope == null || scope.isBlank()) {
      problems.add(new FieldProblem("scope", "account.scope.required"));
      return;
    }
    ScopeCheck check = regions.checkScope(scope);
    switch (check) {
      case VALID -> {}
      case MALFORMED -> problems.add(new FieldProblem("scope", "account.scope.malformed", scope));
      case UNKNOWN -> problems.add(new FieldProblem("scope", "account.scope.unknown", scope));
      case NOT_SERVED -> problems.add(new FieldProblem("scope", "account.scope.notServed", scope));
    }
  }

  static String scopeFor(Role role, String scope) {
    return role.needsScope() ? scope.strip() : null;
  }
}
