package id.naikkelas.access.api;

import static io.swagger.v3.oas.annotations.media.Schema.RequiredMode.REQUIRED;

import id.naikkelas.access.AccountFields;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotNull;

/** Credentials exchanged for a bearer token. */
record TokenRequest(
    @NotNull
        @Schema(
            requiredMode = REQUIRED,
            minLength = 1,
            maxLength = AccountFields.USERNAME_MAX,
            example = "petugas.sukodadi")
        String username,
    @NotNull
        @Schema(
            requiredMode = REQUIRED,
            minLength = 1,
            maxLength = AccountFields.PASSWORD_MAX,
            format = "password")
        String password) {}
