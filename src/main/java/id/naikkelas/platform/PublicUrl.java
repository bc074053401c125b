package id.naikkelas.platform;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The address people reach the application at ({@code naikkelas.public-url}), for links that leave
 * the page: messages, QR codes, PDFs, canonical and link-preview addresses.
 */
@Component
public class PublicUrl {

  private final String base;

  PublicUrl(@Value("${naikkelas.public-url:http://localhost:8080}") String base) {
    this.base = base.replaceAll("/+$", "");
  }

  /** The absolute address of one of the application's paths ({@code /acara/tiket/…}). */
  public String of(String path) {
    return base + path;
  }
}
