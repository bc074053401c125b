package id.naikkelas.access.api;

/** Credentials exchanged for a bearer token. */
record TokenRequest(String username, String password) {}
