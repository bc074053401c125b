/**
 * Owner self-service: owners register themselves (an OWNER account and a DRAFT business, or a claim
 * when the NIK is already known), keep their own businesses up to date and ask for their data.
 * Internal to registry.
 */
package id.naikkelas.registry.selfservice;
