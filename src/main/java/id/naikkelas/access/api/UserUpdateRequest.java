package id.naikkelas.access.api;

import id.naikkelas.access.AccountFields;
import id.naikkelas.access.Role;
import io.swagger.v3.oas.annotations.media.Schema;

/**
 * An administrator's edit of an account; omit {@code newPassword} to keep the password, omit {@code
 * contact} to keep it or send it empty to remove it.
 */
record UserUpdateRequest(
    @Schema(minLength = 1, maxLength = AccountFields.FULL_NAME_MAX) String fullName,
    Role role,
    @Schema(
            pattern = AccountFields.REGION_CODE,
            example = "35.24.17",
            description = "region code the account works in; required for every role but OWNER")
        String scope,
    Boolean enabled,
    @Schema(
            minLength = AccountFields.PASSWORD_MIN,
            maxLength = AccountFields.PASSWORD_MAX,
            format = "password")
        String newPassword,
    @Schema(
            maxLength = AccountFields.CONTACT_MAX,
            description = "e-mail address or phone for unlock links; empty removes it")
        String contact) {}
