/**
 * Uploaded spreadsheets read row by row: what the file really is (XLSX or CSV, whatever its name
 * says), a streaming XLSX reader with the zip-bomb and entity guards, and a CSV reader. Every
 * import of the application (registry, export ledger, KBLI lists) reads its file through here.
 */
package id.naikkelas.platform.sheets;
