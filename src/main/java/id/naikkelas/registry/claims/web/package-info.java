/** The claim pages: the claimant's code entry and resend, the officers' review queue. */
package id.naikkelas.registry.claims.web;
