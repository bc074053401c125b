package id.naikkelas.catalogue;

import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import id.naikkelas.IntegrationTest;
import id.naikkelas.access.AccountFixture;
import id.naikkelas.access.Role;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** A round is closed through its action; a closed round refuses entries, scores and closing. */
@IntegrationTest
class CurationRoundApiTest {

  @Autowired MarketFixture market;
  @Autowired AccountFixture accounts;

  @Test
  void a_closed_round_refuses_close_submit_and_score_with_409_naming_its_state() throws Exception {
    String officer = accounts.token(accounts.open(Role.OFFICER, "35.24.17"));
    long business = market.business("35.24.17.2007");
    long first = market.product(business, "Batik Tulis Sukodadi");
    long second = market.product(business, "Batik Cap Sukodadi");
    long round =
        market.id(
            market.post(
                officer,
                "/api/v1/curation-rounds",
                Map.of("title", "Kurasi Batik " + System.nanoTime())));
    long submission =
        market.id(
            market.post(
                officer,
                "/api/v1/curation-rounds/" + round + "/submissions",
                Map.of("productId", first)));

    market
        .post(officer, "/api/v1/curation-rounds/" + round + "/close", Map.of())
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.id").value(round))
        .andExpect(jsonPath("$.status").value("CLOSED"));

    market
        .post(officer, "/api/v1/curation-rounds/" + round + "/close", Map.of())
        .andExpect(status().isConflict())
        .andExpect(jsonPath("$.currentState").value("CLOSED"))
        .andExpect(jsonPath("$.action").value("close"));
    market
        .post(
            officer,
            "/api/v1/curation-rounds/" + round + "/submissions",
            Map.of("productId", second))
        .andExpect(status().isConflict())
        .andExpect(jsonPath("$.currentState").value("CLOSED"))
        .andExpect(jsonPath("$.action").value("submit"));
    Map<String, Object> scores =
        Map.of("originality", 9, "supply", 8, "capacity", 7, "innovation", 8, "packaging", 9);
    market
        .post(
            officer,
            "/api/v1/curation-submissions/" + submission + "/scores",
            Map.of("scores", scores))
        .andExpect(status().isConflict())
        .andExpect(jsonPath("$.currentState").value("CLOSED"))
        .andExpect(jsonPath("$.action").value("score"));
    market
        .get(officer, "/api/v1/curation-rounds/" + round + "/submissions")
        .andExpect(jsonPath("$[0].status").value("SUBMITTED"));
  }

  @Test
  void an_outlet_of_a_submission_not_passed_is_refused_naming_its_state() throws Exception {
    String officer = accounts.token(accounts.open(Role.OFFICER, "35.24.17"));
    long business = market.business("35.24.17.2007");
    long product = market.product(business, "Kerupuk Udang Sukodadi");
    long round =
        market.id(
            market.post(
                officer,
                "/api/v1/curation-rounds",
                Map.of("title", "Kurasi Kerupuk " + System.nanoTime())));
    long submission =
        market.id(
            market.post(
                officer,
                "/api/v1/curation-rounds/" + round + "/submissions",
                Map.of("productId", product)));
    market
        .post(
            officer,
            "/api/v1/curation-submissions/" + submission + "/outlets",
            Map.of("outlet", "Gerai Babat"))
        .andExpect(status().isConflict())
        .andExpect(jsonPath("$.currentState").value("SUBMITTED"))
        .andExpect(jsonPath("$.action").value("outlet"));
  }
}
