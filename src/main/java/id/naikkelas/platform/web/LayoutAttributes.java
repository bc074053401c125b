package id.naikkelas.platform.web;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * What the layout needs on every page: the CSRF header that htmx sends with each request ({@code
 * hx-headers} on the body), and the current path for the language switch.
 */
@ControllerAdvice(annotations = Controller.class)
class LayoutAttributes {

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
