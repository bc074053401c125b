package id.naikkelas.export.reference;

import static id.naikkelas.access.AccountFixture.bearer;
import static org.hamcrest.Matchers.greaterThan;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import id.naikkelas.IntegrationTest;
import id.naikkelas.access.AccountFixture;
import id.naikkelas.access.Role;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

/** Countries and origin rules through the API. */
@IntegrationTest
class OriginApiTest {

  @Autowired MockMvc mvc;
  @Autowired AccountFixture accounts;

  @Test
  void lists_countries_with_names_and_their_rule() throws Exception {
    mvc.perform(get("/api/v1/countries"))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.length()").value(greaterThan(240)))
        .andExpect(jsonPath("$[?(@.code == 'JP')].nameId").value("Jepang"))
        .andExpect(jsonPath("$[?(@.code == 'JP')].nameEn").value("Japan"))
        .andExpect(jsonPath("$[?(@.code == 'MY')].originRule.form").value("D"))
        .andExpect(jsonPath("$[?(@.code == 'US')].originRule.form").value("SKA non-preferensi"));
  }

  @Test
  void answers_one_rule_or_all_stored_rules() throws Exception {
    mvc.perform(get("/api/v1/origin-rules").param("country", "my"))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.length()").value(1))
        .andExpect(jsonPath("$[0].country").value("MY"))
        .andExpect(jsonPath("$[0].form").value("D"))
        .andExpect(jsonPath("$[0].agreement").value("ATIGA"));
    mvc.perform(get("/api/v1/origin-rules").param("country", "US"))
        .andExpect(jsonPath("$[0].form").value("SKA non-preferensi"))
        .andExpect(jsonPath("$[0].preferential").value(false));
    mvc.perform(get("/api/v1/origin-rules"))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$[?(@.country == 'CN')].form").value("E"))
        .andExpect(jsonPath("$[?(@.country == 'KR')].form").value("AK"));
    mvc.perform(get("/api/v1/origin-rules").param("country", "XX"))
        .andExpect(status().isUnprocessableContent())
        .andExpect(jsonPath("$.errors[0].field").value("country"));
  }

  @Test
  void only_an_admin_sets_a_rule() throws Exception {
    String body = "{\"form\":\"IC-CEPA\",\"agreement\":\"IC-CEPA\",\"source\":\"Permendag 2025\"}";
    String officer = accounts.token(accounts.open(Role.OFFICER, "35.24"));
    mvc.perform(
            put("/api/v1/origin-rules/CL")
                .header("Authorization", bearer(officer))
                .contentType(MediaType.APPLICATION_JSON)
                .content(body))
        .andExpect(status().isForbidden());
    mvc.perform(
            put("/api/v1/origin-rules/cl")
                .header("Authorization", bearer(accounts.adminToken()))
                .contentType(MediaType.APPLICATION_JSON)
                .content(body))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.country").value("CL"))
        .andExpect(jsonPath("$.form").value("IC-CEPA"));
    mvc.perform(get("/api/v1/origin-rules").param("country", "CL"))
        .andExpect(jsonPath("$[0].agreement").value("IC-CEPA"));
    mvc.perform(
            put("/api/v1/origin-rules/XX")
                .header("Authorization", bearer(accounts.adminToken()))
                .contentType(MediaType.APPLICATION_JSON)
                .content(body))
        .andExpect(status().isNotFound());
    mvc.perform(
            put("/api/v1/origin-rules/CL")
                .header("Authorization", bearer(accounts.adminToken()))
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"agreement\":\"x\",\"source\":\"y\"}"))
        .andExpect(status().isUnprocessableContent())
        .andExpect(jsonPath("$.errors[0].field").value("form"));
  }
}
