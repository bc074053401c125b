package id.naikkelas.access;

import java.time.Instant;

/** An account as lists and the API show it; never its password, its contact only masked. */
public record AccountView(
    long id,
    String username,
    String fullName,
    Role role,
    String scope,
    boolean enabled,
    boolean locked,
    Instant createdAt,
    String contactMasked) {}
