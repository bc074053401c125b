package id.naikkelas.licensing;

import static id.naikkelas.licensing.LicensingFixture.SUKODADI;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import id.naikkelas.IntegrationTest;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A P-IRT's food-safety training stage points at a certificate of the training module: a valid one
 * is linked, an unknown or revoked one is refused on {@code certificate}, and no other stage takes
 * one. The certificates are written as the training module stores them.
 */
@IntegrationTest
class PkpCertificateTest {

  private static final String TODAY = LocalDate.now(ZoneId.of("Asia/Jakarta")).toString();

  @Autowired LicensingFixture fx;
  @Autowired JdbcClient jdbc;

  /** An issued certificate (revoked when asked) of a finished PKP training; answers its code. */
  private String certificate(boolean revoked) {
    return certificate(revoked, "TRAINING", null);
  }

  private String certificate(boolean revoked, String type, Long business) {
    long n = System.nanoTime();
    Timestamp now = Timestamp.from(Instant.now());
    long event =
        jdbc.sql(
                """
                insert into training_event (title, type, mode, starts_on, ends_on, organiser, quota,
                  registration_opens, registration_closes, region_scope, created_by, created_at)
                values ('Pelatihan PKP', ?, 'FIRST_COME', current_date - 7,
                  current_date - 6, 'Dinas Kesehatan', 30, ?, ?, '35.24', 'test', ?)
                returning id""")
            .params(
                type,
                Timestamp.from(Instant.now().minusSeconds(864_000)),
                Timestamp.from(Instant.now().minusSeconds(691_200)),
                now)
            .query(Long.class)
            .single();
    long registration =
        jdbc.sql(
                """
                insert into training_registration (event_id, arrival, status, nik_cipher, nik_hash,
                  nik_masked, name, village_code, new_entrepreneur, ticket, created_at, business_id)
                values (?, 1, 'CONFIRMED', 'x', ?, '3524********0001', 'Sri Wahyuni', ?, false, ?, ?,
                  ?)
                returning id""")
            .params(event, "h" + n, SUKODADI, "T" + n % 1_000_000_000_000L, now, business)
            .query(Long.class)
            .single();
    StringBuilder code = new StringBuilder("PKP");
    String alphabet = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";
    java.util.Random random = new java.security.SecureRandom();
    while (code.length() < 12) {
      code.append(alphabet.charAt(random.nextInt(alphabet.length())));
    }
    jdbc.sql(
            "insert into training_certificate (code, registration_id, issued_at, issued_by,"
                + " revoked_at, revoked_reason) values (?, ?, ?, 'test', ?, ?)")
        .params(
            code.toString(), registration, now, revoked ? now : null, revoked ? "salah nama" : null)
        .update();
    return code.toString();
  }

  @Test
  void the_pkp_stage_links_a_valid_training_certificate_and_refuses_others() throws Exception {
    String officer = fx.officer("35.24");
    long business = fx.business(SUKODADI);
    long product = fx.product(officer, business, "Kecap Manis");
    String path =
        "/api/v1/licensing-requests/"
            + fx.id(
                fx.call(
                        post("/api/v1/licensing-requests"),
                        officer,
                        Map.of(
                            "businessId", business, "kind", "PIRT", "productIds", List.of(product)))
                    .andExpect(status().isCreated()));
    String valid = certificate(false, "TRAINING", business);
    fx.call(
            post(path + "/stages/DOCUMENTS_CHECKED"),
            officer,
            Map.of("completedOn", TODAY, "certificate", valid))
        .andExpect(status().isUnprocessableContent())
        .andExpect(jsonPath("$.errors[0].field").value("certificate"));
    fx.call(post(path + "/stages/DOCUMENTS_CHECKED"), officer, Map.of("completedOn", TODAY))
        .andExpect(status().isOk());

    fx.call(
            post(path + "/stages/PKP_TRAINING"),
            officer,
            Map.of("completedOn", TODAY, "certificate", "PKP000NOPE"))
        .andExpect(status().isUnprocessableContent())
        .andExpect(jsonPath("$.errors[0].field").value("certificate"));
    fx.call(
            post(path + "/stages/PKP_TRAINING"),
            officer,
            Map.of("completedOn", TODAY, "certificate", certificate(true)))
        .andExpect(status().isUnprocessableContent())
        .andExpect(jsonPath("$.errors[0].field").value("certificate"));
    fx.call(
            post(path + "/stages/PKP_TRAINING"),
            officer,
            Map.of("completedOn", TODAY, "certificate", certificate(false, "STUDY_TRIP", null)))
        .andExpect(status().isUnprocessableContent())
        .andExpect(jsonPath("$.errors[0].field").value("certificate"))
        .andExpect(jsonPath("$.errors[0].message").value(containsString("bukan dari pelatihan")));
    fx.call(
            post(path + "/stages/PKP_TRAINING"),
            officer,
            Map.of(
                "completedOn", TODAY, "certificate", certificate(false, "TRAINING", business + 1)))
        .andExpect(status().isUnprocessableContent())
        .andExpect(jsonPath("$.errors[0].message").value(containsString("usaha lain")));
    fx.call(
            post(path + "/stages/PKP_TRAINING"),
            officer,
            Map.of("completedOn", TODAY, "certificate", valid.toLowerCase()))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.request.history[1].certificate").value(valid))
        .andExpect(jsonPath("$.request.nextStage").value("SITE_INSPECTION"));
  }
}
