/**
 * Training and events: programmes and their events (training, study trips, business matching,
 * exhibitions), registration with places confirmed first-come or by weighted selection, a ranked
 * waitlist, attendance by QR ticket, certificates with a public check, and follow-up surveys.
 */
@ApplicationModule(
    displayName = "Training",
    allowedDependencies = {
      "platform",
      "region",
      "audit",
      "access",
      "registry :: lookup",
      "notification"
    })
package id.naikkelas.training;

import org.springframework.modulith.ApplicationModule;
