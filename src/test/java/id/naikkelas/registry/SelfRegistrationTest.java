package id.naikkelas.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import id.naikkelas.IntegrationTest;
import id.naikkelas.access.AccountFixture;
import id.naikkelas.access.Role;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.json.JsonMapper;

@IntegrationTest
class SelfRegistrationTest {

  @Autowired MockMvc mvc;
  @Autowired JsonMapper json;
  @Autowired JdbcClient jdbc;
  @Autowired AccountFixture accounts;

  @Test
  void an_owner_registers_signs_in_sees_a_draft_and_an_officer_finds_it() throws Exception {
    String username = "pemilik.t" + System.nanoTime() % 1_000_000;
    BusinessDraft draft = BusinessDraftFixture.draft("35.24.17.2007");
    // issue 9: the answer no longer names the business (it would tell a known NIK from a new one)
    register(username, "Usaha#Sendiri2026", draft, true, "", "10.9.0.1")
        .andExpect(status().isAccepted())
        .andExpect(jsonPath("$.status").value("RECEIVED"));

    String token = token(username, "Usaha#Sendiri2026");
    mvc.perform(get("/api/v1/users/me").header("Authorization", "Bearer " + token))
        .andExpect(jsonPath("$.role").value("OWNER"));
    mvc.perform(get("/api/v1/my/businesses").header("Authorization", "Bearer " + token))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$[0].name").value(draft.businessName()))
        .andExpect(jsonPath("$[0].status").value("DRAFT"))
        .andExpect(jsonPath("$[0].source").value("SELF_REGISTRATION"));

    String officer = accounts.token(accounts.open(Role.OFFICER, "35.24.17"));
    mvc.perform(
            get("/api/v1/businesses")
                .param("q", draft.businessName())
                .header("Authorization", "Bearer " + officer))
        .andExpect(jsonPath("$.items[0].status").value("DRAFT"));
  }

  @Test
  void the_page_registers_an_owner_and_sends_them_to_sign_in() throws Exception {
    mvc.perform(get("/daftar"))
        .andExpect(status().isOk())
        .andExpect(
            org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
                .string(org.hamcrest.Matchers.containsString("Daftarkan usaha Anda")));
    BusinessDraft d = BusinessDraftFixture.draft("35.24.17.2007");
    String username = "laman.t" + System.nanoTime() % 1_000_000;
    mvc.perform(
            post("/daftar")
                .with(
                    org.springframework.security.test.web.servlet.request
                        .SecurityMockMvcRequestPostProcessors.csrf())
                .with(
                    r -> {
                      r.setRemoteAddr("10.9.0.7");
                      return r;
                    })
                .param("username", username)
                .param("password", "Usaha#Sendiri2026")
                .param("confirmPassword", "Usaha#Sendiri2026")
                .param("nik", d.nik())
                .param("ownerName", "Bu Yati")
                .param("businessName", d.businessName())
                .param("kbliCodes", "10792")
                .param("villageCode", "35.24.17.2007")
                .param("processingConsent", "true"))
        .andExpect(
            org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl(
                "/login?registered"));
    assertThat(
            jdbc.sql("select role from account where username = ?")
                .param(username)
                .query(String.class)
                .single())
        .isEqualTo("OWNER");
  }

  @Test
  void a_refused_business_leaves_no_account_behind() throws Exception {
    String username = "gagal.t" + System.nanoTime() % 1_000_000;
    BusinessDraft bad =
        BusinessDraftFixture.draft("35.24.17.2007", "3524171208850000", "Usaha Gagal");
    register(username, "Usaha#Sendiri2026", bad, true, "", "10.9.0.2")
        .andExpect(status().isUnprocessableContent())
        .andExpect(jsonPath("$.errors[*].field", hasItem("nik")));
    assertThat(
            jdbc.sql("select count(*) from account where username = ?")
                .param(username)
                .query(Long.class)
                .single())
        .isZero();
  }

  @Test
  void consent_is_required_and_the_honeypot_catches_bots() throws Exception {
    BusinessDraft draft = BusinessDraftFixture.draft("35.24.17.2007");
    register(
            "noconsent.t" + System.nanoTime() % 100000,
            "Usaha#Sendiri2026",
            draft,
            false,
            "",
            "10.9.0.3")
        .andExpect(status().isUnprocessableContent())
        .andExpect(jsonPath("$.errors[*].field", hasItem("processingConsent")));
    register(
            "bot.t" + System.nanoTime() % 100000,
            "Usaha#Sendiri2026",
            draft,
            true,
            "http://spam",
            "10.9.0.3")
        .andExpect(status().isUnprocessableContent());
  }

