/**
 * Registry (Satu Data UMKM): owners and their businesses, one trusted list per regency, with
 * personal data encrypted at rest and every read of a full NIK logged. Other modules see it through
 * two named interfaces: {@code registry :: events} (what happened to a business) and {@code
 * registry :: lookup} ({@code OwnerLookup}, {@code Contacts}, {@code BusinessStatus}); the rest of
 * the base package is for the demo and the generated client's scenarios.
 */
@ApplicationModule(
    displayName = "Registry",
    allowedDependencies = {"platform", "region", "audit", "access", "notification"})
package id.naikkelas.registry;

import org.springframework.modulith.ApplicationModule;
