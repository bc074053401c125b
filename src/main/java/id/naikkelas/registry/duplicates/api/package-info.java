/** The duplicate review API: scans, open pairs, merge and dismiss. */
package id.naikkelas.registry.duplicates.api;
