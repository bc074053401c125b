package id.naikkelas.platform;

import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * A client address of its own for each request of a walk, so that thousands of walked requests do
 * not spend the per-address limits (registrations, inquiries, sign-ins) the other tests rely on.
 */
final class WalkAddresses {

  private static final AtomicInteger NEXT = new AtomicInteger();

  private WalkAddresses() {}

  static RequestPostProcessor next() {
    int n = NEXT.incrementAndGet();
    String address = "10.88." + (n / 250 % 250) + "." + (n % 250 + 1);
    return request -> {
      request.setRemoteAddr(address);
      return request;
    };
  }
}
