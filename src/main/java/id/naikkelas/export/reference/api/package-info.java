/** The export reference API: HS codes, countries and certificate-of-origin rules. */
package id.naikkelas.export.reference.api;