  @Test
  void one_nik_gets_one_account_and_one_address_is_rate_limited() throws Exception {
    BusinessDraft draft = BusinessDraftFixture.draft("35.24.17.2007");
    String first = "satu.t" + System.nanoTime() % 100000;
    register(first, "Usaha#Sendiri2026", draft, true, "", "10.9.0.4")
        .andExpect(status().isAccepted());
    // issue 9 changed this: a second account with the same NIK used to get 409 "NIK already has
    // an account"; now it is answered like any registration, opens a claim that only an officer
    // can approve, and the owner stays with the first account
    BusinessDraft again = BusinessDraftFixture.draft("35.24.17.2007", draft.nik(), "Usaha Kedua");
    String second = "dua.t" + System.nanoTime() % 100000;
    register(second, "Usaha#Sendiri2026", again, true, "", "10.9.0.4")
        .andExpect(status().isAccepted())
        .andExpect(jsonPath("$.status").value("RECEIVED"));
    assertThat(
            jdbc.sql(
                    "select a.username from owner o join account a on a.id = o.account_id"
                        + " where o.nik_hash = (select o2.nik_hash from owner o2 join account a2"
                        + " on a2.id = o2.account_id where a2.username = ?)")
                .param(first)
                .query(String.class)
                .single())
        .isEqualTo(first);
    assertThat(
            jdbc.sql(
                    "select c.code_allowed from owner_claim c join account a on a.id = c.account_id"
                        + " where a.username = ?")
                .param(second)
                .query(Boolean.class)
                .single())
        .isFalse();
    for (int i = 0; i < 10; i++) {
      register("x" + i + ".t" + System.nanoTime() % 100000, "x", draft, false, "", "10.9.0.5");
    }
    register("y.t" + System.nanoTime() % 100000, "x", draft, false, "", "10.9.0.5")
        .andExpect(status().isTooManyRequests())
        .andExpect(
            org.springframework.test.web.servlet.result.MockMvcResultMatchers.header()
                .string("Retry-After", "3600"));
  }

  @Test
  void an_owner_cannot_touch_another_owners_business() throws Exception {
    String a = "pa.t" + System.nanoTime() % 1_000_000;
    String b = "pb.t" + System.nanoTime() % 1_000_000;
    register(
            a,
            "Usaha#Sendiri2026",
            BusinessDraftFixture.draft("35.24.17.2007"),
            true,
            "",
            "10.9.0.6")
        .andExpect(status().isAccepted());
    register(
            b,
            "Usaha#Sendiri2026",
            BusinessDraftFixture.draft("35.24.17.2007"),
            true,
            "",
            "10.9.0.6")
        .andExpect(status().isAccepted());
    String tokenB = token(b, "Usaha#Sendiri2026");
    long businessOfA =
        jdbc.sql(
                "select b.id from business b join owner o on o.id = b.owner_id join account a on a.id = o.account_id where a.username = ?")
            .param(a)
            .query(Long.class)
            .single();
    mvc.perform(
            put("/api/v1/my/businesses/" + businessOfA)
                .header("Authorization", "Bearer " + tokenB)
                .contentType(MediaType.APPLICATION_JSON)
                .content(json.writeValueAsString(BusinessDraftFixture.draft("35.24.17.2007"))))
        .andExpect(status().isNotFound());
    mvc.perform(get("/api/v1/businesses").header("Authorization", "Bearer " + tokenB))
        .andExpect(status().isForbidden());
  }

  private org.springframework.test.web.servlet.ResultActions register(
      String username,
      String password,
      BusinessDraft draft,
      boolean consent,
      String website,
      String address)
      throws Exception {
    Map<String, Object> body =
        Map.of(
            "username", username,
            "password", password,
            "confirmPassword", password,
            "business", draft,
            "processingConsent", consent,
            "website", website);
    return mvc.perform(
        post("/api/v1/registrations")
            .with(
                r -> {
                  r.setRemoteAddr(address);
                  return r;
                })
            .contentType(MediaType.APPLICATION_JSON)
            .content(json.writeValueAsString(body)));
  }

  private String token(String username, String password) throws Exception {
    return mvc.perform(
            post("/api/v1/auth/token")
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"username\":\"" + username + "\",\"password\":\"" + password + "\"}"))
        .andExpect(status().isOk())
        .andReturn()
        .getResponse()
        .getContentAsString()
        .replaceAll(".*\"token\":\"([^\"]+)\".*", "$1");
  }
}
