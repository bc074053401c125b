package id.naikkelas.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import id.naikkelas.IntegrationTest;
import id.naikkelas.access.AccountFixture;
import id.naikkelas.access.Actor;
import id.naikkelas.access.Role;
import id.naikkelas.catalogue.ProductDraft;
import id.naikkelas.catalogue.Products;
import id.naikkelas.platform.PersonalDataCipher;
import id.naikkelas.registry.BusinessDraftFixture;
import id.naikkelas.registry.BusinessSource;
import id.naikkelas.registry.Registry;
import id.naikkelas.registry.importing.SheetFiles;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Real Chromium against the running application, through the shared {@link ChromiumPages} harness:
 * outside CI the test is skipped when Debian's Chromium is missing; in CI (CI=true) a missing
 * browser fails the build.
 */
@IntegrationTest
class BrowserTest extends ChromiumPages {

  @Autowired AccountFixture fixture;
  @Autowired JdbcClient jdbc;
  @Autowired PersonalDataCipher cipher;
  @Autowired Registry registry;
  @Autowired Products products;

  @Test
  void admin_creates_a_district_officer_who_then_sees_the_district_villages() {
    String officer = "petugas.sukodadi" + System.nanoTime() % 100_000;
    signIn("admin", AccountFixture.ADMIN_PASSWORD);
    assertThat(page.locator("#me-role")).hasText("Admin dinas");

    page.navigate(url("/admin/accounts"));
    page.locator("#new-account").click();

    // A weak password and a made-up scope: the error summary links to both fields.
    page.locator("#username").fill(officer);
    page.locator("#fullName").fill("Siti Aminah");
    page.locator("#role").selectOption("OFFICER");
    page.locator("#scope").fill("35.24.99");
    page.locator("#password").fill("lemah");
    page.locator("#save").click();
    assertThat(page.locator(".error-summary")).isVisible();
    assertThat(page.locator(".error-summary a[href='#scope']")).containsText("35.24.99");
    assertThat(page.locator(".error-summary a[href='#password']").first()).isVisible();

    page.locator("#scope").fill("35.24.17");
    page.locator("#password").fill("Sukodadi#Aman2026");
    page.locator("#save").click();
    assertThat(page.locator("#saved")).containsText(officer);

    page.locator("form[action='/logout'] button").click();
    assertThat(page).hasURL(url("/login?loggedOut"));

    signIn(officer, "Sukodadi#Aman2026");
    assertThat(page.locator("#me-username")).hasText(officer);
    assertThat(page.locator("#me-scope")).containsText("Sukodadi");
    assertThat(page.locator("#scope-children li")).hasCount(20);
    assertThat(page.locator("#scope-children")).containsText("Siwalanrejo");
    assertThat(page.locator("#scope-children")).containsText("Sugihrejo");

    assertThat(consoleErrors).as("console errors, e.g. CSP violations").isEmpty();

    // An officer is not an administrator.
    page.navigate(url("/admin/accounts"));
    assertThat(page.locator("h1")).hasText("Akses ditolak");
  }

  @Test
  void region_search_updates_in_place_with_htmx_under_the_content_security_policy() {
    page.navigate(url("/regions"));
    page.locator("#q")
        .pressSequentially("Sukodadi", new Locator.PressSequentiallyOptions().setDelay(30));
    assertThat(page.locator("#search-results")).containsText("35.24.17");
    assertThat(page).hasURL(Pattern.compile(".*/regions/search\\?q=Sukodadi.*"));
    page.locator("#search-results a", new Page.LocatorOptions().setHasText("Sukodadi"))
        .first()
        .click();
    assertThat(page.locator("h1")).hasText("Sukodadi");
    assertThat(consoleErrors).as("console errors, e.g. CSP violations").isEmpty();
  }

  @Test
  void an_officer_imports_a_csv_and_watches_it_finish(@TempDir Path dir) throws Exception {
    String officer = fixture.open(Role.OFFICER, "35.24.17");
    List<String[]> rows = new ArrayList<>();
    for (int i = 0; i < 30; i++) {
      rows.add(SheetFiles.row("35.24.17.2007"));
    }
    rows.add(SheetFiles.with(SheetFiles.row("35.24.17.2007"), "NIK", "123"));
    Path csv = dir.resolve("umkm-sukodadi.csv");
    Files.write(csv, SheetFiles.csv(';', rows));

    signIn(officer, AccountFixture.PASSWORD);
    page.navigate(url("/registry"));
    page.locator("#import").click();
    page.locator("#file").setInputFiles(csv);
    page.locator("#start-import").click();
    assertThat(page.locator("#job-status"))
        .hasText("Selesai", new LocatorAssertions.HasTextOptions().setTimeout(30_000));
    assertThat(page.locator("#count-imported")).hasText("30");
    assertThat(page.locator("#count-rejected")).hasText("1");
    assertThat(page.locator("#problems")).containsText("NIK harus 16 digit");
    assertThat(page.locator("#problems")).containsText("32");
    assertThat(consoleErrors).as("console errors, e.g. CSP violations").isEmpty();
  }

