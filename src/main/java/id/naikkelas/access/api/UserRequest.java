package id.naikkelas.access.api;

import static io.swagger.v3.oas.annotations.media.Schema.RequiredMode.REQUIRED;

import id.naikkelas.access.AccountFields;
import id.naikkelas.access.Role;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotNull;

/**
 * An account to open: every role but OWNER needs a region scope; {@code contact} (optional) is the
 * e-mail address or phone that unlock links go to. The bounds are declared here and enforced, with
 * the account's own messages, by the account rules ({@link AccountFields}).
 */
record UserRequest(
    @NotNull
        @Schema(
            requiredMode = REQUIRED,
            minLength = AccountFields.USERNAME_MIN,
            maxLength = AccountFields.USERNAME_MAX,
            example = "petugas.sukodadi",
            description = "lower case letters, digits, '.', '_' or '-' (read in lower case)")
        String username,
    @NotNull
        @Schema(
            requiredMode = REQUIRED,
            minLength = AccountFields.PASSWORD_MIN,
            maxLength = AccountFields.PASSWORD_MAX,
            format = "password")
        String password,
    @NotNull
        @Schema(requiredMode = REQUIRED, minLength = 1, maxLength = AccountFields.FULL_NAME_MAX)
        String fullName,
    @NotNull @Schema(requiredMode = REQUIRED) Role role,
    @Schema(
            pattern = AccountFields.REGION_CODE,
            example = "35.24.17",
            description = "region code the account works in; required for every role but OWNER")
        String scope,
    @Schema(
            maxLength = AccountFields.CONTACT_MAX,
            description = "e-mail address or phone for unlock links")
        String contact) {}
