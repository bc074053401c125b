package id.naikkelas.catalogue;

import static org.assertj.core.api.Assertions.assertThat;

import id.naikkelas.IntegrationTest;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Issue 16: what search engines and link previews read — robots, sitemap, descriptions. */
@IntegrationTest
class FindablePagesTest {

  @LocalServerPort int port;
  @Autowired MarketFixture market;

  private final HttpClient http = HttpClient.newHttpClient();

  HttpResponse<String> fetch(String path) throws Exception {
    return http.send(
        HttpRequest.newBuilder(URI.create(base() + path)).build(),
        HttpResponse.BodyHandlers.ofString());
  }

  String base() {
    return "http://localhost:" + port;
  }

  @Test
  void robots_keeps_crawlers_off_the_signed_in_areas_and_names_the_sitemap() throws Exception {
    HttpResponse<String> robots = fetch("/robots.txt");
    assertThat(robots.statusCode()).isEqualTo(200);
    assertThat(robots.headers().firstValue("Content-Type"))
        .hasValueSatisfying(type -> assertThat(type).startsWith("text/plain"));
    assertThat(robots.body())
        .startsWith("User-agent: *\n")
        .contains("Disallow: /registry\n")
        .contains("Disallow: /kelola\n")
        .contains("Disallow: /perizinan\n")
        .contains("Disallow: /my\n")
        .contains("Disallow: /admin\n")
        .contains("Disallow: /api/\n")
        .contains("Disallow: /acara/tiket/\n")
        .contains("Sitemap: " + base() + "/sitemap.xml")
        .doesNotContain("Disallow: /katalog\n")
        .doesNotContain("Disallow: /\n");
  }

  @Test
  void the_sitemap_lists_the_public_pages_as_absolute_urls() throws Exception {
    long business = market.business("35.24.17.2007");
    long product = market.product(business, "Keripik Sitemap");
    HttpResponse<String> sitemap = fetch("/sitemap.xml");
    assertThat(sitemap.statusCode()).isEqualTo(200);
    assertThat(sitemap.headers().firstValue("Content-Type"))
        .hasValueSatisfying(type -> assertThat(type).startsWith("application/xml"));
    assertThat(sitemap.body())
        .startsWith("<?xml version=\"1.0\" encoding=\"UTF-8\"?>")
        .contains("<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">")
        .contains("<loc>" + base() + "/</loc>")
        .contains("<loc>" + base() + "/katalog</loc>")
        .contains("<loc>" + base() + "/katalog/produk/" + product + "</loc>")
        .contains("<loc>" + base() + "/katalog/usaha/" + business + "</loc>")
        .contains("<loc>" + base() + "/umkm/" + business + "</loc>")
        .contains("<loc>" + base() + "/umkm</loc>")
        .contains("<loc>" + base() + "/expo</loc>")
        .contains("<loc>" + base() + "/acara</loc>")
        .doesNotContain("/registry")
        .doesNotContain("/kelola");
  }

  @Test
  void public_pages_carry_a_description_open_graph_and_a_canonical_link() throws Exception {
    long business = market.business("35.24.17.2007");
    long product = market.product(business, "Sambal Deskripsi");

    Document catalogue = Jsoup.parse(fetch("/katalog").body());
    assertThat(catalogue.select("meta[name=description]").attr("content"))
        .contains("Ayo beli produk lokal");
    assertThat(catalogue.select("link[rel=canonical]").attr("href")).endsWith("/katalog");
    assertThat(catalogue.select("meta[property=og:title]").attr("content")).isNotBlank();
    assertThat(catalogue.select("meta[property=og:description]").attr("content")).isNotBlank();
    assertThat(catalogue.select("link[rel=alternate][hreflang=en]").attr("href"))
        .endsWith("/katalog?lang=en");

    Document page = Jsoup.parse(fetch("/katalog/produk/" + product).body());
    assertThat(page.select("meta[name=description]").attr("content"))
        .contains("Sambal Deskripsi")
        .contains("Rp20.000");
    assertThat(page.select("meta[property=og:title]")).hasSize(1);
    assertThat(page.select("meta[property=og:title]").attr("content")).contains("Sambal Deskripsi");
    assertThat(page.select("link[rel=canonical]").attr("href"))
        .endsWith("/katalog/produk/" + product);

    String productData = page.select("script[type=application/ld+json]").html();
    assertThat(productData)
        .contains("\"@type\":\"Product\"")
        .contains("\"name\":\"Sambal Deskripsi\"")
        .contains("\"priceCurrency\":\"IDR\"")
        .contains("\"price\":\"20000\"");
    String businessData =
        Jsoup.parse(fetch("/umkm/" + business).body())
            .select("script[type=application/ld+json]")
            .html();
    assertThat(businessData).contains("\"@type\":\"LocalBusiness\"");

    Document english = Jsoup.parse(fetch("/umkm?lang=en").body());
    assertThat(english.select("meta[name=description]").attr("content"))
        .contains("verified small businesses");
  }
}
