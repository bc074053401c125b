package id.naikkelas.registry;

import id.naikkelas.platform.Sex;
import java.time.LocalDate;

/** A NIK as it is stored: encrypted, hashed for look-up, masked for lists; and what it encodes. */
record SealedIdentity(
    String nikCipher, String nikHash, String nikMasked, Sex sex, LocalDate birthDate) {}
