package id.naikkelas.access;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Account and login rules a deployment can set.
 *
 * @param adminPassword password of the first {@code admin}; generated and printed once if blank
 * @param tokenTtl how long an API token lives
 * @param maxFailedLogins failures in a row from one client address that lock the account for that
 *     address
 * @param maxFailedLoginsAccountWide failures in a row from any address that lock the account
 *     everywhere (higher: strangers should not lock the owner out easily)
 * @param lockDuration how long a lock lasts
 * @param unlockLinkTtl how long the unlock link sent to the account's contact works
 * @param passwordMaxAge password expiry; zero turns expiry off (the default)
 * @param passwordHistory how many recent passwords may not be reused
 * @param loginsPerAccountPerMinute login attempts allowed per username and address per minute
 * @param loginsPerAddressPerMinute login attempts allowed per client address per minute
 */
@ConfigurationProperties("naikkelas.security")
record SecuritySettings(
    String adminPassword,
    @DefaultValue("8h") Duration tokenTtl,
    @DefaultValue("5") int maxFailedLogins,
    @DefaultValue("20") int maxFailedLoginsAccountWide,
    @DefaultValue("15m") Duration lockDuration,
    @DefaultValue("1h") Duration unlockLinkTtl,
    @DefaultValue("0s") Duration passwordMaxAge,
    @DefaultValue("5") int passwordHistory,
    @DefaultValue("10") int loginsPerAccountPerMinute,
    @DefaultValue("30") int loginsPerAddressPerMinute) {}
