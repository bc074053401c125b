/**
 * Catalogue and market access: products of registered businesses with photos and badges taken from
 * the registry, a public catalogue with Indonesian-aware search and facets, and buyers' inquiries.
 */
@ApplicationModule(
    displayName = "Catalogue",
    allowedDependencies = {
      "platform",
      "region",
      "audit",
      "access",
      "registry :: events",
      "registry :: lookup",
      "notification"
    })
package id.naikkelas.catalogue;

import org.springframework.modulith.ApplicationModule;