  @Test
  void a_candidate_registers_for_an_event_and_an_officer_checks_them_in_from_a_phone() {
    String officer = fixture.open(Role.OFFICER, "35.24.17");
    signIn(officer, AccountFixture.PASSWORD);
    page.navigate(url("/training/events/new"));
    String title = "Pelatihan Pengemasan Produk " + System.nanoTime() % 10_000;
    page.locator("#title").fill(title);
    page.locator("#quota").fill("1");
    page.locator("#registrationOpens").fill("2026-01-01T08:00");
    page.locator("#registrationCloses").fill("2099-01-01T08:00");
    page.locator("#startsOn").fill("2026-12-20");
    page.locator("#place").fill("Balai Desa Sukodadi");
    page.locator("#organiser").fill("Dinas Koperasi dan Usaha Mikro");
    page.locator("#save-event").click();
    assertThat(page.locator("#quota")).hasText("1");
    String eventPath = page.url().substring(page.url().indexOf("/training/events/"));
    String publicPath = eventPath.replace("/training/events/", "/acara/");

    // a candidate on another phone: a mistake first, then a place and a ticket with its QR code
    BrowserContext phone = otherContext(360, 740);
    Page candidate = phone.newPage();
    candidate.navigate(url(publicPath));
    candidate.locator("#nik").fill("3524");
    candidate.locator("#register").click();
    assertThat(candidate.locator(".error-summary a[href='#nik']")).isVisible();
    candidate.locator("#nik").fill(BusinessDraftFixture.nik("35.24.17.2007"));
    candidate.locator("#name").fill("Lilik Handayani");
    candidate.locator("#phone").fill("0857 1234 5678");
    candidate.locator("#villageCode").fill("35.24.17.2007");
    candidate.locator("#register").click();
    // the place is held until the candidate confirms with the code sent to the phone given
    assertThat(candidate.locator("#check-your-phone")).isVisible();
    String confirmation =
        cipher.decrypt(
            jdbc.sql(
                    "select r.confirm_cipher from training_registration r join training_event e"
                        + " on e.id = r.event_id where r.status = 'PENDING' and e.title = ?")
                .param(title)
                .query(String.class)
                .single());
    candidate.locator("#code").fill(confirmation);
    candidate.locator("#confirm").click();
    assertThat(candidate.locator("#ticket-status")).hasText("Dapat tempat");
    assertThat(candidate.locator("#qr")).isVisible();
    // the QR image really loads (same origin, allowed by the content security policy)
    candidate.waitForFunction(
        "() => { const i = document.getElementById('qr'); return i.complete && i.naturalWidth > 100; }");
    String code = candidate.locator("#ticket-code").textContent().strip();
    phone.close();

    // the officer types the code on the check-in page; htmx shows the result in place
    page.navigate(url(eventPath + "/check-in"));
    page.locator("#code").fill(code.toLowerCase());
    page.locator("#check-in-submit").click();
    assertThat(page.locator("#checked-in")).containsText("Lilik Handayani");
    assertThat(page.locator("#code")).hasValue("");
    assertThat(page).hasURL(Pattern.compile(".*/check-in$"));
    page.navigate(url(eventPath));
    assertThat(page.locator("#registrations")).containsText("1/1");
    assertThat(consoleErrors).as("console errors, e.g. CSP violations").isEmpty();
  }

  @Test
  void a_buyer_searches_the_catalogue_with_a_typo_filters_by_facet_and_asks_the_seller() {
    var sukodadi = new Actor(0, "test", "test", Role.OFFICER, "35.24.17");
    long business =
        registry
            .register(sukodadi, BusinessDraftFixture.draft("35.24.17.2007"), BusinessSource.FORM)
            .id();
    registry.verify(sukodadi, business);
    String tag = "b" + System.nanoTime() % 100_000;
    long product =
        products.create(
            sukodadi,
            new ProductDraft(
                business,
                "Keripik Belut " + tag,
                "<p>Gurih</p>",
                id.naikkelas.catalogue.Category.FOOD_DRINK,
                new java.math.BigDecimal("18000"),
                null,
                "bungkus",
                1,
                null,
                List.of()));
    products.publish(sukodadi, product);

    page.navigate(url("/katalog"));
    page.locator("#q")
        .pressSequentially(
            "kripik belut " + tag, new Locator.PressSequentiallyOptions().setDelay(20));
    assertThat(page.locator("#products")).containsText("Keripik Belut " + tag);
    assertThat(page).hasURL(Pattern.compile(".*/katalog\\?.*q=kripik.*"));
    // the last keystroke's results are in (a later swap would close the filter again)
    assertThat(page).hasURL(Pattern.compile(".*/katalog\\?.*q=kripik.*" + tag + ".*"));
    page.locator("#filter summary").click(); // a phone: the facets sit behind "Filter"
    page.locator("#facet-category a").first().click();
    assertThat(page.locator("#products")).containsText("Keripik Belut " + tag);
    page.locator("#products a", new Page.LocatorOptions().setHasText("Keripik Belut " + tag))
        .click();
    assertThat(page.locator("h1")).hasText("Keripik Belut " + tag);
    page.locator("#buyerName").fill("Rudi");
    page.locator("#contact").fill("rudi@contoh.id");
    page.locator("#message").fill("Bisa kirim 100 bungkus?");
    page.locator("#send-inquiry").click();
    assertThat(page.locator("#inquiry-status")).hasText("Baru");
    assertThat(consoleErrors).as("console errors, e.g. CSP violations").isEmpty();
  }

  @Test
  void a_wrong_password_is_told_in_the_page_language() {
    page.navigate(url("/login?lang=en"));
    page.locator("#username").fill("admin");
    page.locator("#password").fill("Salah#Sandi2026");
    page.locator("button[type=submit]").last().click();
    assertThat(page.locator("#login-error")).hasText("Wrong username or password.");
  }
}
