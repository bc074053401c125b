package id.naikkelas.registry;

import id.naikkelas.platform.Sex;
import java.time.LocalDate;

/**
 * The owner as officers see them: NIK and phone masked. {@code withheld} when the owner lives
 * outside the caller's scope: then only the id and the masked NIK are given, every other field is
 * null (docs/decisions/0014-owner-data-follows-the-owner.md).
 */
public record OwnerDetail(
    long id,
    String nikMasked,
    String name,
    Sex sex,
    LocalDate birthDate,
    String phoneMasked,
    String email,
    String address,
    String villageCode,
    boolean withheld) {

  /** The owner as an officer of their scope sees them. */
  static OwnerDetail of(Owner owner) {
    return new OwnerDetail(
        owner.id(),
        owner.nikMasked(),
        owner.name(),
        owner.sex(),
        owner.birthDate(),
        owner.phoneMasked(),
        owner.email(),
        owner.address(),
        owner.villageCode(),
        false);
  }

  /** This owner as an officer of another scope sees them: the masked NIK and nothing else. */
  OwnerDetail asWithheld() {
    return new OwnerDetail(id, nikMasked, null, null, null, null, null, null, null, true);
  }
}
