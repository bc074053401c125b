package id.naikkelas.registry;

/** A phone as it is stored: encrypted, hashed for look-up, masked for lists. */
record SealedPhone(String cipher, String hash, String masked) {}
