/**
 * Claims of new accounts on owners already in the registry: a one-time code to the phone on record,
 * or an officer who saw the owner's KTP; a proven claim links the account and stores the business
 * it held. Internal to registry; it reaches owner records only through {@code ClaimedOwners}.
 */
package id.naikkelas.registry.claims;
