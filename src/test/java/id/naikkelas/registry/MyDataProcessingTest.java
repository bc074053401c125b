package id.naikkelas.registry;

import static id.naikkelas.registry.OwnerClaimFixture.bearer;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import id.naikkelas.IntegrationTest;
import id.naikkelas.access.AccountFixture;
import id.naikkelas.access.Role;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import tools.jackson.databind.json.JsonMapper;

/**
 * Issue 9, finding 15: the processing history of /my/data names the role and unit that processed
 * the data ("Petugas, Kecamatan Sukodadi"), never an officer's account or a client address.
 */
@IntegrationTest
class MyDataProcessingTest {

  @Autowired MockMvc mvc;
  @Autowired JsonMapper json;
  @Autowired JdbcClient jdbc;
  @Autowired AccountFixture accounts;

  @Test
  void my_data_shows_the_role_and_unit_and_no_usernames_or_addresses() throws Exception {
    OwnerClaimFixture fixture = new OwnerClaimFixture(mvc, json, jdbc);
    String sukodadi = accounts.open(Role.OFFICER, "35.24.17");
    String lamongan = accounts.open(Role.OFFICER, "35.24");
    String nik = BusinessDraftFixture.nik(OwnerClaimFixture.VILLAGE);
    BusinessDraft draft =
        OwnerClaimFixture.draft(nik, "Bu Proses", "0813-2323-4545", "Usaha Proses " + nik);
    long business =
        json.readTree(
                mvc.perform(
                        post("/api/v1/businesses")
                            .with(from("10.66.6.6"))
                            .header("Authorization", bearer(accounts.token(sukodadi)))
                            .contentType(MediaType.APPLICATION_JSON)
                            .content(json.writeValueAsString(draft)))
                    .andExpect(status().isCreated())
                    .andReturn()
                    .getResponse()
                    .getContentAsString())
            .get("id")
            .asLong();
    mvc.perform(
            post("/api/v1/businesses/" + business + "/verify")
                .with(from("10.77.7.7"))
                .header("Authorization", bearer(accounts.token(lamongan))))
        .andExpect(status().is2xxSuccessful());
    assertThat(
            jdbc.sql("select count(*) from audit_entry where actor = ? and client_address = ?")
                .params(sukodadi, "10.66.6.6")
                .query(Long.class)
                .single())
        .as("the trail itself keeps who and from where, for the agency")
        .isPositive();

    String username = OwnerClaimFixture.username("proses");
    fixture
        .register(
            username,
            OwnerClaimFixture.draft(nik, "Bu Proses", "0813-2323-4545", "Usaha Proses Lain"),
            "10.88.8.8")
        .andExpect(status().isAccepted());
    String token = fixture.token(username);
    mvc.perform(
            post("/api/v1/my/claim/code")
                .header("Authorization", bearer(token))
                .contentType(MediaType.APPLICATION_JSON)
                .content(
                    "{\"code\":\"" + fixture.codeFromOutbox(fixture.claimOf(username)) + "\"}"))
        .andExpect(status().isOk());

    String body =
        mvc.perform(
                get("/api/v1/my/data")
                    .with(from("10.99.9.9"))
                    .header("Authorization", bearer(token)))
            .andExpect(status().isOk())
            .andExpect(
                jsonPath("$.processing[*].processedBy", hasItem("Petugas, Kecamatan Sukodadi")))
            .andExpect(
                jsonPath("$.processing[*].processedBy", hasItem("Petugas, Kabupaten Lamongan")))
            .andExpect(jsonPath("$.processing[*].processedBy", hasItem("Pelaku usaha")))
            .andExpect(jsonPath("$.processing[*].role", hasItem("OFFICER")))
            .andExpect(jsonPath("$.processing[0].actor").doesNotExist())
            .andExpect(jsonPath("$.processing[0].clientAddress").doesNotExist())
            .andReturn()
            .getResponse()
            .getContentAsString();
    assertThat(body)
        .doesNotContain(sukodadi)
        .doesNotContain(lamongan)
        .doesNotContain("10.66.6.6")
        .doesNotContain("10.77.7.7")
        .doesNotContain("10.88.8.8")
        .doesNotContain("10.99.9.9");

    String page =
        mvc.perform(get("/my/data").with(authentication(accounts.signedIn(username))))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString();
    assertThat(page)
        .contains("Petugas, Kecamatan Sukodadi")
        .doesNotContain(sukodadi)
        .doesNotContain(lamongan)
        .doesNotContain("10.66.6.6")
        .doesNotContain("10.88.8.8");
  }

  private static RequestPostProcessor from(String address) {
    return r -> {
      r.setRemoteAddr(address);
      return r;
    };
  }
}
