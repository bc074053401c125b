/**
 * Attendance and certificates: participants checked in by QR ticket per session; certificates
 * issued to participants who met an event's attendance rule, checked in public by their QR code,
 * printed as PDF, revoked with a reason. Internal to training, except the types marked {@code
 * certificate} for the demo module.
 */
package id.naikkelas.training.certificate;
