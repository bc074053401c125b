/** JSON API of the shipment import: start a job, poll it, download the template. */
package id.naikkelas.export.importing.api;
