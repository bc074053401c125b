package id.naikkelas.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;

import id.naikkelas.IntegrationTest;
import id.naikkelas.access.AccountFixture;
import id.naikkelas.access.Role;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.json.JsonMapper;

/**
 * Issue 9, existence oracles: a record that exists but is not the caller's answers exactly as a
 * record that does not exist. Walked over every operation of the OpenAPI document with a path
 * variable that is not open to anyone, for a viewer (read-only, in scope: every change refused
 * alike) and for an officer of another district (out of scope: every read and change answered
 * alike).
 */
@IntegrationTest
@org.junit.jupiter.api.Order(WalkOrder.LAST)
class ExistenceOracleWalkTest {

  private static final JsonMapper JSON = JsonMapper.builder().build();
  private static final String UNKNOWN = "987654321";

  @Autowired MockMvc mvc;
  @Autowired AccountFixture fixture;

  @Test
  @SuppressWarnings("unchecked")
  void a_record_not_yours_answers_as_one_that_does_not_exist() throws Exception {
    String owner = fixture.token(fixture.open(Role.ADMIN, "35.08.05"));
    Map<String, Map<String, Object>> seeds = new WalkSeeds(mvc, owner).plant().ids;
    String viewer = fixture.token(fixture.open(Role.VIEWER, "35"));
    String stranger = fixture.token(fixture.open(Role.OFFICER, "35.24.17"));
    Map<String, Object> api =
        JSON.readValue(
            mvc.perform(get("/v3/api-docs")).andReturn().getResponse().getContentAsString(),
            Map.class);
    List<String> oracles = new ArrayList<>();
    int compared = 0;
    for (var path : ((Map<String, Map<String, Object>>) api.get("paths")).entrySet()) {
      String resource = resource(path.getKey());
      Map<String, Object> ids = seeds.get(resource);
      if (ids == null || path.getKey().startsWith("/api/v1/public/")) {
        continue; // public records are public: their existence is no secret
      }
      for (String method : path.getValue().keySet()) {
        HttpMethod http = HttpMethod.valueOf(method.toUpperCase());
        String known = expand(path.getKey(), ids, null);
        String unknown = expand(path.getKey(), ids, UNKNOWN);
        if (status(http, known, null) != 401) {
          continue; // open to anyone (public events, a ticket's or a participant's secret link)
        }
        List<String> callers = new ArrayList<>(List.of(stranger));
        if (http != HttpMethod.GET) {
          callers.add(viewer);
        }
        for (String token : callers) {
          int a = status(http, known, token);
          int b = status(http, unknown, token);
          compared++;
          if (a != b) {
            oracles.add(
                http
                    + " "
                    + path.getKey()
                    + (token.equals(viewer) ? " (viewer)" : " (other district)")
                    + ": "
                    + a
                    + " for a record, "
                    + b
                    + " for none");
          }
        }
      }
    }
    assertThat(compared).as("operations compared").isGreaterThan(20);
    assertThat(oracles).isEmpty();
  }

  private int status(HttpMethod method, String url, String token) throws Exception {
    var request =
        request(method, url)
            .contentType(MediaType.APPLICATION_JSON)
            .content("{}")
            .with(WalkAddresses.next());
    if (token != null) {
      request.header("Authorization", "Bearer " + token);
    }
    return mvc.perform(request).andReturn().getResponse().getStatus();
  }

  /** The path with the seeded record's ids, or with {@code unknown} in its first variable. */
  private static String expand(String path, Map<String, Object> ids, String unknown) {
    String url = path;
    int start = url.indexOf('{');
    if (start >= 0 && unknown != null) {
      url = url.substring(0, start) + unknown + url.substring(url.indexOf('}', start) + 1);
    }
    for (var id : ids.entrySet()) {
      url = url.replace("{" + id.getKey() + "}", String.valueOf(id.getValue()));
    }
    return url.replaceAll("\\{[^}]+}", "1");
  }

  private static String resource(String path) {
    String[] segments = path.split("/");
    for (int i = 1; i < segments.length; i++) {
      if (segments[i].startsWith("{")) {
        return segments[i - 1];
      }
    }
    return "";
  }
}
