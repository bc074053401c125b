/**
 * Virtual expos: an expo with booths of verified businesses in its scope (with a curation round,
 * only those that passed it), visits counted, and a report. Internal to catalogue; demo uses {@code
 * Expos} through the named interface "expo".
 */
package id.naikkelas.catalogue.expo;
