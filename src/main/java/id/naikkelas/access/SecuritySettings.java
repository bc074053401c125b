package id.naikkelas.access;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Account and login rules a deployment can set.
 *
 * @param adminPassword password of the first {@code admin}; generated and printed once if blank
 * @param tokenTtl how long an API token lives
 * @param maxFailedLogins failures in a row that lock an account
 * @param lockDuration how long a locked account stays locked
 * @param passwordMaxAge password expiry; zero turns expiry off (the default)
 * @param passwordHistory how many recent passwords may not be reused
 * @param loginsPerAccountPerMinute login attempts allowed per username per minute
 * @param loginsPerAddressPerMinute login attempts allowed per client address per minute
 */
@ConfigurationProperties("naikkelas.security")
record SecuritySettings(
    String adminPassword,
    @DefaultValue("8h") Duration tokenTtl,
    @DefaultValue("5") int maxFailedLogins,
    @DefaultValue("15m") Duration lockDuration,
    @DefaultValue("0s") Duration passwordMaxAge,
    @DefaultValue("5") int passwordHistory,
    @DefaultValue("10") int loginsPerAccountPerMinute,
    @DefaultValue("30") int loginsPerAddressPerMinute) {}
