package id.naikkelas.registry.duplicates;

import id.naikkelas.registry.BusinessStatus;
import io.swagger.v3.oas.annotations.media.Schema;

/** Two records that may be one business, with why they were paired. */
public record DuplicatePair(
    long id, String reason, double similarity, DuplicateState status, Side a, Side b) {

  /** One record of the pair as the review shows it: personal data masked. */
  @Schema(name = "DuplicatePairSide")
  public record Side(
      long id,
      String name,
      String ownerName,
      String nikMasked,
      String phoneMasked,
      String nib,
      String villageName,
      BusinessStatus status) {}
}
