/**
 * Export of the business list of an officer's scope as Excel or CSV, in the import template's
 * columns. Internal to registry.
 */
package id.naikkelas.registry.export;
