package id.naikkelas.platform;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.HashMap;
import java.util.Map;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Records of every kind inside the walker's own scope (Tempeh, Lumajang), made through the API, so
 * that a walk with hostile values gets past the look-up of its path's record and reaches the code
 * that stores or queries the value. A seed that fails is left out: its paths are walked with a
 * made-up id.
 */
final class WalkSeeds {

  private static final JsonMapper JSON = JsonMapper.builder().build();

  private final MockMvc mvc;
  private final String token;

  /** {@code resource -> {variable -> value}}, as the path segment before the variable names. */
  final Map<String, Map<String, Object>> ids = new HashMap<>();

  WalkSeeds(MockMvc mvc, String token) {
    this.mvc = mvc;
    this.token = token;
  }

  WalkSeeds plant() throws Exception {
    String business =
        id(
            "/api/v1/businesses",
            """
            {"nik":"3508055203850002","ownerName":"Siti Walk","sex":"P","phone":"081299990001",
             "ownerAddress":"Jl. Mawar 1","ownerVillageCode":"35.08.05.2001",
             "businessName":"Keripik Walk Tempeh","kbliVersion":"2020","kbliCodes":"10794",
             "capital":"50000000","annualSales":"100000000","employees":"3","yearFounded":"2015",
             "villageCode":"35.08.05.2001","address":"Jl. Mawar 1"}""");
    put("businesses", "id", business);
    send("/api/v1/businesses/" + business + "/verify", "{}");
    String product =
        id(
            "/api/v1/products",
            """
            {"businessId":%s,"name":"Keripik Pisang Walk","category":"FOOD_DRINK",
             "priceMin":"15000","unit":"bungkus","minOrder":"1"}"""
                .formatted(business));
    put("products", "id", product);
    send("/api/v1/products/" + product + "/publish", "{}");
    String event =
        id(
            "/api/v1/events",
            """
            {"title":"Pelatihan Walk","type":"TRAINING","mode":"FIRST_COME","quota":"10",
             "registrationOpens":"2026-01-01","registrationCloses":"2099-01-01",
             "regionScope":"35.08.05","startsOn":"2099-02-01","endsOn":"2099-02-01",
             "sessions":"1","minSessions":"1","place":"Balai Desa","organiser":"Dinas"}""");
    JsonNode registration =
        send(
            "/api/v1/events/" + event + "/registrations",
            """
            {"nik":"3508055203850002","name":"Siti Walk","phone":"081299990001",
             "villageCode":"35.08.05.2001","answers":{}}""");
    Map<String, Object> eventIds = new HashMap<>();
    eventIds.put("id", event);
    if (registration != null && registration.has("id")) {
      eventIds.put("registrationId", registration.get("id").asString());
    }
    ids.put("events", eventIds);
    if (registration != null && registration.has("ticket")) {
      put("tickets", "ticket", registration.get("ticket").asString());
    }
    String partner = id("/api/v1/partners", "{\"name\":\"Ritel Walk\",\"kind\":\"RETAILER\"}");
    put("partners", "id", partner);
    String round =
        id(
            "/api/v1/curation-rounds",
            "{\"title\":\"Kurasi Walk\",\"partnerId\":%s,\"passScore\":5}".formatted(partner));
    put("curation-rounds", "id", round);
    put(
        "curation-submissions",
        "id",
        id(
            "/api/v1/curation-rounds/" + round + "/submissions",
            "{\"productId\":%s}".formatted(product)));
    String showroom = id("/api/v1/showrooms", "{\"name\":\"Galeri Walk\",\"place\":\"Pendopo\"}");
    put("showrooms", "id", showroom);
    put(
        "consignments",
        "id",
        id(
            "/api/v1/showrooms/" + showroom + "/consignments",
            "{\"productId\":%s,\"quantity\":5,\"unitPrice\":15000,\"placedOn\":\"2026-11-01\"}"
                .formatted(product)));
    put(
        "inquiries",
        "id",
        id(
            "/api/v1/inquiries",
            """
            {"productId":%s,"buyerName":"Pembeli Walk","country":"ID",
             "contact":"pembeli@contoh.id","message":"Berapa harga grosir?"}"""
                .formatted(product)));
    String expo =
        id(
            "/api/v1/expos",
            """
            {"title":"Expo Walk","titleEn":"Walk Expo","startsOn":"2026-11-01",
             "endsOn":"2099-01-01"}""");
    put("expos", "id", expo);
    send("/api/v1/expos/" + expo + "/booths", "{\"businessId\":%s}".formatted(business));
    return this;
  }

  private void put(String resource, String variable, String value) {
    if (value != null) {
      ids.computeIfAbsent(resource, k -> new HashMap<>()).put(variable, value);
    }
  }

  private String id(String path, String body) throws Exception {
    JsonNode answer = send(path, body);
    return answer != null && answer.has("id") ? answer.get("id").asString() : null;
  }

  private JsonNode send(String path, String body) throws Exception {
    var response =
        mvc.perform(
                post(path)
                    .header("Authorization", "Bearer " + token)
                    .contentType(MediaType.APPLICATION_JSON)
                    .content(body)
                    .with(WalkAddresses.next()))
            .andReturn()
            .getResponse();
    if (response.getStatus() >= 300) {
      System.out.println(
          "WALK SEED " + path + " " + response.getStatus() + " " + response.getContentAsString());
      return null;
    }
    String text = response.getContentAsString();
    return text.isBlank() ? null : JSON.readTree(text);
  }
}
