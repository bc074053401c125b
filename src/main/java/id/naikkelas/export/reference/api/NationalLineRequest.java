package id.naikkelas.export.reference.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** An 8-digit BTKI 2022 national line under an existing 6-digit HS subheading. */
record NationalLineRequest(
    @NotBlank @Pattern(regexp = "[0-9]{4}\\.?[0-9]{2}\\.?[0-9]{2}") String code,
    @Size(max = 600) String descriptionEn,
    @NotBlank @Size(max = 600) String descriptionId) {}
