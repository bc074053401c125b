/**
 * Registration for an event: the single statement that decides a place (decision 0010), the
 * confirmation from the phone, releases of unconfirmed places, withdrawals, disputed NIKs, tickets
 * and the messages to registrants. Internal to training, except the types marked {@code
 * registration} for the demo module.
 */
package id.naikkelas.training.registration;
