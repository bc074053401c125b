/**
 * Catalogue and market access: products of registered businesses with photos and badges taken from
 * the registry, a public catalogue with Indonesian-aware search and facets, and buyers' inquiries.
 *
 * <p>The base package (with {@code web} and {@code api}) is the core and the module's public face:
 * products, product search, categories, photos, the business copy and the public catalogue. The
 * sub-capabilities are internal sub-packages, each with its own {@code web} and {@code api}: {@code
 * curation} (curation rounds), {@code inquiry} (buyers' inquiries), {@code expo} (virtual expos),
 * {@code showroom} (showrooms and consignment) and {@code market} (partners and the market access
 * overview). The demo module reaches {@code Curation}, {@code Expos}, {@code Showrooms} and {@code
 * MarketPartners} through the named interfaces "curation", "expo", "showroom" and "market".
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
