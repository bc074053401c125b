/**
 * Audit: the append-only trail of every create, update and delete (and of reads of personal data):
 * who, when, what, the values before and after.
 */
@ApplicationModule(
    displayName = "Audit",
    allowedDependencies = {"platform", "region"})
package id.naikkelas.audit;

import org.springframework.modulith.ApplicationModule;
