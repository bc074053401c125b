/** The import pages: upload, job status and problems, report and template downloads. */
package id.naikkelas.registry.importing.web;
