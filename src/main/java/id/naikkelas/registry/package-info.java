/**
 * Registry (Satu Data UMKM): owners and their businesses, one trusted list per regency, with
 * personal data encrypted at rest and every read of a full NIK logged. The base package holds the
 * core: the {@code Business} aggregate and its owner, draft checking, the {@code Registry} service,
 * the public directory and the data subject report, with their pages ({@code web}) and API ({@code
 * api}), and the faces its sub-packages use ({@code ClaimedOwners}, {@code BusinessMerging}). Its
 * sub-capabilities, each with its own {@code web} and {@code api} controllers, are internal to the
 * module:
 *
 * <ul>
 *   <li>{@code importing}: spreadsheet import of business records;
 *   <li>{@code duplicates}: the review queue of likely duplicates, merge and dismiss;
 *   <li>{@code claims}: claims of new accounts on known owners, by code or officer review;
 *   <li>{@code selfservice}: owners register themselves and keep their own businesses;
 *   <li>{@code kbli}: the KBLI reference lists drafts are checked against;
 *   <li>{@code export}: the business list as Excel or CSV.
 * </ul>
 *
 * <p>Other modules see it through named interfaces: {@code registry :: events} (what happened to a
 * business), {@code registry :: lookup} ({@code OwnerLookup}, {@code Contacts}, {@code
 * BusinessStatus}), {@code registry :: permits} (issued permits) and {@code registry :: importing}
 * ({@code BusinessImports}, {@code ImportStatus}, for the demo); the rest of the base package is
 * for the demo and the generated client's scenarios.
 */
@ApplicationModule(
    displayName = "Registry",
    allowedDependencies = {"platform", "region", "audit", "access", "notification"})
package id.naikkelas.registry;

import org.springframework.modulith.ApplicationModule;
