package id.naikkelas.contract;

import static org.assertj.core.api.Assertions.assertThat;

import id.naikkelas.IntegrationTest;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Value;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The committed API document, from which the build generates the test client, is the one the
 * running application serves. Refresh it with {@code ./mvnw verify -Dtest=ApiDocumentDriftTest
 * -Dsurefire.failIfNoSpecifiedTests=false -Dnaikkelas.openapi.write=true}.
 */
@IntegrationTest
class ApiDocumentDriftTest {

  static final Path COMMITTED = Path.of("src/main/openapi/naik-kelas.json");

  private static final JsonMapper SORTED =
      JsonMapper.builder()
          .enable(SerializationFeature.INDENT_OUTPUT)
          .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
          .build();

  @Value("${local.server.port}")
  int port;

  @Test
  void the_committed_document_is_the_one_the_application_serves() throws Exception {
    String served = sorted(fetch());
    if (Boolean.getBoolean("naikkelas.openapi.write")) {
      Files.writeString(COMMITTED, served, StandardCharsets.UTF_8);
    }
    String committed =
        Files.exists(COMMITTED) ? Files.readString(COMMITTED, StandardCharsets.UTF_8) : "";
    assertThat(committed)
        .as(
            "%s differs from /v3/api-docs. If the change of the API is meant, refresh the file with"
                + " ./mvnw verify -Dtest=ApiDocumentDriftTest"
                + " -Dsurefire.failIfNoSpecifiedTests=false -Dnaikkelas.openapi.write=true"
                + " and commit it (the generated client follows it)",
            COMMITTED)
        .isEqualTo(served);
  }

  private String fetch() throws Exception {
    HttpResponse<String> response =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/v3/api-docs"))
                    .build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    assertThat(response.statusCode()).isEqualTo(200);
    return response.body();
  }

  /** Keys in order, two-space indents, one newline at the end: a stable file to diff. */
  static String sorted(String json) {
    JsonNode tree = SORTED.readTree(json);
    Object plain = SORTED.treeToValue(tree, Object.class);
    return SORTED.writeValueAsString(plain) + "\n";
  }
}
