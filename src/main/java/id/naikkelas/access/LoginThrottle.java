package id.naikkelas.access;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import java.time.Duration;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * Rate limits login attempts per client address and per username from that address (token buckets
 * refilled in full each minute), so that a stranger's flood does not refuse the owner at their own
 * address. Buckets live in memory and are forgotten after ten idle minutes.
 */
@Component
class LoginThrottle {

  private final Cache<String, Bucket> buckets =
      Caffeine.newBuilder().expireAfterAccess(Duration.ofMinutes(10)).maximumSize(100_000).build();
  private final SecuritySettings settings;

  LoginThrottle(SecuritySettings settings) {
    this.settings = settings;
  }

  /** Takes one attempt; answers the seconds to wait when either limit is spent. */
  Optional<Long> tryAttempt(String username, String address) {
    ConsumptionProbe byAddress =
        bucket("address:" + address, settings.loginsPerAddressPerMinute())
            .tryConsumeAndReturnRemaining(1);
    if (!byAddress.isConsumed()) {
      return Optional.of(wait(byAddress));
    }
    ConsumptionProbe byAccount =
        bucket(
                "account:" + address + ":" + AccountUserDetailsService.normalise(username),
                settings.loginsPerAccountPerMinute())
            .tryConsumeAndReturnRemaining(1);
    return byAccount.isConsumed() ? Optional.empty() : Optional.of(wait(byAccount));
  }

  private Bucket bucket(String key, int perMinute) {
    return buckets.get(
        key,
        k ->
            Bucket.builder()
                .addLimit(
                    Bandwidth.builder()
                        .capacity(perMinute)
                        // the whole minute's allowance at once, not a token every few seconds: a
                        // slow password check must not earn an attacker an extra attempt
                        .refillIntervally(perMinute, Duration.ofMinutes(1))
                        .build())
                .build());
  }

  private static long wait(ConsumptionProbe probe) {
    return Duration.ofNanos(probe.getNanosToWaitForRefill()).toSeconds() + 1;
  }
}
