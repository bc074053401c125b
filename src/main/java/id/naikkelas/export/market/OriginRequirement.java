package id.naikkelas.export.market;

import id.naikkelas.export.reference.OriginRule;
import io.swagger.v3.oas.annotations.media.Schema;

/** The certificate of origin (SKA) an export to the country needs, from the origin rules. */
public record OriginRequirement(
    @Schema(example = "IJEPA") String form,
    @Schema(description = "the trade agreement; null for a non-preferential certificate")
        String agreement,
    boolean preferential,
    String source) {

  static OriginRequirement of(OriginRule rule) {
    return new OriginRequirement(rule.form(), rule.agreement(), rule.preferential(), rule.source());
  }
}
