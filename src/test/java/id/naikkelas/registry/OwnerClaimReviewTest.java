package id.naikkelas.registry;

import static id.naikkelas.registry.OwnerClaimFixture.bearer;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import id.naikkelas.IntegrationTest;
import id.naikkelas.access.AccountFixture;
import id.naikkelas.access.Role;
import id.naikkelas.registry.OwnerClaimFixture.KnownOwner;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import tools.jackson.databind.json.JsonMapper;

/**
 * Issue 9, finding 1: an officer of the owner's scope who saw the KTP approves or rejects a claim;
 * an officer of another district does not see it (404, as for an unknown claim).
 */
@IntegrationTest
class OwnerClaimReviewTest {

  @Autowired MockMvc mvc;
  @Autowired JsonMapper json;
  @Autowired JdbcClient jdbc;
  @Autowired Registry registry;
  @Autowired AccountFixture accounts;

  OwnerClaimFixture fixture;

  @BeforeEach
  void setUp() {
    fixture = new OwnerClaimFixture(mvc, json, jdbc);
  }

  private String claim(KnownOwner owner) throws Exception {
    String username = OwnerClaimFixture.username("periksa");
    fixture
        .register(
            username,
            OwnerClaimFixture.draft(
                owner.nik(), "Pendaftar KTP", "0857-3333-4444", "Usaha KTP " + System.nanoTime()),
            OwnerClaimFixture.address())
        .andExpect(status().isAccepted());
    return username;
  }

  @Test
  void an_officer_of_the_scope_approves_after_seeing_the_ktp() throws Exception {
    KnownOwner owner = fixture.known(registry, ""); // no phone: only an officer can approve
    String username = claim(owner);
    long claimId = fixture.claimOf(username);
    String sukodadi = accounts.token(accounts.open(Role.OFFICER, "35.24.17"));
    mvc.perform(get("/api/v1/claims").header("Authorization", bearer(sukodadi)))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$[*].id", hasItem((int) claimId)));

    String before = fixture.ownerRow(owner.ownerId());
    decide(sukodadi, claimId, "approve", "{\"note\":\"KTP dilihat\",\"ktpSeen\":false}")
        .andExpect(status().isUnprocessableContent())
        .andExpect(jsonPath("$.errors[0].field").value("ktpSeen"));
    decide(sukodadi, claimId, "approve", "{\"note\":\"\",\"ktpSeen\":true}")
        .andExpect(status().isUnprocessableContent())
        .andExpect(jsonPath("$.errors[0].field").value("note"));
    assertThat(fixture.ownerRow(owner.ownerId())).isEqualTo(before);

    decide(
            sukodadi,
            claimId,
            "approve",
            "{\"note\":\"KTP asli dilihat di loket\",\"ktpSeen\":true}")
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.status").value("CLAIMED"));
    String token = fixture.token(username);
    mvc.perform(get("/api/v1/my/data").header("Authorization", bearer(token)))
        .andExpect(jsonPath("$.owner.nik").value(owner.nik()))
        .andExpect(jsonPath("$.businesses[0].id").value(owner.businessId()));
    assertThat(
            jdbc.sql(
                    "select count(*) from audit_entry where entity_type = 'owner-claim'"
                        + " and entity_id = ? and after_values ->> 'outcome' = 'APPROVED'"
                        + " and after_values ->> 'note' = 'KTP asli dilihat di loket'")
                .param(String.valueOf(claimId))
                .query(Long.class)
                .single())
        .isOne();
    decide(sukodadi, claimId, "reject", "{\"note\":\"terlambat\"}")
        .andExpect(status().isConflict());
  }

  @Test
  void an_officer_of_another_district_gets_404_and_changes_nothing() throws Exception {
    KnownOwner owner = fixture.known(registry, "0813-4545-6767");
    long claimId = fixture.claimOf(claim(owner));
    String before = fixture.ownerRow(owner.ownerId());
    String lumajang = accounts.token(accounts.open(Role.OFFICER, "35.08.01"));
    String unknown =
        mvc.perform(get("/api/v1/claims/999999999").header("Authorization", bearer(lumajang)))
            .andExpect(status().isNotFound())
            .andReturn()
            .getResponse()
            .getContentAsString();
    String other =
        mvc.perform(get("/api/v1/claims/" + claimId).header("Authorization", bearer(lumajang)))
            .andExpect(status().isNotFound())
            .andReturn()
            .getResponse()
            .getContentAsString();
    assertThat(other.replaceAll("[0-9.]+", "N")).isEqualTo(unknown.replaceAll("[0-9.]+", "N"));
    decide(lumajang, claimId, "approve", "{\"note\":\"KTP dilihat\",\"ktpSeen\":true}")
        .andExpect(status().isNotFound());
    decide(lumajang, claimId, "reject", "{\"note\":\"bukan\"}").andExpect(status().isNotFound());
    mvc.perform(get("/api/v1/claims").header("Authorization", bearer(lumajang)))
        .andExpect(jsonPath("$[*].id", not(hasItem((int) claimId))));
    assertThat(fixture.ownerRow(owner.ownerId())).isEqualTo(before);
    assertThat(
            jdbc.sql("select status from owner_claim where id = ?")
                .param(claimId)
                .query(String.class)
                .single())
        .isEqualTo("PENDING");
    // nor may the claimant settle a claim, or an owner list them
    String claimant = fixture.token(fixture.usernameOfClaim(claimId));
    decide(claimant, claimId, "approve", "{\"note\":\"saya\",\"ktpSeen\":true}")
        .andExpect(status().isForbidden());
  }

  @Test
  void an_officer_rejects_on_the_page_and_the_record_stays_as_it_was() throws Exception {
    KnownOwner owner = fixture.known(registry, "0813-8989-0101");
    String username = claim(owner);
    long claimId = fixture.claimOf(username);
    String before = fixture.ownerRow(owner.ownerId());
    var officer = authentication(accounts.signedIn(accounts.open(Role.OFFICER, "35.24.17")));
    mvc.perform(get("/registry/claims").with(officer))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("claim-" + claimId)));
    mvc.perform(
            post("/registry/claims/" + claimId + "/approve")
                .with(officer)
                .with(csrf())
                .param("note", "KTP dilihat"))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("error-summary")));
    mvc.perform(
            post("/registry/claims/" + claimId + "/reject")
                .with(officer)
                .with(csrf())
                .param("note", "Wajah tidak cocok dengan KTP"))
        .andExpect(redirectedUrl("/registry/claims"));
    assertThat(fixture.ownerRow(owner.ownerId())).isEqualTo(before);
    String token = fixture.token(username);
    mvc.perform(get("/api/v1/my/claim").header("Authorization", bearer(token)))
        .andExpect(jsonPath("$.status").value("REJECTED"));
    mvc.perform(get("/api/v1/my/data").header("Authorization", bearer(token)))
        .andExpect(jsonPath("$.owner").doesNotExist())
        .andExpect(jsonPath("$.businesses").isEmpty());
  }

  private ResultActions decide(String token, long claimId, String action, String body)
      throws Exception {
    return mvc.perform(
        post("/api/v1/claims/" + claimId + "/" + action)
            .header("Authorization", bearer(token))
            .contentType(MediaType.APPLICATION_JSON)
            .content(body));
  }
}
