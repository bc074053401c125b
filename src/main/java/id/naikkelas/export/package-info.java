/**
 * Export development: the HS 2022 and country reference lists with the certificate-of-origin rules
 * ({@code reference}), and the export ledger of shipments with its regency totals ({@code
 * shipment}), the target markets, market suggestions and shipment drafts from catalogue deals
 * abroad ({@code market}). Exporters are registry businesses, referred to by id.
 */
@ApplicationModule(
    displayName = "Export",
    allowedDependencies = {
      "platform",
      "region",
      "audit",
      "access",
      "registry :: lookup",
      "catalogue :: inquiry-events"
    })
package id.naikkelas.export;

import org.springframework.modulith.ApplicationModule;
