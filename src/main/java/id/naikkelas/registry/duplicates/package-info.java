/**
 * The review queue of likely duplicate business records: scans, pairs flagged by imports, merge and
 * dismiss. Internal to registry; the decisions are published as {@code registry :: events}.
 */
package id.naikkelas.registry.duplicates;
