package id.naikkelas.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;

import id.naikkelas.IntegrationTest;
import id.naikkelas.access.AccountFixture;
import id.naikkelas.access.Role;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.web.util.UriUtils;
import tools.jackson.databind.json.JsonMapper;

/**
 * SECURITY.md, Access: every operation of the OpenAPI document, called with hostile values in each
 * parameter and each body property in turn (the other ones plausible), never answers 5xx. The
 * operations come from the running application's document, so a new endpoint is walked without
 * editing this test.
 */
@IntegrationTest
@org.junit.jupiter.api.Order(WalkOrder.LAST)
class HostileApiWalkTest {

  private static final JsonMapper JSON = JsonMapper.builder().build();

  @Autowired MockMvc mvc;
  @Autowired AccountFixture fixture;
  @Autowired id.naikkelas.registry.selfservice.SelfRegistration selfRegistration;

  private String token;
  private String ownerToken;
  private Map<String, Map<String, Object>> seeds;
  private final List<String> failures = new ArrayList<>();
  private int requests;

  @Test
  @SuppressWarnings("unchecked")
  void no_operation_answers_5xx_to_hostile_values() throws Exception {
    token = freshToken();
    ownerToken = ownerToken();
    seeds = new WalkSeeds(mvc, token).plant().ids;
    String document =
        mvc.perform(get("/v3/api-docs")).andReturn().getResponse().getContentAsString();
    Map<String, Object> api = JSON.readValue(document, Map.class);
    Map<String, Object> schemas =
        (Map<String, Object>)
            ((Map<String, Object>) api.getOrDefault("components", Map.of()))
                .getOrDefault("schemas", Map.of());
    Map<String, Map<String, Object>> paths = (Map<String, Map<String, Object>>) api.get("paths");
    int operations = 0;
    for (var path : paths.entrySet()) {
      for (var operation : path.getValue().entrySet()) {
        if (!List.of("get", "post", "put", "patch", "delete").contains(operation.getKey())) {
          continue;
        }
        operations++;
        walk(
            HttpMethod.valueOf(operation.getKey().toUpperCase()),
            path.getKey(),
            (Map<String, Object>) operation.getValue(),
            schemas);
      }
    }
    assertThat(operations).as("operations walked").isGreaterThan(50);
    assertThat(failures).as("5xx answers of " + requests + " requests").isEmpty();
  }

  @SuppressWarnings("unchecked")
  private void walk(
      HttpMethod method, String path, Map<String, Object> operation, Map<String, Object> schemas)
      throws Exception {
    List<Map<String, Object>> parameters =
        (List<Map<String, Object>>) operation.getOrDefault("parameters", List.of());
    Map<String, String> plainParams = new LinkedHashMap<>();
    java.util.Set<String> optional = new java.util.HashSet<>();
    for (Map<String, Object> p : parameters) {
      Map<String, Object> schema = (Map<String, Object>) p.getOrDefault("schema", Map.of());
      String value = HostileValues.plausible((String) p.get("name"), schema);
      if (!"path".equals(p.get("in")) && !Boolean.TRUE.equals(p.get("required"))) {
        optional.add(p.get("in") + ":" + p.get("name"));
        continue; // left out unless it is the one walked
      }
      plainParams.put(
          p.get("in") + ":" + p.get("name"),
          "path".equals(p.get("in"))
              ? String.valueOf(
                  seeds
                      .getOrDefault(resource(path, (String) p.get("name")), Map.of())
                      .getOrDefault(p.get("name"), "1"))
              : unquote(value, schema));
    }
    Map<String, Object> bodySchema = bodySchema(operation, schemas);
    Map<String, String> plainBody = new LinkedHashMap<>();
    if (bodySchema != null) {
      Map<String, Object> properties =
          (Map<String, Object>) bodySchema.getOrDefault("properties", Map.of());
      for (var property : properties.entrySet()) {
        plainBody.put(
            property.getKey(),
            HostileValues.plausible(
                property.getKey(), resolve((Map<String, Object>) property.getValue(), schemas)));
      }
    }
    java.util.Set<String> walkedParams = new java.util.LinkedHashSet<>(plainParams.keySet());
    walkedParams.addAll(optional);
    for (String param : walkedParams) {
      for (var hostile : HostileValues.TEXT.entrySet()) {
        Map<String, String> params = new LinkedHashMap<>(plainParams);
        params.put(param, hostile.getValue());
        send(method, path, params, bodySchema == null ? null : body(plainBody), param, hostile);
      }
    }
    for (String property : plainBody.keySet()) {
      for (var hostile : HostileValues.JSON.entrySet()) {
        Map<String, String> values = new LinkedHashMap<>(plainBody);
        values.put(property, hostile.getValue());
        send(method, path, plainParams, body(values), "body:" + property, hostile);
      }
    }
    if (bodySchema != null) {
      for (String malformed : List.of("{", "[]", "\"x\"", "{\"unknownProperty\":1}", "")) {
        send(method, path, plainParams, malformed, "body", Map.entry("malformed", malformed));
      }
    }
  }

