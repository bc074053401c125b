/** The self-registration API and the owner's own API: own businesses, own data. */
package id.naikkelas.registry.selfservice.api;
