/**
 * Durable cross-module reactions: {@code @ApplicationModuleListener}s run on a bounded executor
 * after the publishing transaction commits; Spring Modulith's JDBC registry keeps one row per event
 * and listener until the listener's own transaction commits. Publications a crash cut off or a
 * failure stopped are resubmitted on a schedule, up to a cap, and shown to administrators.
 */
package id.naikkelas.platform.events;
