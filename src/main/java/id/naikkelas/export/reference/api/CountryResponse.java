package id.naikkelas.export.reference.api;

import id.naikkelas.export.reference.Country;
import id.naikkelas.export.reference.OriginRule;

/** A country with its names and the certificate of origin an export to it needs. */
record CountryResponse(String code, String nameId, String nameEn, OriginRule originRule) {

  static CountryResponse of(Country c, OriginRule rule) {
    return new CountryResponse(c.code(), c.nameId(), c.nameEn(), rule);
  }
}
