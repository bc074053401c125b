package id.naikkelas.platform;

import java.net.URI;

/** Links people give for their shops and events: only http(s) with a host. */
public final class WebLinks {

  private WebLinks() {}

  public static boolean isHttp(String text) {
    try {
      URI uri = URI.create(text);
      return ("https".equalsIgnoreCase(uri.getScheme()) || "http".equalsIgnoreCase(uri.getScheme()))
          && uri.getHost() != null;
    } catch (IllegalArgumentException e) {
      return false;
    }
  }
}
