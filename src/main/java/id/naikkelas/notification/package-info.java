/**
 * Notification: an outbox of messages (WhatsApp, SMS, e-mail) written in the transaction of the
 * change they report, and a dispatcher that hands them to a channel afterwards.
 */
@ApplicationModule(
    displayName = "Notification",
    allowedDependencies = {"platform"})
package id.naikkelas.notification;

import org.springframework.modulith.ApplicationModule;
