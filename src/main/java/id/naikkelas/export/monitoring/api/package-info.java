/** The exporter monitoring API: visits to an exporter and the follow-up actions agreed there. */
package id.naikkelas.export.monitoring.api;
