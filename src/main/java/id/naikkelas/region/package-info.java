/**
 * Region: the Kemendagri hierarchy province › regency › district › village, loaded from the {@code
 * idn-area-data} package (ODbL), and the regencies this deployment serves.
 */
@ApplicationModule(displayName = "Region", allowedDependencies = "platform")
package id.naikkelas.region;

import org.springframework.modulith.ApplicationModule;
