package id.naikkelas.export.reference;

import static id.naikkelas.access.AccountFixture.bearer;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import id.naikkelas.IntegrationTest;
import id.naikkelas.access.AccountFixture;
import id.naikkelas.access.Role;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** The HS code API: public reads, admin writes, problems naming the field. */
@IntegrationTest
class HsCodeApiTest {

  @Autowired MockMvc mvc;
  @Autowired AccountFixture accounts;

  @Test
  void anyone_searches_and_reads_codes() throws Exception {
    mvc.perform(get("/api/v1/hs-codes").param("q", "0901").param("size", "5"))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.items[0].code").value("0901"))
        .andExpect(jsonPath("$.items[1].code").value("090111"))
        .andExpect(jsonPath("$.size").value(5))
        .andExpect(jsonPath("$.totalItems").isNumber());
    mvc.perform(get("/api/v1/hs-codes").param("q", "crude petroleum"))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.items[?(@.code == '270900')]").exists());
    mvc.perform(get("/api/v1/hs-codes/0901.21"))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.code").value("090121"))
        .andExpect(jsonPath("$.level").value(6))
        .andExpect(jsonPath("$.parent").value("0901"));
    mvc.perform(get("/api/v1/hs-codes/770000")).andExpect(status().isNotFound());
    mvc.perform(get("/api/v1/hs-codes").param("size", "0"))
        .andExpect(status().isUnprocessableContent())
        .andExpect(jsonPath("$.errors[0].field").value("size"));
  }

  @Test
  void an_admin_adds_a_btki_line_and_others_may_not() throws Exception {
    String code = "090111" + ThreadLocalRandom.current().nextInt(10, 100);
    String body = "{\"code\":\"" + code + "\",\"descriptionId\":\"Kopi arabika\"}";
    String officer = accounts.token(accounts.open(Role.OFFICER, "35.24"));

    send(post("/api/v1/hs-codes"), officer, body).andExpect(status().isForbidden());
    mvc.perform(post("/api/v1/hs-codes").contentType(MediaType.APPLICATION_JSON).content(body))
        .andExpect(status().isUnauthorized());
    send(post("/api/v1/hs-codes"), accounts.adminToken(), body)
        .andExpect(status().isCreated())
        .andExpect(header().string("Location", "/api/v1/hs-codes/" + code))
        .andExpect(jsonPath("$.level").value(8))
        .andExpect(jsonPath("$.descriptionId").value("Kopi arabika"));
    send(post("/api/v1/hs-codes"), accounts.adminToken(), body)
        .andExpect(status().isConflict())
        .andExpect(jsonPath("$.errors[0].field").value("code"));
    mvc.perform(get("/api/v1/hs-codes/" + code))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.parent").value("090111"));

    send(
            post("/api/v1/hs-codes"),
            accounts.adminToken(),
            "{\"code\":\"77000011\",\"descriptionId\":\"Tidak ada\"}")
        .andExpect(status().isUnprocessableContent())
        .andExpect(jsonPath("$.errors[0].field").value("code"));
    send(
            post("/api/v1/hs-codes"),
            accounts.adminToken(),
            "{\"code\":\"0901\",\"descriptionId\":\"Kopi\"}")
        .andExpect(status().isUnprocessableContent())
        .andExpect(jsonPath("$.errors[0].field").value("code"));
  }

  @Test
  void an_admin_sets_the_indonesian_description() throws Exception {
    String officer = accounts.token(accounts.open(Role.OFFICER, "35.24"));
    String body = "{\"descriptionId\":\"Kopi; tidak disangrai, tidak dihilangkan kafeinnya\"}";
    send(put("/api/v1/hs-codes/090111/description"), officer, body)
        .andExpect(status().isForbidden());
    send(put("/api/v1/hs-codes/090111/description"), accounts.adminToken(), body)
        .andExpect(status().isOk())
        .andExpect(
            jsonPath("$.descriptionId")
                .value("Kopi; tidak disangrai, tidak dihilangkan kafeinnya"));
    mvc.perform(get("/api/v1/hs-codes").param("q", "dihilangkan kafeinnya disangrai"))
        .andExpect(jsonPath("$.items[?(@.code == '090111')]").exists());
    send(put("/api/v1/hs-codes/77000099/description"), accounts.adminToken(), body)
        .andExpect(status().isNotFound());
  }

  private org.springframework.test.web.servlet.ResultActions send(
      MockHttpServletRequestBuilder request, String token, String body) throws Exception {
    return mvc.perform(
        request
            .header("Authorization", bearer(token))
            .contentType(MediaType.APPLICATION_JSON)
            .content(body));
  }
}
