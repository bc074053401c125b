package id.naikkelas.training;

import static id.naikkelas.access.AccountFixture.bearer;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.json.JsonMapper;

/** Events as the API takes them, open for registration now. */
public final class EventFixture {

  private static final java.util.Random PHONES = new java.security.SecureRandom();

  private EventFixture() {}

  public static Map<String, Object> event(String mode, int quota) {
    Map<String, Object> e = new HashMap<>();
    e.put("title", "Pelatihan Kewirausahaan Mandiri " + System.nanoTime());
    e.put("type", "TRAINING");
    e.put("mode", mode);
    e.put("quota", String.valueOf(quota));
    e.put("registrationOpens", Instant.now().minus(1, ChronoUnit.HOURS).toString());
    e.put("registrationCloses", Instant.now().plus(2, ChronoUnit.DAYS).toString());
    e.put("regionScope", "35.24.17");
    e.put("startsOn", "2026-12-10");
    e.put("endsOn", "2026-12-11");
    e.put("sessions", "2");
    e.put("minSessions", "2");
    e.put("place", "Pendopo Kecamatan Sukodadi");
    e.put("organiser", "Dinas Koperasi dan Usaha Mikro Kabupaten Lamongan");
    e.put("programme", "Pelatihan Kewirausahaan Mandiri 2026");
    e.put("questions", List.of());
    e.put("criteria", Map.of());
    return e;
  }

  public static long create(MockMvc mvc, JsonMapper json, String token, Map<String, Object> event)
      throws Exception {
    String body =
        mvc.perform(
                post("/api/v1/events")
                    .header("Authorization", bearer(token))
                    .contentType(MediaType.APPLICATION_JSON)
                    .content(json.writeValueAsString(event)))
            .andExpect(status().isCreated())
            .andReturn()
            .getResponse()
            .getContentAsString();
    return ((Number) json.readValue(body, Map.class).get("id")).longValue();
  }

  public static Map<String, Object> candidate(String nik) {
    Map<String, Object> r = new HashMap<>();
    r.put("nik", nik);
    r.put("name", "Siti Rohmah");
    // a phone of one's own: the limits per phone hold a few registrations an hour
    r.put("phone", "0812%08d".formatted(PHONES.nextInt(100_000_000)));
    r.put("villageCode", "35.24.17.2007");
    r.put("answers", Map.of());
    return r;
  }
}
