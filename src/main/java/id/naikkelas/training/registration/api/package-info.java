/** The registration API: register, confirm, withdraw, settle a disputed NIK, list registrations. */
package id.naikkelas.training.registration.api;
