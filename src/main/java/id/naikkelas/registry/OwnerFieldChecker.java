package id.naikkelas.registry;

import id.naikkelas.access.Actor;
import id.naikkelas.platform.FieldProblem;
import id.naikkelas.platform.Nik;
import id.naikkelas.platform.PhoneNumbers;
import id.naikkelas.region.Region;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * The owner's part of a {@link BusinessDraft}: name, sex against the NIK, phone, e-mail, address
 * and home village. How it is read depends on who the owner is to the caller ({@link OwnerFields}).
 */
public final class OwnerFieldChecker {

  /** How a draft's owner fields are read. */
  public enum OwnerFields {
    /** The owner registers themselves: their home may be anywhere. */
    ANYWHERE,
    /** An officer's new or in-scope owner: the owner's home village lies in the officer's scope. */
    IN_SCOPE,
    /**
     * An owner registered outside the officer's scope, linked to a business of the scope: the
     * owner's fields are neither read nor kept, and on an update the NIK may be left blank.
     */
    KEPT
  }

  /** The owner's values as checked; all null when the fields were {@link OwnerFields#KEPT}. */
  record Checked(String name, String phone, String email, String address, String villageCode) {}

  /** The fields of a draft that are the owner's. */
  static final java.util.Set<String> OWNER_FIELDS =
      java.util.Set.of(
          "nik", "sex", "ownerName", "phone", "email", "ownerAddress", "ownerVillageCode");

  private OwnerFieldChecker() {}

  static Checked check(
      BusinessDraft d,
      Nik.Parsed nik,
      String businessVillage,
      Actor by,
      OwnerFields fields,
      Function<String, Optional<Region>> villages,
      List<FieldProblem> problems) {
    if (fields == OwnerFields.KEPT) {
      return new Checked(null, null, null, null, null);
    }
    if (nik.valid() && d.sex() != null && d.sex() != nik.nik().sex()) {
      problems.add(new FieldProblem("sex", "registry.sex.mismatch"));
    }
    String name =
        DraftFields.nameText(
            d.ownerName(), "ownerName", BusinessDraft.OWNER_NAME_MAX, true, problems);
    String phone = null;
    if (DraftFields.present(d.phone())) {
      phone = PhoneNumbers.toE164(d.phone()).orElse(null);
      if (phone == null) {
        problems.add(new FieldProblem("phone", "registry.phone.invalid", d.phone().strip()));
      }
    }
    String email = DraftFields.text(d.email(), "email", BusinessDraft.EMAIL_MAX, false, problems);
    if (email != null && !Contacts.EMAIL.matcher(email).matches()) {
      problems.add(new FieldProblem("email", "registry.email.invalid"));
    }
    String address =
        DraftFields.nameText(
            d.ownerAddress(), "ownerAddress", BusinessDraft.ADDRESS_MAX, false, problems);
    String village = businessVillage;
    if (DraftFields.present(d.ownerVillageCode())) {
      String code = d.ownerVillageCode().strip();
      Optional<Region> region = villages.apply(code);
      if (region.isEmpty()) {
        problems.add(new FieldProblem("ownerVillageCode", "registry.village.unknown", code));
        village = null;
      } else if (fields == OwnerFields.IN_SCOPE && !by.covers(region.get().code())) {
        // an officer registers and changes people of the scope only (issue 9, finding 10)
        problems.add(
            new FieldProblem(
                "ownerVillageCode", "registry.owner.villageOutsideScope", region.get().code()));
        village = null;
      } else {
        village = region.get().code();
      }
    }
    return new Checked(name, phone, email, address, village);
  }
}
