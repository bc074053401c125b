/**
 * Export development: the HS 2022 and country reference lists with the certificate-of-origin rules
 * ({@code reference}), and the export ledger of shipments with its regency totals ({@code
 * shipment}). Exporters are registry businesses, referred to by id.
 */
@ApplicationModule(
    displayName = "Export",
    allowedDependencies = {"platform", "region", "audit", "access", "registry :: lookup"})
package id.naikkelas.export;

import org.springframework.modulith.ApplicationModule;
