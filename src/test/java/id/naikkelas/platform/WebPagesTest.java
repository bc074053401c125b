package id.naikkelas.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import id.naikkelas.IntegrationTest;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.web.servlet.MockMvc;

@IntegrationTest
class WebPagesTest {

  @Autowired MockMvc mvc;
  @LocalServerPort int port;
  @Autowired id.naikkelas.access.AccountFixture fixture;

  @Test
  void pages_speak_indonesian_by_default_and_english_on_request() throws Exception {
    mvc.perform(get("/regions").header("Accept-Language", "en-US"))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("Kabupaten yang dilayani")))
        .andExpect(content().string(containsString("lang=\"id\"")));
    mvc.perform(get("/regions").param("lang", "en"))
        .andExpect(content().string(containsString("Regencies served")))
        .andExpect(header().string("Set-Cookie", containsString("lang=en")));
  }

  @Test
  void the_search_serves_the_page_or_only_its_results_fragment_to_htmx() throws Exception {
    mvc.perform(get("/regions/search").param("q", "Sukodadi"))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("<html")))
        .andExpect(content().string(containsString("35.24.17")));
    mvc.perform(get("/regions/search").param("q", "Sukodadi").header("HX-Request", "true"))
        .andExpect(status().isOk())
        .andExpect(content().string(not(containsString("<html"))))
        .andExpect(content().string(containsString("id=\"search-results\"")))
        .andExpect(content().string(containsString("35.24.17")));
  }

  @Test
  void hostile_search_text_is_printed_escaped() throws Exception {
    mvc.perform(get("/regions/search").param("q", "<script>alert(1)</script>"))
        .andExpect(status().isOk())
        .andExpect(content().string(not(containsString("<script>alert(1)</script>"))))
        .andExpect(content().string(containsString("&lt;script&gt;")));
  }

  @Test
  void an_unknown_region_page_is_a_friendly_404_in_the_layout() throws Exception {
    // MockMvc does not forward to the error page: ask the running server.
    HttpResponse<String> response =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/regions/99.99"))
                    .header("Accept", "text/html")
                    .build(),
                HttpResponse.BodyHandlers.ofString());
    assertThat(response.statusCode()).isEqualTo(404);
    assertThat(response.body()).contains("Halaman tidak ditemukan").contains("Naik Kelas");
    assertThat(response.body()).doesNotContain("Exception").doesNotContain("Whitelabel");
  }

  @Test
  void every_page_sends_the_security_headers() throws Exception {
    for (String path : new String[] {"/", "/login", "/api/v1/regions/35"}) {
      mvc.perform(get(path))
          .andExpect(
              header().string("Content-Security-Policy", containsString("script-src 'self'")))
          .andExpect(
              header().string("Content-Security-Policy", containsString("frame-ancestors 'none'")))
          .andExpect(header().string("X-Content-Type-Options", "nosniff"))
          .andExpect(header().string("X-Frame-Options", "DENY"));
    }
  }

  @Test
  void hsts_is_sent_behind_tls() throws Exception {
    mvc.perform(get("/").secure(true))
        .andExpect(
            header().string("Strict-Transport-Security", containsString("max-age=31536000")));
  }

  @Test
  void a_form_post_without_the_csrf_token_is_refused() throws Exception {
    mvc.perform(post("/login").param("username", "admin").param("password", "x"))
        .andExpect(status().isForbidden());
    mvc.perform(post("/login").param("username", "admin").param("password", "x").with(csrf()))
        .andExpect(status().is3xxRedirection())
        .andExpect(redirectedUrl("/login?error=bad"));
  }

  @Test
  void the_login_form_is_rate_limited_per_username_with_retry_after() throws Exception {
    String username = "flood.t" + System.nanoTime();
    for (int i = 0; i < 10; i++) {
      mvc.perform(post("/login").param("username", username).param("password", "x").with(csrf()))
          .andExpect(redirectedUrl("/login?error=bad"));
    }
    mvc.perform(post("/login").param("username", username).param("password", "x").with(csrf()))
        .andExpect(status().isTooManyRequests())
        .andExpect(header().exists("Retry-After"));
  }

  @Test
  void the_layout_gives_htmx_the_csrf_header_and_a_safe_configuration() throws Exception {
    mvc.perform(get("/regions"))
        .andExpect(content().string(containsString("hx-headers=\"{&quot;X-CSRF-TOKEN&quot;")))
        .andExpect(content().string(containsString("allowEval")))
        .andExpect(content().string(containsString("allowScriptTags")))
        .andExpect(content().string(containsString("selfRequestsOnly")))
        .andExpect(content().string(not(containsString("<script>"))));
  }

  @Test
  void admin_pages_send_a_signed_out_visitor_to_the_login_page() throws Exception {
    mvc.perform(get("/admin/accounts")).andExpect(status().is3xxRedirection());
  }

  @Test
  void health_is_public_and_metrics_are_for_admins() throws Exception {
    mvc.perform(get("/actuator/health"))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("UP")));
    mvc.perform(get("/actuator/prometheus")).andExpect(status().isUnauthorized());
    mvc.perform(
            get("/actuator/prometheus").header("Authorization", "Bearer " + fixture.adminToken()))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("jvm_memory_used_bytes")));
  }

  @Test
  void the_openapi_document_lists_the_api() throws Exception {
    mvc.perform(get("/v3/api-docs"))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("/api/v1/auth/token")))
        .andExpect(content().string(containsString("/api/v1/users/me")))
        .andExpect(content().string(containsString("/api/v1/regions/{code}/children")));
    mvc.perform(get("/swagger-ui/index.html")).andExpect(status().isOk());
  }
}
