package id.naikkelas.platform;

import static org.assertj.core.api.Assertions.assertThat;

import id.naikkelas.IntegrationTest;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Issue 9, findings 7 and 12, over real HTTP: control characters in parameters and JSON answer 4xx
 * naming the field (sign-in included), a body over the limit is refused with 413 whether it
 * declares its length or streams it, and nothing is stored.
 */
@IntegrationTest
class RequestInputTest {

  private final HttpClient http = HttpClient.newHttpClient();

  @LocalServerPort int port;
  @Autowired JdbcClient jdbc;

  @Test
  void a_nul_in_a_query_parameter_is_a_400_naming_it() throws Exception {
    HttpResponse<String> api = get("/api/v1/regions?q=a%00b");
    assertThat(api.statusCode()).isEqualTo(400);
    assertThat(api.body()).contains("\"field\":\"q\"");
    assertThat(get("/umkm?region=%00").statusCode()).isEqualTo(400);
  }

  @Test
  void a_nul_in_a_sign_in_is_refused_before_any_account_is_looked_up() throws Exception {
    HttpResponse<String> page =
        send(
            "/login",
            "application/x-www-form-urlencoded",
            HttpRequest.BodyPublishers.ofString("username=admin%00&password=x"));
    assertThat(page.statusCode()).isEqualTo(400);
    HttpResponse<String> api =
        send(
            "/api/v1/auth/token",
            "application/json",
            HttpRequest.BodyPublishers.ofString(
                "{\"username\":\"admin\\u0000\",\"password\":\"x\"}"));
    assertThat(api.statusCode()).isEqualTo(422);
    assertThat(api.body()).contains("\"field\":\"username\"");
  }

  @Test
  void a_number_no_column_can_hold_is_a_422_naming_its_field() throws Exception {
    HttpResponse<String> answer =
        send(
            "/api/v1/inquiries",
            "application/json",
            HttpRequest.BodyPublishers.ofString("{\"productId\":1e40}"));
    assertThat(answer.statusCode()).isEqualTo(422);
    assertThat(answer.body()).contains("\"field\":\"productId\"");
  }

  @Test
  void a_twenty_megabyte_json_is_refused_unread() throws Exception {
    long before = registrations();
    byte[] big = ("{\"username\":\"" + "x".repeat(20 * 1024 * 1024) + "\"}").getBytes();
    HttpResponse<String> declared =
        send(
            "/api/v1/registrations",
            "application/json",
            HttpRequest.BodyPublishers.ofByteArray(big));
    assertThat(declared.statusCode()).isEqualTo(413);
    // the same body streamed without a length: refused when it passes the limit
    HttpResponse<String> streamed =
        send(
            "/api/v1/registrations",
            "application/json",
            HttpRequest.BodyPublishers.ofInputStream(() -> stream(big)));
    assertThat(streamed.statusCode()).isEqualTo(413);
    assertThat(registrations()).isEqualTo(before);
  }

  private long registrations() {
    return jdbc.sql("select count(*) from account").query(Long.class).single();
  }

  private static InputStream stream(byte[] body) {
    return new SequenceInputStream(
        new ByteArrayInputStream(body, 0, 10),
        new ByteArrayInputStream(body, 10, body.length - 10));
  }

  private HttpResponse<String> get(String path) throws Exception {
    return http.send(
        HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).build(),
        HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
  }

  private HttpResponse<String> send(String path, String type, HttpRequest.BodyPublisher body)
      throws Exception {
    return http.send(
        HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
            .header("Content-Type", type)
            .POST(body)
            .build(),
        HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
  }
}
