package id.naikkelas.registry;

/**
 * What an owner sends to register: an account, their business, and consent to the processing of
 * their personal data (UU 27/2022). {@code website} is a honeypot that people never fill in.
 */
public record SelfRegistrationForm(
    String username,
    String password,
    String confirmPassword,
    BusinessDraft business,
    Boolean processingConsent,
    String website) {}
