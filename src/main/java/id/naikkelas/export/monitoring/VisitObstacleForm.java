package id.naikkelas.export.monitoring;

import io.swagger.v3.oas.annotations.media.Schema;

/** One obstacle the visit found: its category and what it is about. */
public record VisitObstacleForm(
    @Schema(
            requiredMode = Schema.RequiredMode.REQUIRED,
            allowableValues = {
              "CERTIFICATION",
              "LOGISTICS",
              "PAYMENT",
              "BUYER",
              "CAPACITY",
              "REGULATION",
              "PRICE"
            })
        String category,
    @Schema(maxLength = 500) String note) {}
