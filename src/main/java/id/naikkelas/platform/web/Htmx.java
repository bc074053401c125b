package id.naikkelas.platform.web;

import jakarta.servlet.http.HttpServletRequest;

/** htmx only enhances: a handler serves the whole page, or one fragment of it to htmx. */
public final class Htmx {

  private Htmx() {}

  /**
   * True when htmx asked for a part of the page: not a full navigation, not a history restore, and
   * not a boosted link or form (htmx swaps a boosted answer in whole, so it gets the whole page
   * with its flash messages).
   */
  public static boolean isHtmx(HttpServletRequest request) {
    return "true".equals(request.getHeader("HX-Request"))
        && !"true".equals(request.getHeader("HX-History-Restore-Request"))
        && !"true".equals(request.getHeader("HX-Boosted"));
  }

  /** The view name: the page, or its named fragment for htmx. */
  public static String pageOrFragment(HttpServletRequest request, String page, String fragment) {
    return isHtmx(request) ? page + " :: " + fragment : page;
  }
}
