/** The officers' pages of the shipment import: upload, and a job page with its progress. */
package id.naikkelas.export.importing.web;
