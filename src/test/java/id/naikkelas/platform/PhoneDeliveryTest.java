package id.naikkelas.platform;

import static org.assertj.core.api.Assertions.assertThat;

import id.naikkelas.IntegrationTest;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/** What a phone really receives over the wire (issue 16): compressed text. */
@IntegrationTest
class PhoneDeliveryTest {

  @LocalServerPort int port;

  private final HttpClient http = HttpClient.newHttpClient();

  HttpResponse<byte[]> get(String path, boolean gzip) throws Exception {
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
      HttpResponse<byte[]> plain = get(path, false);
      HttpResponse<byte[]> zipped = get(path, true);
      assertThat(plain.statusCode()).as(path).isEqualTo(200);
      assertThat(zipped.statusCode()).as(path).isEqualTo(200);
      assertThat(plain.headers().firstValue("Content-Encoding")).as(path).isEmpty();
      assertThat(zipped.headers().firstValue("Content-Encoding")).as(path).hasValue("gzip");
      assertThat(zipped.body().length).as(path).isLessThan(plain.body().length / 2);
      byte[] unzipped = new GZIPInputStream(new ByteArrayInputStream(zipped.body())).readAllBytes();
      assertThat(unzipped.length).as(path).isGreaterThan(zipped.body().length);
    }
  }
}
