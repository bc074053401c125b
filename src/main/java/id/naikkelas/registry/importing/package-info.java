/**
 * Spreadsheet import (Excel or CSV) of business records: the upload, the job that reads, checks and
 * writes its rows in batches, the problem report and the template. {@code BusinessImports} and
 * {@code ImportStatus} form the {@code registry :: importing} named interface (the demo data runs
 * an import); the rest is internal to registry.
 */
package id.naikkelas.registry.importing;
