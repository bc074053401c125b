/**
 * Attendance and certificates: participants checked in by QR ticket per session; certificates
 * issued to participants who met an event's attendance rule, checked in public by their QR code,
 * printed as PDF, revoked with a reason. Internal to training.
 */
package id.naikkelas.training.certificate;
