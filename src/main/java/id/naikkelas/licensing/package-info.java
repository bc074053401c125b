/**
 * Licensing facilitation: one request per permit a business needs (NIB, P-IRT, halal, trademark),
 * moved stage by stage by an officer through its kind's pipeline, with the number checks of
 * DESIGN.md §7 and the validity and renewal windows of each permit.
 */
@ApplicationModule(
    displayName = "Licensing",
    allowedDependencies = {
      "platform",
      "region",
      "audit",
      "access",
      "registry :: lookup",
      "registry :: permits",
      "catalogue",
      "training :: certificate",
      "notification"
    })
package id.naikkelas.licensing;

import org.springframework.modulith.ApplicationModule;
