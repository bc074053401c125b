package id.naikkelas.export.reference;

import org.springframework.modulith.NamedInterface;

/** An ISO 3166-1 alpha-2 country with its Indonesian and English name. */
@NamedInterface("reference")
public record Country(String code, String nameId, String nameEn) {}
