package id.naikkelas.export.reference.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** The certificate-of-origin rule of a country: form, trade agreement (optional), regulation. */
record OriginRuleRequest(
    @NotBlank @Size(max = 60) String form,
    @Size(max = 120) String agreement,
    @NotBlank @Size(max = 300) String source) {}
