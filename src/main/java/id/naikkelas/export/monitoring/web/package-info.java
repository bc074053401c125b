/**
 * The exporter monitoring pages: the visit form, the officers' list of open follow-up actions, and
 * the visit history fragment for the exporter's page.
 */
package id.naikkelas.export.monitoring.web;
