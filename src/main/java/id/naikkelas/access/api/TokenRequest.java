package id.naikkelas.access.api;

import jakarta.validation.constraints.NotNull;

/** Credentials exchanged for a bearer token. */
record TokenRequest(@NotNull String username, @NotNull String password) {}
