package id.naikkelas.platform;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import id.naikkelas.IntegrationTest;
import id.naikkelas.access.AccountFixture;
import id.naikkelas.access.Role;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Issue 9, finding 13: the one rule for names (no markup, bidi or invisible characters) holds
 * beyond the registry too: event registrants, buyers asking a seller, account holders.
 */
@IntegrationTest
class NamesEverywhereTest {

  @Autowired MockMvc mvc;
  @Autowired AccountFixture fixture;

  @Test
  void markup_bidi_and_invisible_characters_in_a_name_are_refused_naming_the_field()
      throws Exception {
    String token = fixture.token(fixture.open(Role.ADMIN, "35.08.05"));
    Map<String, Map<String, Object>> seeds = new WalkSeeds(mvc, token).plant().ids;
    Object event = seeds.get("events").get("id");
    Object product = seeds.get("products").get("id");
    refused(
        "/api/v1/events/" + event + "/registrations",
        token,
        """
        {"nik":"3508056607910003","name":"<b>Rina</b>","phone":"081277770003",
         "villageCode":"35.08.05.2001","answers":{}}""",
        "name");
    refused(
        "/api/v1/inquiries",
        null,
        """
        {"productId":%s,"buyerName":"\\u202EilA","country":"ID","contact":"a@contoh.id",
         "message":"Halo"}"""
            .formatted(product),
        "buyerName");
    refused(
        "/api/v1/users",
        token,
        """
        {"username":"nama.uji","password":"Rahasia#Kuat2026","fullName":"Ra\\u200Bhma",
         "role":"OFFICER","scope":"35.08.05"}""",
        "fullName");
  }

  private void refused(String path, String token, String body, String field) throws Exception {
    var request =
        post(path).contentType(MediaType.APPLICATION_JSON).content(body).with(WalkAddresses.next());
    if (token != null) {
      request.header("Authorization", "Bearer " + token);
    }
    mvc.perform(request)
        .andExpect(status().isUnprocessableContent())
        .andExpect(jsonPath("$.errors[?(@.field == '" + field + "')]").exists());
  }
}
