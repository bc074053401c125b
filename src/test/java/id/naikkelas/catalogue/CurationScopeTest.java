package id.naikkelas.catalogue;

import static id.naikkelas.catalogue.MarketFixture.body;
import static id.naikkelas.catalogue.MarketFixture.withoutNumbers;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import id.naikkelas.IntegrationTest;
import id.naikkelas.access.AccountFixture;
import id.naikkelas.access.Actor;
import id.naikkelas.access.Role;
import id.naikkelas.catalogue.curation.Curation;
import id.naikkelas.registry.BusinessDraftFixture;
import id.naikkelas.registry.selfservice.SelfRegistration;
import id.naikkelas.registry.selfservice.SelfRegistrationForm;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Issue 9, findings 9 and 10: a district officer sees and scores only the submissions of the
 * district's businesses, even in the regency's round; a round out of scope answers like an unknown
 * one.
 */
@IntegrationTest
class CurationScopeTest {

  static final String OTHER_FEEDBACK = "Catatan rahasia kecamatan lain";

  @Autowired MockMvc mvc;
  @Autowired AccountFixture accounts;
  @Autowired MarketFixture market;
  @Autowired Curation curation;
  @Autowired JdbcClient jdbc;
  @Autowired SelfRegistration selfRegistration;

  Actor lamongan = new Actor(0, "test", "test", Role.OFFICER, "35.24");
  long round;
  long ownSubmission;
  long otherSubmission;
  String otherProductName;

  @BeforeEach
  void aRegencyRoundWithTwoDistricts() {
    round =
        curation.open(
            lamongan,
            new Curation.CurationRoundRequest(
                "Kurasi Kabupaten " + System.nanoTime(), null, null, null));
    long own = market.product(market.business("35.24.17.2007"), "Keripik Sukodadi");
    otherProductName = "Wingko Kecamatan Lain " + System.nanoTime();
    long other = market.product(market.business("35.24.01.2001"), otherProductName);
    ownSubmission = curation.submit(lamongan, round, own);
    otherSubmission = curation.submit(lamongan, round, other);
    market.score(ownSubmission, 8, "Kemasan rapi");
    market.score(otherSubmission, 9, OTHER_FEEDBACK);
  }

  @Test
  void a_district_officer_lists_counts_and_scores_only_the_districts_submissions()
      throws Exception {
    String sukodadi = accounts.token(accounts.open(Role.OFFICER, "35.24.17"));
    String listed =
        body(
            market
                .get(sukodadi, "/api/v1/curation-rounds/" + round + "/submissions")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.length()").value(1))
                .andExpect(jsonPath("$[0].id").value(ownSubmission)));
    assertThat(listed).doesNotContain(OTHER_FEEDBACK).doesNotContain(otherProductName);
    market
        .get(sukodadi, "/api/v1/curation-rounds/" + round + "/report")
        .andExpect(jsonPath("$.submitted").value(1))
        .andExpect(jsonPath("$.passed").value(1))
        .andExpect(jsonPath("$.businesses").value(1));
    // the round is listed with the district's count of submissions
    market
        .get(sukodadi, "/api/v1/curation-rounds")
        .andExpect(
            jsonPath("$[?(@.id == " + round + ")].submissions")
                .value(org.hamcrest.Matchers.contains(1)));

    String before = stored(otherSubmission);
    market
        .post(
            sukodadi,
            "/api/v1/curation-submissions/" + otherSubmission + "/scores",
            Map.of(
                "scores",
                Map.of(
                    "originality", 1, "supply", 1, "capacity", 1, "innovation", 1, "packaging", 1),
                "feedback",
                "ditimpa"))
        .andExpect(status().isNotFound());
    market
        .post(
            sukodadi,
            "/api/v1/curation-submissions/" + otherSubmission + "/outlets",
            Map.of("outlet", "Gerai Lain"))
        .andExpect(status().isNotFound());
    assertThat(stored(otherSubmission)).isEqualTo(before);

    var asSukodadi = authentication(accounts.signedIn(accounts.open(Role.OFFICER, "35.24.17")));
    String page =
        mvc.perform(get("/pasar/kurasi/" + round).with(asSukodadi))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString();
    assertThat(page).contains("Keripik Sukodadi").doesNotContain(otherProductName);
    assertThat(page).doesNotContain("/peserta/" + otherSubmission + "/");

    // the regency's officer and a regency-wide partner see both
    String regency = accounts.token(accounts.open(Role.OFFICER, "35.24"));
    market
        .get(regency, "/api/v1/curation-rounds/" + round + "/submissions")
        .andExpect(jsonPath("$.length()").value(2));
    String partner = accounts.token(accounts.open(Role.PARTNER, "35.24"));
    market
        .get(partner, "/api/v1/curation-rounds/" + round + "/report")
        .andExpect(jsonPath("$.submitted").value(2));
  }

