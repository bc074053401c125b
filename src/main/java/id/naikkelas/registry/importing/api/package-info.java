/** The import API ({@code /api/v1/business-imports}): start a job, follow it, read its problems. */
package id.naikkelas.registry.importing.api;
