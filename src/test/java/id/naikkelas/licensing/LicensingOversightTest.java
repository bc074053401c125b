package id.naikkelas.licensing;

import static id.naikkelas.licensing.LicensingFixture.SUKODADI;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import id.naikkelas.IntegrationTest;
import id.naikkelas.notification.Notifications;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Permits about to expire: the officers' list, the owner's reminder, the renewal; the report. */
@IntegrationTest
class LicensingOversightTest {

  private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Jakarta"));

  @Autowired LicensingFixture fx;
  @Autowired ExpiryReminders reminders;
  @Autowired Notifications notifications;

  private long issuedPirt(String officer, long business, LocalDate expires) throws Exception {
    long product = fx.product(officer, business, "Rengginang");
    long id =
        fx.id(
            fx.call(
                post("/api/v1/licensing-requests"),
                officer,
                Map.of("businessId", business, "kind", "PIRT", "productIds", List.of(product))));
    String path = "/api/v1/licensing-requests/" + id + "/stages/";
    String day = TODAY.toString();
    fx.call(post(path + "DOCUMENTS_CHECKED"), officer, Map.of("completedOn", day));
    fx.call(post(path + "PKP_TRAINING"), officer, Map.of("completedOn", day, "reference", "PKP-1"));
    fx.call(post(path + "SITE_INSPECTION"), officer, Map.of("completedOn", day, "result", "PASS"));
    fx.call(
        post(path + "OSS_SUBMITTED"), officer, Map.of("completedOn", day, "reference", "OSS-1"));
    String yy = String.format("%02d", expires.getYear() % 100);
    fx.call(
            post(path + "ISSUED"),
            officer,
            Map.of(
                "completedOn",
                day,
                "number",
                "3063524010042" + yy,
                "issuedOn",
                day,
                "expiresOn",
                expires.toString()))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.request.status").value("ISSUED"));
    return id;
  }

  @Test
  void a_pirt_ending_in_three_months_is_listed_reminded_once_and_renewed() throws Exception {
    String officer = fx.officer("35.24");
    long business = fx.business(SUKODADI);
    long id = issuedPirt(officer, business, TODAY.plusMonths(3));

    fx.call(get("/api/v1/licensing/expiring?within=P6M"), officer, null)
        .andExpect(status().isOk())
        .andExpect(jsonPath("$[?(@.requestId == " + id + ")].renewable").value(true))
        .andExpect(jsonPath("$[?(@.requestId == " + id + ")].expired").value(false));
    fx.call(get("/api/v1/licensing/expiring?within=P1M"), officer, null)
        .andExpect(jsonPath("$[*].requestId", not(hasItem((int) id))));
    fx.call(get("/api/v1/licensing/expiring?within=soon"), officer, null)
        .andExpect(status().isUnprocessableContent())
        .andExpect(jsonPath("$.errors[0].field").value("within"));
    fx.call(get("/api/v1/licensing/expiring"), fx.officer("35.08"), null)
        .andExpect(jsonPath("$[*].requestId", not(hasItem((int) id))));

    reminders.remind();
    reminders.remind();
    assertThat(notifications.about("licensing.expiry", id))
        .singleElement()
        .satisfies(m -> assertThat(m.body()).contains("3063524010042"));

    long renewal =
        fx.id(
            fx.call(
                    post("/api/v1/licensing-requests"),
                    officer,
                    Map.of(
                        "businessId",
                        business,
                        "kind",
                        "PIRT",
                        "productIds",
                        fx.productsOf(id),
                        "renewalOf",
                        id))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.renewalOf").value(id)));
    fx.call(get("/api/v1/licensing/expiring?within=P6M"), officer, null)
        .andExpect(
            jsonPath("$[?(@.requestId == " + id + ")].renewalRequestId").value((int) renewal));
  }

  @Test
  void a_permit_outside_its_renewal_window_is_not_renewed() throws Exception {
    String officer = fx.officer("35.24");
    long business = fx.business(SUKODADI);
    long id = issuedPirt(officer, business, TODAY.plusYears(4));
    fx.call(
            post("/api/v1/licensing-requests"),
            officer,
            Map.of(
                "businessId",
                business,
                "kind",
                "PIRT",
                "productIds",
                fx.productsOf(id),
                "renewalOf",
                id))
        .andExpect(status().isUnprocessableContent())
        .andExpect(jsonPath("$.errors[0].field").value("renewalOf"));
  }

  @Test
  void the_report_counts_the_years_requests_by_kind_and_district() throws Exception {
    String officer = fx.officer("35.24");
    issuedPirt(officer, fx.business(SUKODADI), TODAY.plusYears(5).minusDays(1));
    fx.call(get("/api/v1/licensing/report?year=" + TODAY.getYear()), officer, null)
        .andExpect(status().isOk())
        .andExpect(
            jsonPath("$[?(@.kind == 'PIRT' && @.districtCode == '35.24.17')].issued")
                .value(org.hamcrest.Matchers.everyItem(org.hamcrest.Matchers.greaterThan(0))))
        .andExpect(
            jsonPath("$[?(@.kind == 'PIRT' && @.districtCode == '35.24.17')].medianDaysToIssue")
                .value(hasItem(0.0)));
    fx.call(get("/api/v1/licensing/report?year=1999"), officer, null)
        .andExpect(status().isUnprocessableContent())
        .andExpect(jsonPath("$.errors[0].field").value("year"));
  }
}
