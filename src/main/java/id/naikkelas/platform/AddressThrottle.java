package id.naikkelas.platform;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import java.time.Duration;

/** A per-address limit on public forms: a person sends a few, a robot thousands. */
public final class AddressThrottle {

  /**
   * Thrown when one address sends faster than a person would: 429, retry after the window (pages
   * show the 429 error page; the API answers a problem with {@code Retry-After}).
   */
  @org.springframework.web.bind.annotation.ResponseStatus(
      org.springframework.http.HttpStatus.TOO_MANY_REQUESTS)
  public static class TooMany extends RuntimeException {
    private final long retryAfterSeconds;

    TooMany(Duration window) {
      super("too many requests from this address", null, false, false);
      this.retryAfterSeconds = window.toSeconds();
    }

    public long retryAfterSeconds() {
      return retryAfterSeconds;
    }
  }

  private volatile int perWindow;
  private final Duration window;
  private final Cache<String, Bucket> buckets;

  /** At most {@code perMinute} requests a minute from one address (0: no limit). */
  public AddressThrottle(int perMinute) {
    this(perMinute, Duration.ofMinutes(1));
  }

  /** At most {@code perWindow} requests in each {@code window} from one address (0: no limit). */
  public AddressThrottle(int perWindow, Duration window) {
    this.perWindow = perWindow;
    this.window = window;
    this.buckets =
        Caffeine.newBuilder()
            .expireAfterAccess(
                window.multipliedBy(2).compareTo(Duration.ofMinutes(10)) > 0
                    ? window.multipliedBy(2)
                    : Duration.ofMinutes(10))
            .maximumSize(100_000)
            .build();
  }

  public void limit(int perWindow) {
    this.perWindow = perWindow;
    buckets.invalidateAll();
  }

  public void check(String address) {
    int limit = perWindow;
    if (address == null || limit <= 0) {
      return;
    }
    Bucket bucket =
        buckets.get(
            address,
            k ->
                Bucket.builder()
                    .addLimit(
                        Bandwidth.builder().capacity(limit).refillGreedy(limit, window).build())
                    .build());
    if (!bucket.tryConsume(1)) {
      throw new TooMany(window);
    }
  }
}
