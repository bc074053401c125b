package id.naikkelas.export.reference.api;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** The Indonesian description of an HS code; blank removes it. */
record DescriptionRequest(@NotNull @Size(max = 600) String descriptionId) {}