  private void send(
      HttpMethod method,
      String path,
      Map<String, String> params,
      String body,
      String target,
      Map.Entry<String, String> hostile)
      throws Exception {
    String url = path;
    List<String> query = new ArrayList<>();
    for (var p : params.entrySet()) {
      String name = p.getKey().substring(p.getKey().indexOf(':') + 1);
      String encoded = UriUtils.encode(p.getValue(), java.nio.charset.StandardCharsets.UTF_8);
      if (p.getKey().startsWith("path:")) {
        url = url.replace("{" + name + "}", encoded);
      } else if (p.getKey().startsWith("query:")) {
        query.add(UriUtils.encode(name, java.nio.charset.StandardCharsets.UTF_8) + "=" + encoded);
      }
    }
    if (!query.isEmpty()) {
      url += "?" + String.join("&", query);
    }
    MockHttpServletRequestBuilder request =
        request(method, java.net.URI.create(url))
            .header(
                "Authorization", "Bearer " + (path.startsWith("/api/v1/my/") ? ownerToken : token))
            .with(WalkAddresses.next());
    if (body != null) {
      request.contentType(MediaType.APPLICATION_JSON).content(body);
    }
    requests++;
    org.springframework.mock.web.MockHttpServletResponse response;
    try {
      response = mvc.perform(request).andReturn().getResponse();
    } catch (jakarta.servlet.ServletException e) {
      Throwable root = e;
      while (root.getCause() != null) {
        root = root.getCause();
      }
      failures.add(
          method
              + " "
              + path
              + " "
              + target
              + "="
              + hostile.getKey()
              + " -> "
              + root.toString().lines().findFirst().orElse(""));
      return;
    }
    if (response.getStatus() >= 500) {
      failures.add(
          method
              + " "
              + path
              + " "
              + target
              + "="
              + hostile.getKey()
              + " -> "
              + response.getStatus());
    } else if (response.getStatus() == 422
        && !response.getContentAsString().contains("\"errors\"")) {
      failures.add(
          method + " " + path + " " + target + "=" + hostile.getKey() + " -> 422 naming no field");
    } else if (response.getStatus() == 401 && path.startsWith("/api/v1/my/")) {
      ownerToken = ownerToken();
    } else if (response.getStatus() == 401 && !path.startsWith("/api/v1/auth/")) {
      token = freshToken(); // a walked password change may have revoked the token
    }
  }

  /** The resource a path names: the segment just before its first variable. */
  private static String resource(String path, String variable) {
    String[] segments = path.split("/");
    for (int i = 1; i < segments.length; i++) {
      if (segments[i].startsWith("{")) {
        return segments[i - 1];
      }
    }
    return "";
  }

  /** An owner who registered a business of their own: the {@code /api/v1/my/…} endpoints. */
  private String ownerToken() {
    String username = "walk.owner" + System.nanoTime() % 1_000_000;
    selfRegistration.register(
        new id.naikkelas.registry.selfservice.SelfRegistrationForm(
            username,
            AccountFixture.PASSWORD,
            AccountFixture.PASSWORD,
            id.naikkelas.registry.BusinessDraftFixture.draft("35.08.05.2001"),
            true,
            ""),
        "10.89.0.1");
    return fixture.token(username);
  }

  private String freshToken() {
    return fixture.token(fixture.open(Role.ADMIN, "35.08.05"));
  }

  private static String body(Map<String, String> values) {
    List<String> members = new ArrayList<>();
    values.forEach((name, json) -> members.add(HostileValues.quote(name) + ":" + json));
    return "{" + String.join(",", members) + "}";
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> bodySchema(
      Map<String, Object> operation, Map<String, Object> schemas) {
    Object body = operation.get("requestBody");
    if (!(body instanceof Map<?, ?> requestBody)) {
      return null;
    }
    Map<String, Object> content = (Map<String, Object>) requestBody.get("content");
    if (content == null || !content.containsKey("application/json")) {
      return null; // uploads: their parameters are walked, their files by the upload tests
    }
    Map<String, Object> json = (Map<String, Object>) content.get("application/json");
    return resolve((Map<String, Object>) json.getOrDefault("schema", Map.of()), schemas);
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> resolve(
      Map<String, Object> schema, Map<String, Object> schemas) {
    Object ref = schema.get("$ref");
    if (ref instanceof String name) {
      return (Map<String, Object>)
          schemas.getOrDefault(name.substring(name.lastIndexOf('/') + 1), Map.of());
    }
    return schema;
  }

  private static String unquote(String json, Map<String, Object> schema) {
    return json.startsWith("\"") ? json.substring(1, json.length() - 1) : json;
  }
}
