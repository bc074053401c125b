package id.naikkelas.catalogue.inquiry;

import static id.naikkelas.access.AccountFixture.bearer;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import id.naikkelas.IntegrationTest;
import id.naikkelas.access.AccountFixture;
import id.naikkelas.access.Actor;
import id.naikkelas.access.Role;
import id.naikkelas.catalogue.Category;
import id.naikkelas.catalogue.ProductDraft;
import id.naikkelas.catalogue.Products;
import id.naikkelas.notification.Notifications;
import id.naikkelas.registry.BusinessDraftFixture;
import id.naikkelas.registry.BusinessSource;
import id.naikkelas.registry.Registry;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import tools.jackson.databind.json.JsonMapper;

@IntegrationTest
class InquiryApiTest {

  @Autowired MockMvc mvc;
  @Autowired AccountFixture accounts;
  @Autowired JsonMapper json;
  @Autowired JdbcClient jdbc;
  @Autowired Registry registry;
  @Autowired Products products;
  @Autowired Inquiries inquiries;
  @Autowired Notifications notifications;

  @Test
  void a_buyer_asks_the_owner_is_told_the_inquiry_moves_to_a_deal_and_no_one_else_sees_it()
      throws Exception {
    Actor sukodadi = new Actor(0, "test", "test", Role.OFFICER, "35.24.17");
    long business =
        registry
            .register(sukodadi, BusinessDraftFixture.draft("35.24.17.2007"), BusinessSource.FORM)
            .id();
    registry.verify(sukodadi, business);
    long product =
        products.create(
            sukodadi,
            new ProductDraft(
                business,
                "Batik Tulis Sendang",
                null,
                Category.FASHION_TEXTILE,
                new java.math.BigDecimal("450000"),
                null,
                "lembar",
                1,
                null,
                List.of()));
    products.publish(sukodadi, product);

    Map<String, Object> ask = new HashMap<>();
    ask.put("productId", product);
    ask.put("buyerName", "Anna de Vries");
    ask.put("organisation", "Kriya Import BV");
    ask.put("country", "NL");
    ask.put("contact", "anna@kriya.example");
    ask.put("quantity", "200 lembar");
    ask.put("message", "Can you ship 200 pieces to Rotterdam by March?");
    String body =
        ask(ask, "10.40.0.1")
            .andExpect(status().isCreated())
            .andExpect(jsonPath("$.status").value("NEW"))
            .andReturn()
            .getResponse()
            .getContentAsString();
    Map<?, ?> asked = json.readValue(body, Map.class);
    long id = ((Number) asked.get("id")).longValue();
    assertThat(notifications.about(Inquiries.TOPIC, id)).isNotEmpty(); // the owner's WhatsApp

    String officer = accounts.token(accounts.open(Role.OFFICER, "35.24.17"));
    mvc.perform(get("/api/v1/inquiries").header("Authorization", bearer(officer)))
        .andExpect(
            jsonPath("$[?(@.id == " + id + ")].contactMasked")
                .value(org.hamcrest.Matchers.hasItem("a***@kriya.example")));
    String lumajang = accounts.token(accounts.open(Role.OFFICER, "35.08"));
    mvc.perform(get("/api/v1/inquiries").header("Authorization", bearer(lumajang)))
        .andExpect(jsonPath("$[?(@.id == " + id + ")]").isEmpty());
    mvc.perform(
            post("/api/v1/inquiries/" + id + "/close")
                .header("Authorization", bearer(lumajang))
                .contentType(MediaType.APPLICATION_JSON)
                .content("{}"))
        .andExpect(status().isNotFound());

    move(officer, id, "answer", "{}")
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.status").value("ANSWERED"));
    move(officer, id, "deal", "{\"dealValue\":-1}").andExpect(status().isUnprocessableContent());
    move(officer, id, "deal", "{\"dealValue\":5200,\"currency\":\"eur\"}")
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.status").value("DEAL"));
    move(officer, id, "answer", "{}")
        .andExpect(status().isConflict())
        .andExpect(jsonPath("$.currentState").value("DEAL"))
        .andExpect(jsonPath("$.action").value("answer"));
    move(officer, id, "close", "{}")
        .andExpect(status().isConflict())
        .andExpect(jsonPath("$.currentState").value("DEAL"));
    move(officer, id, "deal", "{\"dealValue\":1}")
        .andExpect(status().isConflict())
        .andExpect(jsonPath("$.currentState").value("DEAL"));
    mvc.perform(get("/api/v1/public/inquiries/" + asked.get("token")))
        .andExpect(jsonPath("$.status").value("DEAL"))
        .andExpect(jsonPath("$.dealCurrency").value("EUR"));

    // bad input and a flood from one address
    Map<String, Object> bad = new HashMap<>(ask);
    bad.put("contact", "javascript:alert(1)");
    bad.put("message", "");
    ask(bad, "10.40.0.2")
        .andExpect(status().isUnprocessableContent())
        .andExpect(jsonPath("$.errors.length()").value(2));
    Map<String, Object> robot = new HashMap<>(ask);
    robot.put("website", "http://spam.example");
    ask(robot, "10.40.0.2").andExpect(status().isUnprocessableContent());
    long before = jdbc.sql("select count(*) from inquiry").query(Long.class).single();
    int refused = 0;
    for (int i = 0; i < 8; i++) {
      if (ask(ask, "10.40.0.3").andReturn().getResponse().getStatus() == 429) {
        refused++;
      }
    }
    assertThat(refused).isEqualTo(3);
    assertThat(jdbc.sql("select count(*) from inquiry").query(Long.class).single())
        .isEqualTo(before + 5);
  }

  private ResultActions ask(Map<String, Object> body, String address) throws Exception {
    return mvc.perform(
        post("/api/v1/inquiries")
            .with(
                r -> {
                  r.setRemoteAddr(address);
                  return r;
                })
            .contentType(MediaType.APPLICATION_JSON)
            .content(json.writeValueAsString(body)));
  }

  private ResultActions move(String token, long id, String action, String body) throws Exception {
    return mvc.perform(
        post("/api/v1/inquiries/" + id + "/" + action)
            .header("Authorization", bearer(token))
            .contentType(MediaType.APPLICATION_JSON)
            .content(body));
  }
}
