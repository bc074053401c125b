package id.naikkelas.platform.web;

import id.naikkelas.platform.SitemapSource;
import java.util.List;
import java.util.stream.Stream;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import org.springframework.web.util.HtmlUtils;

/**
 * What search engines read first (issue 16): {@code robots.txt}, which keeps crawlers off the
 * signed-in areas and the personal links (tickets, certificates, letters, meetings), and {@code
 * sitemap.xml}, the public pages every module contributes, as absolute URLs on the address the
 * request came to.
 */
@Controller
class FindablePagesController {

  /** Signed-in areas and links that carry a person's token. */
  static final List<String> DISALLOWED =
      List.of(
          "/account",
          "/admin",
          "/api/",
          "/actuator/",
          "/home",
          "/kelola",
          "/my",
          "/pasar",
          "/perizinan",
          "/registry",
          "/training",
          "/login",
          "/logout",
          "/acara/tiket/",
          "/acara/konfirmasi",
          "/katalog/tanya/",
          "/sertifikat/",
          "/surat/",
          "/temu-usaha/",
          "/v3/",
          "/swagger-ui");

  /** A sitemap file holds at most 50,000 URLs. */
  private static final int MAX_URLS = 50_000;

  private final List<SitemapSource> sources;

  FindablePagesController(List<SitemapSource> sources) {
    this.sources = sources;
  }

  @GetMapping(value = "/robots.txt", produces = "text/plain;charset=UTF-8")
  ResponseEntity<String> robots() {
    StringBuilder text = new StringBuilder("User-agent: *\n");
    DISALLOWED.forEach(path -> text.append("Disallow: ").append(path).append('\n'));
    text.append("\nSitemap: ").append(base()).append("/sitemap.xml\n");
    return ResponseEntity.ok().contentType(MediaType.TEXT_PLAIN).body(text.toString());
  }

  @GetMapping(value = "/sitemap.xml", produces = MediaType.APPLICATION_XML_VALUE)
  ResponseEntity<String> sitemap() {
    String base = base();
    StringBuilder xml =
        new StringBuilder(
            "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                + "<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n");
    Stream.concat(Stream.of("/"), sources.stream().flatMap(s -> s.publicPaths().stream()))
        .distinct()
        .limit(MAX_URLS)
        .forEach(
            path ->
                xml.append("  <url><loc>")
                    .append(HtmlUtils.htmlEscape(base + path))
                    .append("</loc></url>\n"));
    xml.append("</urlset>\n");
    return ResponseEntity.ok().contentType(MediaType.APPLICATION_XML).body(xml.toString());
  }

  private static String base() {
    return ServletUriComponentsBuilder.fromCurrentContextPath().build().toUriString();
  }
}
