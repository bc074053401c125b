package id.naikkelas.registry.selfservice;

import static io.swagger.v3.oas.annotations.media.Schema.RequiredMode.REQUIRED;

import id.naikkelas.access.AccountFields;
import id.naikkelas.registry.BusinessDraft;
import io.swagger.v3.oas.annotations.media.Schema;

/**
 * What an owner sends to register: an account, their business, and consent to the processing of
 * their personal data (UU 27/2022). {@code website} is a honeypot that people never fill in. The
 * bounds are the account rules' ({@link AccountFields}), enforced there.
 */
public record SelfRegistrationForm(
    @Schema(
            requiredMode = REQUIRED,
            minLength = AccountFields.USERNAME_MIN,
            maxLength = AccountFields.USERNAME_MAX,
            description = "lower case letters, digits, '.', '_' or '-' (read in lower case)")
        String username,
    @Schema(
            requiredMode = REQUIRED,
            minLength = AccountFields.PASSWORD_MIN,
            maxLength = AccountFields.PASSWORD_MAX,
            format = "password")
        String password,
    @Schema(
            requiredMode = REQUIRED,
            minLength = AccountFields.PASSWORD_MIN,
            maxLength = AccountFields.PASSWORD_MAX,
            format = "password",
            description = "the password again")
        String confirmPassword,
    @Schema(requiredMode = REQUIRED) BusinessDraft business,
    @Schema(requiredMode = REQUIRED, description = "must be true") Boolean processingConsent,
    @Schema(description = "leave empty") String website) {}
