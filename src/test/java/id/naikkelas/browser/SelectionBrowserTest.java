package id.naikkelas.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import id.naikkelas.IntegrationTest;
import id.naikkelas.access.AccountFixture;
import id.naikkelas.access.Actor;
import id.naikkelas.access.Role;
import id.naikkelas.registry.BusinessDraftFixture;
import id.naikkelas.training.EventDraft;
import id.naikkelas.training.EventMode;
import id.naikkelas.training.EventType;
import id.naikkelas.training.Events;
import id.naikkelas.training.registration.EventRegistrations;
import id.naikkelas.training.registration.RegistrationRequest;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * An officer runs a selection in the browser: ranks the applicants, adjusts one applicant's points
 * with a reason, confirms, and sees the result; ranking again after confirmation is refused with
 * its message. Skipped like {@link BrowserTest} when Chromium is missing (outside CI).
 */
@IntegrationTest
class SelectionBrowserTest extends ChromiumPages {

  private static final String VILLAGE = "35.24.17.2007";

  @Autowired AccountFixture fixture;
  @Autowired Events events;
  @Autowired EventRegistrations registrations;

  private String officer;
  private long event;
  private final long[] applicants = new long[3];

  /** A selection event of two places, three applicants (equal scores), registration closed. */
  @BeforeEach
  void selectionWithApplicants() {
    officer = fixture.open(Role.OFFICER, "35.24.17");
    Actor by = new Actor(0, officer, officer, Role.OFFICER, "35.24.17");
    event =
        events.create(
            by,
            new EventDraft(
                "Seleksi Pelatihan Pemasaran Digital " + System.nanoTime() % 100_000,
                EventType.TRAINING,
                EventMode.SELECTION,
                2,
                Instant.now().minus(1, ChronoUnit.HOURS),
                Instant.now().plus(2, ChronoUnit.DAYS),
                "35.24.17",
                LocalDate.of(2099, 12, 10),
                LocalDate.of(2099, 12, 11),
                2,
                2,
                "Pendopo Kecamatan Sukodadi",
                null,
                "Dinas Koperasi dan Usaha Mikro Kabupaten Lamongan",
                null,
                null,
                null,
                null,
                List.of(),
                null,
                List.of(),
                Map.of(),
                List.of()));
    for (int i = 0; i < applicants.length; i++) {
      applicants[i] =
          registrations
              .register(
                  event,
                  new RegistrationRequest(
                      BusinessDraftFixture.nik(VILLAGE),
                      "Pendaftar " + (i + 1),
                      "0812%08d".formatted((System.nanoTime() + i) % 100_000_000),
                      VILLAGE,
                      Map.of(),
                      null),
                  "10.0.7." + (i + 1))
              .id();
    }
    events.closeNow(by, event);
  }

  @Test
  void an_officer_ranks_adjusts_confirms_and_cannot_rank_a_confirmed_selection_again() {
    signIn(officer, AccountFixture.PASSWORD);
    page.navigate(url("/training"));
    page.locator("a[href='/training/events/" + event + "']").first().click();
    assertThat(page.locator("#selection-state")).hasText("Pendaftaran");

    page.locator("#rank").click();
    assertThat(page.locator("#done")).hasText("Pendaftar sudah diperingkat.");
    assertThat(page.locator("#selection-state")).hasText("Sudah diperingkat");

    // equal scores rank by arrival; ten points with a reason move the third applicant up
    long third = applicants[2];
    page.locator("form[action$='/registrations/" + third + "/adjustment']")
        .locator("xpath=..")
        .locator("summary")
        .click();
    page.locator("#points-" + third).fill("10");
    page.locator("#reason-" + third).fill("Penyandang disabilitas, prioritas");
    page.locator("form[action$='/registrations/" + third + "/adjustment'] button").click();
    assertThat(page.locator("#done")).hasText("Nilai disesuaikan; peringkat diperbarui.");
    assertThat(page.locator("#registrations tbody tr").first()).containsText("Pendaftar 3");
    assertThat(page.locator("#registrations tbody tr").first()).containsText("(+10");

    page.locator("#confirm-selection").click();
    assertThat(page.locator("#done")).hasText("Hasil seleksi ditetapkan; peserta diberi tahu.");
    assertThat(page.locator("#selection-state")).hasText("Hasil ditetapkan");
    assertThat(page.locator("#confirmed")).hasText("2");
    assertThat(row("Pendaftar 3")).containsText("Dapat tempat");
    assertThat(row("Pendaftar 1")).containsText("Dapat tempat");
    assertThat(row("Pendaftar 2")).containsText("Daftar tunggu");

    // a confirmed selection is final: ranking again is refused, and the page says why
    page.locator("#rank").click();
    assertThat(page.locator("#refused")).containsText("rank");
    assertThat(page.locator("#refused")).containsText("CONFIRMED");
    assertThat(page.locator("#selection-state")).hasText("Hasil ditetapkan");
    assertThat(row("Pendaftar 2")).containsText("Daftar tunggu");
    assertThat(consoleErrors).as("console errors, e.g. CSP violations").isEmpty();
  }

  private com.microsoft.playwright.Locator row(String name) {
    return page.locator("#registrations tbody tr", new Page.LocatorOptions().setHasText(name));
  }
}
