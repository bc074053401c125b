/**
 * Registry (Satu Data UMKM): owners and their businesses, one trusted list per regency, with
 * personal data encrypted at rest and every read of a full NIK logged.
 */
@ApplicationModule(
    displayName = "Registry",
    allowedDependencies = {"platform", "region", "audit", "access", "notification"})
package id.naikkelas.registry;

import org.springframework.modulith.ApplicationModule;