  @Test
  void submitting_to_a_round_out_of_scope_answers_like_an_unknown_round() throws Exception {
    String lumajang = accounts.token(accounts.open(Role.OFFICER, "35.08"));
    long lumajangProduct = market.product(market.business("35.08.01.2001"), "Kopi Lumajang");
    long before = count();
    String outOfScope =
        body(
            market
                .post(
                    lumajang,
                    "/api/v1/curation-rounds/" + round + "/submissions",
                    Map.of("productId", lumajangProduct))
                .andExpect(status().isNotFound()));
    String unknown =
        body(
            market
                .post(
                    lumajang,
                    "/api/v1/curation-rounds/987654321/submissions",
                    Map.of("productId", lumajangProduct))
                .andExpect(status().isNotFound()));
    assertThat(withoutNumbers(outOfScope)).isEqualTo(withoutNumbers(unknown));
    // and reading it likewise
    assertThat(
            withoutNumbers(
                body(market.get(lumajang, "/api/v1/curation-rounds/" + round + "/submissions"))))
        .isEqualTo(
            withoutNumbers(
                body(market.get(lumajang, "/api/v1/curation-rounds/987654321/submissions"))));

    // in a round the caller sees, a product the caller does not manage or an unknown one is a 422
    String sukodadi = accounts.token(accounts.open(Role.OFFICER, "35.24.17"));
    long otherDistrictProduct =
        market.product(market.business("35.24.01.2001"), "Produk Kecamatan Lain");
    for (long product : new long[] {otherDistrictProduct, 987654321L}) {
      market
          .post(
              sukodadi,
              "/api/v1/curation-rounds/" + round + "/submissions",
              Map.of("productId", product))
          .andExpect(status().isUnprocessableContent())
          .andExpect(jsonPath("$.errors[0].field").value("productId"));
    }
    assertThat(count()).isEqualTo(before);
  }

  @Test
  void an_owner_entering_a_round_outside_the_owners_region_gets_the_unknown_rounds_answer()
      throws Exception {
    String username = "kurasi.k" + System.nanoTime() % 1_000_000;
    selfRegistration.register(
        new SelfRegistrationForm(
            username,
            AccountFixture.PASSWORD,
            AccountFixture.PASSWORD,
            BusinessDraftFixture.draft("35.24.17.2007"),
            true,
            ""),
        "10.89." + (System.nanoTime() % 200) + ".1");
    long business =
        jdbc.sql(
                "select b.id from business b join owner o on o.id = b.owner_id"
                    + " join account a on a.id = o.account_id where a.username = ?")
            .param(username)
            .query(Long.class)
            .single();
    String owner = accounts.token(username);
    long product =
        market.id(
            market.post(
                owner,
                "/api/v1/products",
                Map.of(
                    "businessId",
                    business,
                    "name",
                    "Dodol Pemilik",
                    "category",
                    "FOOD_DRINK",
                    "priceMin",
                    "12000",
                    "unit",
                    "bungkus")));
    long lumajangRound =
        curation.open(
            new Actor(0, "test", "test", Role.OFFICER, "35.08"),
            new Curation.CurationRoundRequest(
                "Kurasi Lumajang " + System.nanoTime(), null, null, null));
    String outOfScope =
        body(
            market
                .post(
                    owner,
                    "/api/v1/curation-rounds/" + lumajangRound + "/submissions",
                    Map.of("productId", product))
                .andExpect(status().isNotFound()));
    String unknown =
        body(
            market
                .post(
                    owner,
                    "/api/v1/curation-rounds/987654321/submissions",
                    Map.of("productId", product))
                .andExpect(status().isNotFound()));
    assertThat(withoutNumbers(outOfScope)).isEqualTo(withoutNumbers(unknown));
    assertThat(
            jdbc.sql("select count(*) from curation_submission where product_id = ?")
                .param(product)
                .query(Long.class)
                .single())
        .isZero();
    // the regency's round covers the owner's business
    market
        .post(
            owner,
            "/api/v1/curation-rounds/" + round + "/submissions",
            Map.of("productId", product))
        .andExpect(status().isCreated());
  }

  private long count() {
    return jdbc.sql("select count(*) from curation_submission where round_id = ?")
        .param(round)
        .query(Long.class)
        .single();
  }

  private String stored(long submission) {
    return jdbc.sql(
            "select status || total_score || feedback || coalesce(scored_by, '')"
                + " || (select count(*) from curation_outlet where submission_id = ?)"
                + " from curation_submission where id = ?")
        .params(submission, submission)
        .query(String.class)
        .single();
  }
}
