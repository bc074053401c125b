/**
 * Export reference data: HS 2022 codes with BTKI 8-digit national lines ({@link HsCodes}), ISO
 * 3166-1 countries ({@link Countries}) and the certificate-of-origin rule for each destination
 * ({@link OriginRules}). Other modules see these through the named interface {@code reference}.
 */
package id.naikkelas.export.reference;
