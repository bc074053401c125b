package id.naikkelas.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import id.naikkelas.IntegrationTest;
import id.naikkelas.access.AccountFixture;
import id.naikkelas.access.Actor;
import id.naikkelas.access.Role;
import id.naikkelas.registry.BusinessDraftFixture;
import id.naikkelas.registry.BusinessSource;
import id.naikkelas.registry.Registry;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The export ledger in real Chromium: an officer at a desk opens an exporter, records a monitoring
 * visit with an obstacle and a follow-up action and sees it in the exporter's history, records a
 * shipment (a wrong value first, named beside its field), verifies it, and sees the district's
 * total for the year grow by its rupiah value.
 */
@IntegrationTest
class ExportBrowserTest extends ChromiumPages {

  // a district of its own so that the total is this test's alone
  private static final String DISTRICT = "35.24.25";
  private static final Actor ROOT = new Actor(0, "test", "test", Role.OFFICER, "35");

  @Autowired AccountFixture accounts;
  @Autowired Registry registry;

  @Test
  void an_officer_records_a_visit_and_a_shipment_and_sees_the_regency_total_change() {
    long business =
        registry
            .register(ROOT, BusinessDraftFixture.draft(DISTRICT + ".2001"), BusinessSource.FORM)
            .id();
    String officer = accounts.open(Role.OFFICER, "35.24");
    BrowserContext desk = otherContext(1280, 900);
    Page p = desk.newPage();
    p.onDialog(d -> d.accept());
    p.navigate(url("/login"));
    p.locator("#username").fill(officer);
    p.locator("#password").fill(AccountFixture.PASSWORD);
    p.locator("main button[type=submit]").click();
    assertThat(p).hasURL(url("/home"));

    String totals = "/ekspor?year=2024&by=COUNTRY&region=" + DISTRICT;
    p.navigate(url(totals));
    assertThat(p.locator("#totals-empty")).isVisible();

    // a monitoring visit first: a logistics obstacle and an action with its owner and due date
    p.navigate(url("/export/exporters/" + business));
    assertThat(p.locator("#visits-empty")).isVisible();
    p.locator("#exporter-visit").click();
    String today = LocalDate.now(ZoneId.of("Asia/Jakarta")).toString();
    p.locator("#visitedOn").fill(today);
    p.locator("#visitors").fill("Seksi Ekspor Disperindag");
    p.locator("#findings").fill("Pesanan dari Australia naik; kontainer sulit didapat.");
    p.locator("[id='obstacles[1].category']").check();
    p.locator("[id='actions[0].description']").fill("Hubungkan dengan forwarder Surabaya");
    p.locator("[id='actions[0].owner']").fill("Seksi Ekspor");
    p.locator("[id='actions[0].dueOn']").fill(LocalDate.parse(today).plusDays(14).toString());
    p.locator("#record-visit").click();
    assertThat(p).hasURL(Pattern.compile(".*/export/exporters/" + business + ".*"));
    assertThat(p.locator("#visit-history")).containsText("Seksi Ekspor Disperindag");
    assertThat(p.locator("#visit-history")).containsText("Hubungkan dengan forwarder Surabaya");

    p.locator("#exporter-record").click();
    p.locator("#shippedOn").fill("2024-08-15");
    p.locator("#hsCode").fill("6205.20");
    p.locator("#commodity").fill("Kemeja batik katun");
    p.locator("#destinationCountry").selectOption("AU");
    p.locator("#value").fill("nol");
    p.locator("#currency").fill("AUD");
    p.locator("#save-shipment").click();
    assertThat(p.locator(".error-summary")).containsText("Tulis angka");
    assertThat(p.locator("#commodity")).hasValue("Kemeja batik katun");
    p.locator("#value").fill("8.000");
    p.locator("#rateToIdr").fill("10.250,50");
    p.locator("#rateDate").fill("2024-08-14");
    p.locator("#save-shipment").click();
    assertThat(p.locator("#done")).isVisible();
    assertThat(p.locator("#value-idr")).hasText("Rp82.004.000");
    assertThat(p.locator("#origin-rule")).containsText("AANZ");
    p.locator("#verify").click();
    assertThat(p.locator("#state")).hasText("Diverifikasi");

    p.navigate(url(totals));
    assertThat(p.locator("#total-value")).hasText("Rp82.004.000");
    assertThat(p.locator("#total-verified")).hasText("Rp82.004.000");
    assertThat(p.locator("#totals tr[data-key=AU]")).containsText("Australia");
    p.locator("#totals tr[data-key=AU] a").first().click();
    assertThat(p.locator("#shipments")).containsText("Kemeja batik katun");
    desk.close();
    assertThat(consoleErrors).as("console errors, e.g. CSP violations").isEmpty();
  }
}
