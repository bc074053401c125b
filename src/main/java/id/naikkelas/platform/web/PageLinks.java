package id.naikkelas.platform.web;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.data.domain.Page;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * What the pagination fragment needs: the current page (0-based), counts, and the links to the
 * neighbouring pages, which keep every other query parameter (filters, sort) of this request.
 */
public record PageLinks(
    int number, int totalPages, long totalElements, String previousUrl, String nextUrl) {

  public static PageLinks of(Page<?> page, HttpServletRequest request) {
    return new PageLinks(
        page.getNumber(),
        page.getTotalPages(),
        page.getTotalElements(),
        page.hasPrevious() ? link(request, page.getNumber() - 1) : null,
        page.hasNext() ? link(request, page.getNumber() + 1) : null);
  }

  private static String link(HttpServletRequest request, int page) {
    return UriComponentsBuilder.fromPath(request.getRequestURI())
        .query(request.getQueryString())
        .replaceQueryParam("page", page)
        .build()
        .toUriString();
  }
}
