/**
 * Training and events: programmes and their events (training, study trips, business matching,
 * exhibitions), registration with places confirmed first-come or by weighted selection, a ranked
 * waitlist, attendance by QR ticket, certificates with a public check, and follow-up surveys.
 *
 * <p>The base package is the core and the public face: events ({@code Events}, {@code
 * TrainingEvent}, {@code EventDraft}), follow-ups and the demo module's {@code
 * TrainingDemoRecords}; {@code web} and {@code api} hold the officers' event pages and the event
 * API. The capabilities live in sub-packages, each with its own {@code web} and {@code api}: {@code
 * registration} (registering, confirmation, places and releases, withdrawals, disputes, tickets),
 * {@code selection} (weights, scoring, ranking, adjustment, confirmation), {@code certificate}
 * (attendance and certificates) and {@code matching} (business matching). They are internal to the
 * module; the few types the demo module uses are named interfaces ({@code training ::
 * registration}, {@code selection}, {@code certificate}, {@code matching}).
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
