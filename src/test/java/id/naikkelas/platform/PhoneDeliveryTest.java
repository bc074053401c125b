package id.naikkelas.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;

import id.naikkelas.IntegrationTest;
import id.naikkelas.access.AccountFixture;
import id.naikkelas.access.Role;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.web.servlet.MockMvc;

/** What a phone really receives over the wire (issue 16): compressed text, cache headers. */
@IntegrationTest
class PhoneDeliveryTest {

  @LocalServerPort int port;
  @Autowired MockMvc mvc;
  @Autowired AccountFixture fixture;

  private final HttpClient http = HttpClient.newHttpClient();

  HttpResponse<byte[]> fetch(String path, boolean gzip) throws Exception {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
            .header("Accept", "text/html,*/*");
    if (gzip) {
      request.header("Accept-Encoding", "gzip");
    }
    return http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
  }

  @Test
  void text_travels_gzipped_when_the_client_accepts_it() throws Exception {
    for (String path : new String[] {"/katalog", "/webjars/bootstrap/css/bootstrap.min.css"}) {
      HttpResponse<byte[]> plain = fetch(path, false);
      HttpResponse<byte[]> zipped = fetch(path, true);
      assertThat(plain.statusCode()).as(path).isEqualTo(200);
      assertThat(zipped.statusCode()).as(path).isEqualTo(200);
      assertThat(plain.headers().firstValue("Content-Encoding")).as(path).isEmpty();
      assertThat(zipped.headers().firstValue("Content-Encoding")).as(path).hasValue("gzip");
      assertThat(zipped.body().length).as(path).isLessThan(plain.body().length / 2);
      byte[] unzipped = new GZIPInputStream(new ByteArrayInputStream(zipped.body())).readAllBytes();
      assertThat(unzipped.length).as(path).isGreaterThan(zipped.body().length);
    }
  }

  @Test
  void pages_link_assets_under_versioned_urls_cached_for_a_year() throws Exception {
    String page = new String(fetch("/katalog", false).body(), StandardCharsets.UTF_8);
    Matcher bootstrap =
        Pattern.compile("href=\"(/webjars/bootstrap/[0-9][^/\"]*/css/bootstrap.min.css)\"")
            .matcher(page);
    Matcher appCss = Pattern.compile("href=\"(/css/app-[0-9a-f]{32}\\.css)\"").matcher(page);
    Matcher htmx = Pattern.compile("src=\"(/webjars/htmx.org/[0-9][^\"]*)\"").matcher(page);
    Matcher icon = Pattern.compile("href=\"(/images/icon-[0-9a-f]{32}\\.svg)\"").matcher(page);
    for (Matcher asset : List.of(bootstrap, appCss, htmx, icon)) {
      assertThat(asset.find()).as(asset.pattern().pattern()).isTrue();
      HttpResponse<byte[]> response = fetch(asset.group(1), true);
      assertThat(response.statusCode()).as(asset.group(1)).isEqualTo(200);
      assertThat(response.headers().firstValue("Cache-Control"))
          .as(asset.group(1))
          .hasValue("max-age=31536000, public, immutable");
    }
  }

  @Test
  void an_asset_asked_for_by_its_plain_path_is_revalidated_not_kept_a_year() throws Exception {
    for (String path :
        new String[] {
          "/css/app.css", "/webjars/bootstrap/css/bootstrap.min.css", "/images/icon.svg"
        }) {
      HttpResponse<byte[]> response = fetch(path, true);
      assertThat(response.statusCode()).as(path).isEqualTo(200);
      assertThat(response.headers().firstValue("Cache-Control")).as(path).hasValue("no-cache");
    }
  }

  @Test
  void public_pages_may_stay_in_the_back_forward_cache_personal_ones_may_not() throws Exception {
    for (String path : new String[] {"/", "/katalog", "/umkm", "/acara", "/expo"}) {
      HttpResponse<byte[]> response = fetch(path, false);
      assertThat(response.statusCode()).as(path).isEqualTo(200);
      assertThat(response.headers().firstValue("Cache-Control")).as(path).hasValue("no-cache");
    }
    for (String path : new String[] {"/daftar", "/acara/konfirmasi", "/my/businesses"}) {
      assertThat(fetch(path, false).headers().firstValue("Cache-Control"))
          .as(path)
          .hasValueSatisfying(value -> assertThat(value).contains("no-store"));
    }
  }

  @Test
  void signed_in_pages_are_never_stored_not_even_the_public_ones() throws Exception {
    String officer = fixture.open(Role.OFFICER, "35.24.17");
    for (String path : new String[] {"/registry", "/my/businesses", "/katalog"}) {
      mvc.perform(get(path).with(authentication(fixture.signedIn(officer))))
          .andExpect(header().string("Cache-Control", containsString("no-store")));
    }
  }
}
