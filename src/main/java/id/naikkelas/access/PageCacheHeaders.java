package id.naikkelas.access;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import java.util.regex.Pattern;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.header.HeaderWriter;

/**
 * How long a browser may keep a page (issue 16). A response that set its own {@code Cache-Control}
 * keeps it (static assets: a year, immutable). The public pages without personal data, fetched by
 * someone not signed in, are {@code no-cache}: revalidated on every visit, but the browser's
 * back/forward cache may keep them. Everything else — signed-in pages, ticket, certificate, letter
 * and meeting links, the registration forms — stays {@code no-store}.
 */
final class PageCacheHeaders implements HeaderWriter {

  /** Public pages that show nobody's personal data. */
  private static final List<Pattern> PUBLIC_PAGES =
      List.of(
          Pattern.compile("/"),
          Pattern.compile("/login"),
          Pattern.compile("/regions(/[^/]+)?"),
          Pattern.compile("/umkm(/[^/]+)?"),
          Pattern.compile("/acara(/(?!konfirmasi$)[^/]+)?"),
          Pattern.compile("/katalog(/(usaha|produk)/[^/]+)?"),
          Pattern.compile("/expo(/[^/]+(/stan/[^/]+)?)?"),
          Pattern.compile("/robots\\.txt"),
          Pattern.compile("/sitemap\\.xml"));

  @Override
  public void writeHeaders(HttpServletRequest request, HttpServletResponse response) {
    if (response.containsHeader(HttpHeaders.CACHE_CONTROL)
        || response.containsHeader(HttpHeaders.EXPIRES)
        || response.containsHeader(HttpHeaders.PRAGMA)
        || response.getStatus() == HttpStatus.NOT_MODIFIED.value()) {
      return;
    }
    if (revalidatedOnly(request)) {
      response.setHeader(HttpHeaders.CACHE_CONTROL, "no-cache");
      return;
    }
    response.setHeader(HttpHeaders.CACHE_CONTROL, "no-cache, no-store, max-age=0, must-revalidate");
    response.setHeader(HttpHeaders.PRAGMA, "no-cache");
    response.setHeader(HttpHeaders.EXPIRES, "0");
  }

  private static boolean revalidatedOnly(HttpServletRequest request) {
    if (!"GET".equals(request.getMethod()) && !"HEAD".equals(request.getMethod())) {
      return false;
    }
    Authentication signedIn = SecurityContextHolder.getContext().getAuthentication();
    if (signedIn != null
        && signedIn.isAuthenticated()
        && !(signedIn instanceof AnonymousAuthenticationToken)) {
      return false;
    }
    String path = request.getRequestURI().substring(request.getContextPath().length());
    return PUBLIC_PAGES.stream().anyMatch(p -> p.matcher(path).matches());
  }
}
