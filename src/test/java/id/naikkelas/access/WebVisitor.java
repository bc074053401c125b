package id.naikkelas.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A browser over real HTTP against the running test server: its own cookie jar, no redirects
 * followed, so the servlet container's session handling is what is tested (MockMvc skips it).
 */
final class WebVisitor {

  static final String SESSION_COOKIE = "NAIKKELAS_SESSION";
  private static final Pattern CSRF_FIELD =
      Pattern.compile("name=\"_csrf\"\\s+value=\"([^\"]+)\"|value=\"([^\"]+)\"\\s+name=\"_csrf\"");

  private final String base;
  private final CookieManager cookies = new CookieManager(null, CookiePolicy.ACCEPT_ALL);
  private final HttpClient http;

  WebVisitor(int port) {
    this.base = "http://localhost:" + port;
    this.http =
        HttpClient.newBuilder()
            .cookieHandler(cookies)
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();
  }

  HttpResponse<String> get(String path, String... headers) {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path)).GET();
    if (headers.length > 0) {
      request.headers(headers);
    }
    return send(request.build());
  }

  /** Posts a form with the CSRF token of the page {@code formPage} (as a browser would). */
  HttpResponse<String> post(String formPage, String path, Map<String, String> fields) {
    Map<String, String> all = new LinkedHashMap<>(fields);
    all.put("_csrf", csrfOf(formPage));
    return postRaw(path, all);
  }

  HttpResponse<String> postRaw(String path, Map<String, String> fields, String... headers) {
    String body =
        fields.entrySet().stream()
            .map(
                e ->
                    URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8)
                        + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
            .collect(Collectors.joining("&"));
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create(base + path))
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofString(body));
    if (headers.length > 0) {
      request.headers(headers);
    }
    return send(request.build());
  }

  /** The CSRF token printed in the first form of the page. */
  String csrfOf(String page) {
    HttpResponse<String> response = get(page);
    Matcher m = CSRF_FIELD.matcher(response.body());
    assertThat(m.find()).as("a CSRF field on " + page).isTrue();
    return m.group(1) != null ? m.group(1) : m.group(2);
  }

  /** Signs in through the login form; the browser then holds a session cookie. */
  WebVisitor signIn(String username, String password) {
    HttpResponse<String> response =
        post("/login", "/login", Map.of("username", username, "password", password));
    assertThat(response.statusCode()).isEqualTo(302);
    assertThat(location(response)).endsWith("/home");
    assertThat(sessionId()).isPresent();
    return this;
  }

  Optional<String> sessionId() {
    return cookies.getCookieStore().getCookies().stream()
        .filter(c -> SESSION_COOKIE.equals(c.getName()))
        .map(HttpCookie::getValue)
        .findFirst();
  }

  static String location(HttpResponse<?> response) {
    return response.headers().firstValue("Location").orElse("");
  }

  private HttpResponse<String> send(HttpRequest request) {
    try {
      return http.send(request, HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new IllegalStateException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
