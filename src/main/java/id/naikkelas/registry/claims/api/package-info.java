/** The claim API: the claimant's claim and code, the officers' review. */
package id.naikkelas.registry.claims.api;
