package id.naikkelas.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import id.naikkelas.IntegrationTest;
import id.naikkelas.access.AccountFixture;
import id.naikkelas.access.Actor;
import id.naikkelas.access.Role;
import id.naikkelas.registry.BusinessDraftFixture;
import id.naikkelas.registry.duplicates.Duplicates;
import id.naikkelas.registry.importing.BusinessImports;
import id.naikkelas.registry.importing.ImportStatus;
import id.naikkelas.registry.importing.SheetFiles;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The registry's flows in real Chromium: an officer merges a pair of likely duplicates, and a new
 * owner registers at /daftar through to the page that says the registration was received. Skipped
 * outside CI when Chromium is missing, like {@link BrowserTest}.
 */
@IntegrationTest
class RegistryBrowserTest extends ChromiumPages {

  @Autowired AccountFixture accounts;
  @Autowired BusinessImports imports;
  @Autowired Duplicates duplicates;
  @Autowired JdbcClient jdbc;

  @Test
  void an_officer_merges_a_pair_of_likely_duplicates(@TempDir Path dir) throws Exception {
    // a district of its own, so that no other test's pairs come before this one in the queue
    String village =
        jdbc.sql("select min(code) from region where code like '35.24.04.%' and level = 'VILLAGE'")
            .query(String.class)
            .single();
    String scope = village.substring(0, 8);
    String officer = accounts.open(Role.OFFICER, scope);
    String tag = "D" + System.nanoTime() % 100_000;
    String kept = "Kerupuk Udang Bu Yati " + tag;
    String[] first = SheetFiles.with(SheetFiles.row(village), "Nama Usaha", kept);
    String[] second =
        SheetFiles.with(SheetFiles.row(village), "Nama Usaha", "Krupuk Udang Bu Yati " + tag);
    Path csv = dir.resolve("dups.csv");
    Files.write(csv, SheetFiles.csv(';', List.of(first, second)));
    Actor by = new Actor(0, officer, officer, Role.OFFICER, scope);
    ImportStatus status = imports.runNow(by, csv, false);
    assertThat(duplicates.flagImport(status.id(), scope)).isPositive();

    signIn(officer, AccountFixture.PASSWORD);
    page.navigate(url("/registry/duplicates"));
    Locator pair = page.locator(".duplicate-pair", new Page.LocatorOptions().setHasText(tag));
    assertThat(pair).hasCount(1);
    pair.locator(".col-md-6", new Locator.LocatorOptions().setHasText(kept))
        .locator("button[type=submit]")
        .click();
    assertThat(page.locator("#decided")).hasText("Data sudah digabungkan.");
    assertThat(page.locator(".duplicate-pair", new Page.LocatorOptions().setHasText(tag)))
        .hasCount(0);
    assertThat(
            jdbc.sql(
                    "select count(*) from business where name like ? and status = 'INACTIVE'"
                        + " and merged_into is not null")
                .param("%" + tag)
                .query(Long.class)
                .single())
        .isEqualTo(1);
    assertThat(consoleErrors).as("console errors, e.g. CSP violations").isEmpty();
  }

  @Test
  void a_new_owner_registers_and_sees_that_the_registration_was_received() {
    String village = "35.24.17.2007";
    String username = "pemilik" + System.nanoTime() % 1_000_000;
    page.navigate(url("/daftar"));
    page.locator("#username").fill(username);
    page.locator("#password").fill("Keripik#Tempe2026");
    page.locator("#confirmPassword").fill("Keripik#Tempe2026");
    page.locator("#nik").fill("3524");
    page.locator("#ownerName").fill("Sri Wahyuni");
    page.locator("#phone").fill("0812 3456 " + "%04d".formatted(System.nanoTime() % 10_000));
    page.locator("#businessName").fill("Keripik Tempe Bu Sri " + username);
    page.locator("#kbliCodes").fill("10794");
    page.locator("#villageCode").fill(village);
    page.locator("input[name=processingConsent][type=checkbox]").check();
    page.locator("#register").click();
    // a mistake first: the error summary links to the field
    assertThat(page.locator(".error-summary a[href='#nik']")).isVisible();

    page.locator("#nik").fill(BusinessDraftFixture.nik(village));
    page.locator("#password").fill("Keripik#Tempe2026");
    page.locator("#confirmPassword").fill("Keripik#Tempe2026");
    if (!page.locator("input[name=processingConsent][type=checkbox]").isChecked()) {
      page.locator("input[name=processingConsent][type=checkbox]").check();
    }
    page.locator("#register").click();
    assertThat(page).hasURL(url("/login?registered"));
    assertThat(page.locator("#registered")).isVisible();
    assertThat(
            jdbc.sql("select count(*) from business where name = ? and status = 'DRAFT'")
                .param("Keripik Tempe Bu Sri " + username)
                .query(Long.class)
                .single())
        .isEqualTo(1);
    assertThat(consoleErrors).as("console errors, e.g. CSP violations").isEmpty();
  }
}
