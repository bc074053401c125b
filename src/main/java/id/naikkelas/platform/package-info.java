/**
 * Platform: what every capability stands on — the database (embedded or external PostgreSQL),
 * locale and messages, error handling for pages and the API, and shared web helpers.
 */
@ApplicationModule(displayName = "Platform", type = ApplicationModule.Type.OPEN)
package id.naikkelas.platform;

import org.springframework.modulith.ApplicationModule;
