package id.naikkelas.registry.claims;

import id.naikkelas.notification.Channel;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Rules of the one-time codes that prove a claim on an owner's record.
 *
 * @param codeTtl how long a code may be used
 * @param maxTries wrong codes that close the claim
 * @param maxCodes codes one claim may be sent, the first included
 * @param resendInterval the least time between two codes of one claim
 * @param codesPerOwnerPerDay codes all claims on one owner may send to the owner's phone in a day,
 *     so that registrations with a victim's NIK cannot flood the victim's phone
 * @param channel how the code travels to the phone on record
 */
@ConfigurationProperties("naikkelas.registry.claim")
record ClaimSettings(
    @DefaultValue("15m") Duration codeTtl,
    @DefaultValue("5") int maxTries,
    @DefaultValue("3") int maxCodes,
    @DefaultValue("1m") Duration resendInterval,
    @DefaultValue("5") int codesPerOwnerPerDay,
    @DefaultValue("SMS") Channel channel) {}
