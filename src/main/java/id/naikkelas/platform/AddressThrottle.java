package id.naikkelas.platform;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import java.time.Duration;

/** A per-address limit on public forms: a person sends a few, a robot thousands. */
public final class AddressThrottle {

  /** Thrown when one address sends faster than a person would: 429. */
  public static class TooMany extends RuntimeException {
    TooMany() {
      super("too many requests from this address", null, false, false);
    }
  }

  private volatile int perMinute;
  private final Cache<String, Bucket> buckets =
      Caffeine.newBuilder().expireAfterAccess(Duration.ofMinutes(10)).maximumSize(100_000).build();

  public AddressThrottle(int perMinute) {
    this.perMinute = perMinute;
  }

  public void limit(int perMinute) {
    this.perMinute = perMinute;
    buckets.invalidateAll();
  }

  public void check(String address) {
    int limit = perMinute;
    if (address == null || limit <= 0) {
      return;
    }
    Bucket bucket =
        buckets.get(
            address,
            k ->
                Bucket.builder()
                    .addLimit(
                        Bandwidth.builder()
                            .capacity(limit)
                            .refillGreedy(limit, Duration.ofMinutes(1))
                            .build())
                    .build());
    if (!bucket.tryConsume(1)) {
      throw new TooMany();
    }
  }
}
