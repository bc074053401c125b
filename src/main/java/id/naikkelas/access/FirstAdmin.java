package id.naikkelas.access;

import id.naikkelas.platform.FieldProblem;
import id.naikkelas.platform.InvalidInputException;
import id.naikkelas.region.Regions;
import java.security.SecureRandom;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Opens the account {@code admin} at the first start, scoped to the whole deployment, with the
 * password from {@code NAIKKELAS_ADMIN_PASSWORD} or a generated one printed once to the log.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class FirstAdmin implements ApplicationRunner {

  static final String USERNAME = "admin";
  private static final Logger log = LoggerFactory.getLogger(FirstAdmin.class);
  private static final String UPPER = "ABCDEFGHJKLMNPQRSTUVWXYZ";
  private static final String LOWER = "abcdefghijkmnopqrstuvwxyz";
  private static final String DIGITS = "23456789";
  private static final String SYMBOLS = "#%+=!?@";

  private final Accounts accounts;
  private final Regions regions;
  private final SecuritySettings settings;

  FirstAdmin(Accounts accounts, Regions regions, SecuritySettings settings) {
    this.accounts = accounts;
    this.regions = regions;
    this.settings = settings;
  }

  @Override
  public void run(ApplicationArguments args) {
    if (accounts.exists(USERNAME)) {
      return;
    }
    boolean given = settings.adminPassword() != null && !settings.adminPassword().isBlank();
    String password = given ? settings.adminPassword() : generate();
    String root = regions.deploymentRoot();
    Actor bootstrap = new Actor(0, "system", "system", Role.ADMIN, root);
    try {
      accounts.create(
          bootstrap, new NewAccount(USERNAME, password, "Administrator", Role.ADMIN, root));
    } catch (InvalidInputException e) {
      throw new IllegalStateException(
          "NAIKKELAS_ADMIN_PASSWORD breaks the password rules ("
              + e.problems().stream().map(FieldProblem::messageKey).toList()
              + "): use at least 12 characters with upper and lower case, digits and symbols,"
              + " not containing 'admin'",
          e);
    }
    if (given) {
      log.info("Created the first administrator '{}' with NAIKKELAS_ADMIN_PASSWORD", USERNAME);
    } else {
      log.warn(
          """

          ================================================================
           First start: administrator account created
             username: {}
             password: {}
           This password is shown only this once. Sign in and change it.
          ================================================================""",
          USERNAME,
          password);
    }
  }

  static String generate() {
    SecureRandom random = new SecureRandom();
    String all = UPPER + LOWER + DIGITS + SYMBOLS;
    StringBuilder password = new StringBuilder();
    for (String required : new String[] {UPPER, LOWER, DIGITS, SYMBOLS}) {
      password.append(required.charAt(random.nextInt(required.length())));
    }
    while (password.length() < 20) {
      password.append(all.charAt(random.nextInt(all.length())));
    }
    for (int i = password.length() - 1; i > 0; i--) {
      int j = random.nextInt(i + 1);
      char c = password.charAt(i);
      password.setCharAt(i, password.charAt(j));
      password.setCharAt(j, c);
    }
    return password.toString();
  }
}
