/**
 * The Disperindag's yearly spreadsheet of its exporters' shipments (XLSX or CSV) imported as a job:
 * the template, a dry run, every refused row's problems by row and column. Each row becomes a
 * shipment form recorded through {@code ExportShipments.record} with the source IMPORT, so its
 * checks, scope, duplicate refusal and audit are those of the API. {@code ShipmentImports} is the
 * face the pages and the API use.
 */
package id.naikkelas.export.importing;
