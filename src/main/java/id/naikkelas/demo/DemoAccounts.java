package id.naikkelas.demo;

import id.naikkelas.access.Accounts;
import id.naikkelas.access.Actor;
import id.naikkelas.access.NewAccount;
import id.naikkelas.access.Role;
import id.naikkelas.region.Regions;
import id.naikkelas.region.ScopeCheck;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Demo only ({@code demo} profile, which {@code ./mvnw spring-boot:run} turns on): officers for
 * Lamongan, one of its districts, and Lumajang, and a province viewer, sharing one known demo
 * password. Never active in a real deployment.
 */
@Component
@Profile("demo")
@Order(Ordered.HIGHEST_PRECEDENCE + 1)
class DemoAccounts implements ApplicationRunner {

  private static final Logger log = LoggerFactory.getLogger(DemoAccounts.class);

  private final Accounts accounts;
  private final Regions regions;
  private final String password;

  DemoAccounts(
      Accounts accounts,
      Regions regions,
      @Value("${naikkelas.demo.password:Demo#NaikKelas2026}") String password) {
    this.accounts = accounts;
    this.regions = regions;
    this.password = password;
  }

  @Override
  public void run(ApplicationArguments args) {
    Actor bootstrap = new Actor(0, "system", "system", Role.ADMIN, regions.deploymentRoot());
    open(bootstrap, "petugas.lamongan", "Petugas Dinas Koperasi Lamongan", Role.OFFICER, "35.24");
    open(bootstrap, "petugas.sukodadi", "Petugas Kecamatan Sukodadi", Role.OFFICER, "35.24.17");
    open(bootstrap, "petugas.lumajang", "Petugas Dinas Koperasi Lumajang", Role.OFFICER, "35.08");
    open(bootstrap, "pemantau.jatim", "Pemantau Provinsi Jawa Timur", Role.VIEWER, "35");
  }

  private void open(Actor by, String username, String name, Role role, String scope) {
    if (!accounts.exists(username) && regions.checkScope(scope) == ScopeCheck.VALID) {
      accounts.create(by, new NewAccount(username, password, name, role, scope));
      log.info("Demo account {} ({}, scope {})", username, role, scope);
    }
  }
}
