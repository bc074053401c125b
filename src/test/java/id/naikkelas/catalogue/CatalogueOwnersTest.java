package id.naikkelas.catalogue;

import static id.naikkelas.access.AccountFixture.bearer;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import id.naikkelas.IntegrationTest;
import id.naikkelas.access.AccountFixture;
import id.naikkelas.access.Actor;
import id.naikkelas.access.Role;
import id.naikkelas.catalogue.curation.Curation;
import id.naikkelas.registry.BusinessDraftFixture;
import id.naikkelas.registry.Registry;
import id.naikkelas.registry.selfservice.SelfRegistration;
import id.naikkelas.registry.selfservice.SelfRegistrationForm;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.json.JsonMapper;

@IntegrationTest
class CatalogueOwnersTest {

  @Autowired MockMvc mvc;
  @Autowired AccountFixture accounts;
  @Autowired SelfRegistration selfRegistration;
  @Autowired Registry registry;
  @Autowired Curation curation;
  @Autowired JdbcClient jdbc;
  @Autowired JsonMapper json;
  @LocalServerPort int port;

  @Test
  void owners_manage_only_their_own_products_enter_them_for_curation_and_a_partner_scores()
      throws Exception {
    String ana = owner("ana");
    String budi = owner("budi");
    long anaBusiness = businessOf(ana);
    String anaToken = accounts.token(ana);
    String budiToken = accounts.token(budi);
    Map<String, Object> draft =
        Map.of(
            "businessId",
            anaBusiness,
            "name",
            "Dodol Ketan Ana",
            "category",
            "FOOD_DRINK",
            "priceMin",
            "Rp12.000",
            "unit",
            "bungkus");
    String body =
        mvc.perform(
                post("/api/v1/products")
                    .header("Authorization", bearer(anaToken))
                    .contentType(MediaType.APPLICATION_JSON)
                    .content(json.writeValueAsString(draft)))
            .andExpect(status().isCreated())
            .andReturn()
            .getResponse()
            .getContentAsString();
    long product = ((Number) json.readValue(body, Map.class).get("id")).longValue();

    // Budi cannot see, change or add to Ana's business
    mvc.perform(get("/api/v1/products/" + product).header("Authorization", bearer(budiToken)))
        .andExpect(status().isNotFound());
    mvc.perform(
            put("/api/v1/products/" + product)
                .header("Authorization", bearer(budiToken))
                .contentType(MediaType.APPLICATION_JSON)
                .content(json.writeValueAsString(draft)))
        .andExpect(status().isNotFound());
    mvc.perform(
            post("/api/v1/products")
                .header("Authorization", bearer(budiToken))
                .contentType(MediaType.APPLICATION_JSON)
                .content(json.writeValueAsString(draft)))
        .andExpect(status().isNotFound());
    // a draft business cannot publish yet
    mvc.perform(
            post("/api/v1/products/" + product + "/publish")
                .header("Authorization", bearer(anaToken)))
        .andExpect(status().isConflict());

    Actor sukodadi = new Actor(0, "test", "test", Role.OFFICER, "35.24.17");
    registry.verify(sukodadi, anaBusiness);
    long round =
        curation.open(
            sukodadi,
            new Curation.CurationRoundRequest(
                "Kurasi Ritel " + System.nanoTime(), null, null, null));
    var asAna = authentication(accounts.signedIn(ana));
    mvc.perform(
            post("/kelola/produk/" + product + "/kurasi")
                .param("roundId", String.valueOf(round))
                .with(asAna)
                .with(csrf()))
        .andExpect(flash().attributeExists("done"));
    long submission =
        jdbc.sql("select id from curation_submission where round_id = ?")
            .param(round)
            .query(Long.class)
            .single();

    String partner = accounts.token(accounts.open(Role.PARTNER, "35.24"));
    Map<String, Object> scores =
        Map.of(
            "scores",
            Map.of("originality", 8, "supply", 8, "capacity", 8, "innovation", 8, "packaging", 8));
    mvc.perform(
            post("/api/v1/curation-submissions/" + submission + "/scores")
                .header("Authorization", bearer(partner))
                .contentType(MediaType.APPLICATION_JSON)
                .content(json.writeValueAsString(scores)))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.status").value("PASSED"));
    String lumajangPartner = accounts.token(accounts.open(Role.PARTNER, "35.08"));
    mvc.perform(
            post("/api/v1/curation-submissions/" + submission + "/scores")
                .header("Authorization", bearer(lumajangPartner))
                .contentType(MediaType.APPLICATION_JSON)
                .content(json.writeValueAsString(scores)))
        .andExpect(status().isNotFound());
  }

  @Test
  void a_30_mb_photo_is_refused_with_413_and_nothing_is_stored() throws Exception {
    String ana = owner("foto");
    long business = businessOf(ana);
    Actor sukodadi = new Actor(0, "test", "test", Role.OFFICER, "35.24.17");
    String token = accounts.token(accounts.open(Role.OFFICER, "35.24.17"));
    long product =
        ((Number)
                json.readValue(
                        mvc.perform(
                                post("/api/v1/products")
                                    .header("Authorization", bearer(token))
                                    .contentType(MediaType.APPLICATION_JSON)
                                    .content(
                                        json.writeValueAsString(
                                            Map.of(
                                                "businessId",
                                                business,
                                                "name",
                                                "Foto Besar",
                                                "category",
                                                "CRAFT",
                                                "priceMin",
                                                "1000",
                                                "unit",
                                                "buah"))))
                            .andReturn()
                            .getResponse()
                            .getContentAsString(),
                        Map.class)
                    .get("id"))
            .longValue();
    long photosBefore = jdbc.sql("select count(*) from product_photo").query(Long.class).single();
    byte[] big = new byte[30 * 1024 * 1024];
    String boundary = "----naikkelas";
    byte[] head =
        ("--"
                + boundary
                + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"besar.jpg\"\r\n"
                + "Content-Type: image/jpeg\r\n\r\n")
            .getBytes();
    byte[] tail = ("\r\n--" + boundary + "--\r\n").getBytes();
    HttpResponse<String> r =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(
                        URI.create(
                            "http://localhost:" + port + "/api/v1/products/" + product + "/photos"))
                    .header("Authorization", bearer(token))
                    .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                    .POST(HttpRequest.BodyPublishers.ofByteArrays(List.of(head, big, tail)))
                    .build(),
                HttpResponse.BodyHandlers.ofString());
    assertThat(r.statusCode()).isEqualTo(413);
    assertThat(jdbc.sql("select count(*) from product_photo").query(Long.class).single())
        .isEqualTo(photosBefore);
    assertThat(sukodadi).isNotNull();
  }

  private String owner(String name) {
    String username = name + ".k" + System.nanoTime() % 1_000_000;
    selfRegistration.register(
        new SelfRegistrationForm(
            username,
            AccountFixture.PASSWORD,
            AccountFixture.PASSWORD,
            BusinessDraftFixture.draft("35.24.17.2007"),
            true,
            ""),
        "10.88." + (name.length()) + ".1");
    return username;
  }

  private long businessOf(String username) {
    return jdbc.sql(
            "select b.id from business b join owner o on o.id = b.owner_id join account a on a.id = o.account_id"
                + " where a.username = ?")
        .param(username)
        .query(Long.class)
        .single();
  }
}
