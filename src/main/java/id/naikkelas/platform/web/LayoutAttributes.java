package id.naikkelas.platform.web;

import id.naikkelas.platform.PublicUrl;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Map;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * What the layout needs on every page: the CSRF header that htmx sends with each request ({@code
 * hx-headers} on the body), the current path for the language switch, and what search engines and
 * link previews read: the canonical address and the page's description (issue 16).
 */
@ControllerAdvice(annotations = Controller.class)
class LayoutAttributes {

  /**
   * The description of a public list page, by its path; other pages have their own or the app's.
   */
  private static final Map<String, String> DESCRIPTIONS =
      Map.of(
          "/katalog", "phone.description.catalogue",
          "/umkm", "phone.description.directory",
          "/acara", "phone.description.events",
          "/expo", "phone.description.expos");

  private final PublicUrl publicUrl;

  LayoutAttributes(PublicUrl publicUrl) {
    this.publicUrl = publicUrl;
  }

  /** The page's own address without its query, the one search engines should index. */
  @ModelAttribute("canonicalUrl")
  String canonicalUrl(HttpServletRequest request) {
    return publicUrl.of(currentPath(request));
  }

  /** The message key of the page's description when the controller gives none. */
  @ModelAttribute("defaultDescription")
  String defaultDescription(HttpServletRequest request) {
    return DESCRIPTIONS.getOrDefault(currentPath(request), "phone.description.default");
  }

  @ModelAttribute("hxHeaders")
  String hxHeaders(HttpServletRequest request) {
    Object token = request.getAttribute(CsrfToken.class.getName());
    if (token instanceof CsrfToken csrf) {
      return "{\"" + csrf.getHeaderName() + "\": \"" + csrf.getToken() + "\"}";
    }
    return "{}";
  }

  @ModelAttribute("currentPath")
  String currentPath(HttpServletRequest request) {
    return request.getRequestURI().substring(request.getContextPath().length());
  }
}
