package id.naikkelas.access;

import java.time.Instant;

/** A bearer token, shown once to its owner; only its hash is stored. */
public record IssuedToken(String token, Instant expiresAt) {}
