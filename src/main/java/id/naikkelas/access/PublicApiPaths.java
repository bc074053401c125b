package id.naikkelas.access;

/**
 * The API paths anyone may call without a token: reference lists, public events, products and
 * aggregates to read; registering, confirming and asking to write. Everything else needs one.
 */
final class PublicApiPaths {

  static final String[] READ = {
    "/api/v1/regions",
    "/api/v1/regions/**",
    "/api/v1/kbli",
    "/api/v1/kbli/**",
    "/api/v1/hs-codes",
    "/api/v1/hs-codes/*",
    "/api/v1/countries",
    "/api/v1/origin-rules",
    "/api/v1/exports/summary",
    "/api/v1/events",
    "/api/v1/events/*",
    "/api/v1/products",
    "/api/v1/matching/*",
    "/api/v1/public/**"
  };

  static final String[] WRITE = {
    "/api/v1/auth/token",
    "/api/v1/registrations",
    "/api/v1/events/*/registrations",
    "/api/v1/event-registrations/confirm",
    "/api/v1/events/*/matching/participants",
    "/api/v1/matching/*/meetings",
    "/api/v1/matching/*/meetings/*/decline",
    "/api/v1/inquiries",
    "/api/v1/tickets/*/withdraw"
  };

  private PublicApiPaths() {}
}
