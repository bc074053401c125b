package id.naikkelas.access.api;

import java.time.Instant;

/** A bearer token and when it stops working. */
record TokenResponse(String token, Instant expiresAt) {}
