package id.naikkelas.platform.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;
import java.util.regex.Pattern;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * A static asset asked for by its plain path ({@code /css/app.css}, a WebJar without its version)
 * is revalidated on every use rather than kept for a year: only a versioned URL changes with the
 * file, so only a versioned URL may be {@code immutable} ({@link StaticAssets}).
 */
@Component
class UnversionedAssets extends OncePerRequestFilter {

  private static final Pattern ASSET = Pattern.compile("/(webjars|css|js|images)/.+");
  private static final Pattern VERSIONED =
      Pattern.compile("/webjars/[^/]+/\\d[^/]*/.+|/(css|js|images)/.+-[0-9a-f]{32}\\.[^/.]+");

  @Override
  protected boolean shouldNotFilter(HttpServletRequest request) {
    String path = request.getRequestURI().substring(request.getContextPath().length());
    return !ASSET.matcher(path).matches() || VERSIONED.matcher(path).matches();
  }

  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    chain.doFilter(request, new Revalidated(response));
  }

  /** Turns whatever cache lifetime the resource handler sets into {@code no-cache}. */
  private static final class Revalidated extends HttpServletResponseWrapper {

    Revalidated(HttpServletResponse response) {
      super(response);
    }

    @Override
    public void setHeader(String name, String value) {
      super.setHeader(name, HttpHeaders.CACHE_CONTROL.equalsIgnoreCase(name) ? "no-cache" : value);
    }

    @Override
    public void addHeader(String name, String value) {
      super.addHeader(name, HttpHeaders.CACHE_CONTROL.equalsIgnoreCase(name) ? "no-cache" : value);
    }
  }
}
