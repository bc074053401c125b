package id.naikkelas.training;

import static id.naikkelas.access.AccountFixture.bearer;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import id.naikkelas.IntegrationTest;
import id.naikkelas.access.AccountFixture;
import id.naikkelas.access.Role;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import tools.jackson.databind.json.JsonMapper;

@IntegrationTest
class BusinessMatchingTest {

  @Autowired MockMvc mvc;
  @Autowired AccountFixture accounts;
  @Autowired JsonMapper json;

  @Test
  void umkm_and_buyers_ask_for_meetings_the_organiser_schedules_them_and_follows_outcomes()
      throws Exception {
    String officerName = accounts.open(Role.OFFICER, "35.24.17");
    String officer = accounts.token(officerName);
    Map<String, Object> e = EventFixture.event("FIRST_COME", 100);
    e.put("type", "BUSINESS_MATCHING");
    e.put("title", "Temu Usaha UMKM Lamongan " + System.nanoTime());
    long event = EventFixture.create(mvc, json, officer, e);

    String kripik = join(event, "UMKM", null, "Keripik Bu Sri", "0812-1111-2222");
    String tenun = join(event, "UMKM", null, "Tenun Ikat Parengan", "tenun@example.id");
    String exporter =
        join(event, "BUYER", "EXPORTER", "PT Ekspor Nusantara", "buyer@export.example");
    String retailer = join(event, "BUYER", "RETAILER", "Ritel Modern Jatim", "+62 813 5555 6666");
    joinRequest(event, "BUYER", "EXPORTER", "Dupe", "buyer@export.example")
        .andExpect(status().isConflict());
    joinRequest(event, "BUYER", "SPACESHIP", "", "not-a-contact")
        .andExpect(status().isUnprocessableContent())
        .andExpect(jsonPath("$.errors.length()").value(3));

    long exporterId = idOf(exporter);
    long retailerId = idOf(retailer);
    long kripikId = idOf(kripik);
    long kripikToExporter =
        ((Number)
                json.readValue(
                        request(kripik, exporterId)
                            .andExpect(status().isCreated())
                            .andReturn()
                            .getResponse()
                            .getContentAsString(),
                        Map.class)
                    .get("id"))
            .longValue();
    request(tenun, exporterId).andExpect(status().isCreated());
    request(retailer, kripikId).andExpect(status().isCreated());
    request(exporter, kripikId).andExpect(status().isConflict()); // the pair already has one
    request(kripik, idOf(tenun)).andExpect(status().isUnprocessableContent()); // same side

    mvc.perform(
            post("/api/v1/events/" + event + "/matching/schedule")
                .header("Authorization", bearer(officer)))
        .andExpect(status().isConflict()); // no slots yet
    mvc.perform(
            put("/api/v1/events/" + event + "/matching/setup")
                .header("Authorization", bearer(officer))
                .contentType(MediaType.APPLICATION_JSON)
                .content(
                    "{\"day\":\"2026-12-15\",\"firstSlot\":\"09:00\",\"slotMinutes\":20,"
                        + "\"slots\":4,\"tables\":1}"))
        .andExpect(status().isNoContent());
    mvc.perform(
            post("/api/v1/events/" + event + "/matching/schedule")
                .header("Authorization", bearer(officer)))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.scheduled").value(3));
    // a scheduled meeting can no longer be turned down
    mvc.perform(post("/api/v1/matching/" + exporter + "/meetings/" + kripikToExporter + "/decline"))
        .andExpect(status().isConflict())
        .andExpect(jsonPath("$.currentState").value("CONFIRMED"))
        .andExpect(jsonPath("$.action").value("decline"));
    String meetings =
        mvc.perform(
                get("/api/v1/events/" + event + "/matching/meetings")
                    .header("Authorization", bearer(officer)))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString();
    java.util.List<Map<String, Object>> list = json.readValue(meetings, java.util.List.class);
    // one table: three meetings in three different slots, nobody in two places at once
    assertThat(list).extracting(m -> m.get("slot")).containsExactlyInAnyOrder(1, 2, 3);
    assertThat(list)
        .extracting(m -> m.get("startsAt"))
        .contains("09:00:00", "09:20:00", "09:40:00");
    long first = ((Number) list.get(0).get("id")).longValue();

    mvc.perform(
            post("/api/v1/meetings/" + first + "/outcome")
                .header("Authorization", bearer(officer))
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"kind\":\"MOU\",\"value\":-5}"))
        .andExpect(status().isUnprocessableContent())
        .andExpect(jsonPath("$.errors[0].field").value("value"));
    mvc.perform(
            post("/api/v1/meetings/" + first + "/realise").header("Authorization", bearer(officer)))
        .andExpect(status().isConflict()) // nothing to realise before an outcome is recorded
        .andExpect(jsonPath("$.currentState").value("CONFIRMED"))
        .andExpect(jsonPath("$.action").value("realise"));
    mvc.perform(
            post("/api/v1/meetings/" + first + "/outcome")
                .header("Authorization", bearer(officer))
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"kind\":\"CONTRACT\",\"value\":25000,\"currency\":\"usd\"}"))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.outcomeStatus").value("FOLLOW_UP"));
    mvc.perform(
            post("/api/v1/meetings/" + first + "/realise").header("Authorization", bearer(officer)))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.outcomeStatus").value("REALISED"));
    // a realised outcome is final: dropping it, realising it again or rewriting it are refused
    for (String action : java.util.List.of("drop", "realise")) {
      mvc.perform(
              post("/api/v1/meetings/" + first + "/" + action)
                  .header("Authorization", bearer(officer)))
          .andExpect(status().isConflict())
          .andExpect(jsonPath("$.currentState").value("REALISED"))
          .andExpect(jsonPath("$.action").value(action));
    }
    mvc.perform(
            post("/api/v1/meetings/" + first + "/outcome")
                .header("Authorization", bearer(officer))
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"kind\":\"NONE\"}"))
        .andExpect(status().isConflict())
        .andExpect(jsonPath("$.currentState").value("REALISED"));
    mvc.perform(
            get("/api/v1/events/" + event + "/matching/report")
                .header("Authorization", bearer(officer)))
        .andExpect(jsonPath("$.confirmed").value(3))
        .andExpect(jsonPath("$.contracts").value(1))
        .andExpect(jsonPath("$.realisedValue.USD").value(25000.0))
        .andExpect(jsonPath("$.participants.UMKM").value(2))
        .andExpect(jsonPath("$.participants.BUYER").value(2));

    mvc.perform(get("/api/v1/matching/" + kripik))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.others.length()").value(2))
        .andExpect(jsonPath("$.meetings.length()").value(2));
    mvc.perform(get("/temu-usaha/" + kripik))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("my-meetings")));
    String lumajang = accounts.token(accounts.open(Role.OFFICER, "35.08"));
    mvc.perform(
            get("/api/v1/events/" + event + "/matching/meetings")
                .header("Authorization", bearer(lumajang)))
        .andExpect(status().isNotFound());
    mvc.perform(
            get("/training/events/" + event + "/matching")
                .with(authentication(accounts.signedIn(officerName))))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("PT Ekspor Nusantara")))
        .andExpect(content().string(containsString("id=\"confirmed-meetings\">3<")));
    mvc.perform(
            post("/acara/" + event + "/temu-usaha")
                .param("side", "UMKM")
                .param("name", "Rina")
                .param("organisation", "Batik Sendang")
                .param("contact", "081277778888")
                .with(csrf()))
        .andExpect(status().is3xxRedirection());
  }

  private String join(long event, String side, String kind, String org, String contact)
      throws Exception {
    String body =
        joinRequest(event, side, kind, org, contact)
            .andExpect(status().isCreated())
            .andReturn()
            .getResponse()
            .getContentAsString();
    return (String) json.readValue(body, Map.class).get("token");
  }

  private ResultActions joinRequest(
      long event, String side, String kind, String org, String contact) throws Exception {
    Map<String, Object> j = new HashMap<>();
    j.put("side", side);
    j.put("kind", kind);
    j.put("name", "Peserta");
    j.put("organisation", org);
    j.put("contact", contact);
    return mvc.perform(
        post("/api/v1/events/" + event + "/matching/participants")
            .contentType(MediaType.APPLICATION_JSON)
            .content(json.writeValueAsString(j)));
  }

  private ResultActions request(String token, long invitee) throws Exception {
    return mvc.perform(
        post("/api/v1/matching/" + token + "/meetings")
            .contentType(MediaType.APPLICATION_JSON)
            .content("{\"inviteeId\":" + invitee + "}"));
  }

  private long idOf(String token) throws Exception {
    String body =
        mvc.perform(get("/api/v1/matching/" + token))
            .andReturn()
            .getResponse()
            .getContentAsString();
    return ((Number) ((Map<?, ?>) json.readValue(body, Map.class).get("me")).get("id")).longValue();
  }
}
