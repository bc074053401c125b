package id.naikkelas.registry;

import java.time.LocalDate;

/** The owner as officers see them: NIK and phone masked. */
public record OwnerDetail(
    long id,
    String nikMasked,
    String name,
    Sex sex,
    LocalDate birthDate,
    String phoneMasked,
    String email,
    String address,
    String villageCode) {}
