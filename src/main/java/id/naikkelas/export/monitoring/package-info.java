/**
 * Exporter monitoring: officers record their visits to an exporter (who went, what they found, the
 * obstacles to exporting by category) with the follow-up actions agreed there, each owned by
 * someone and due by a date; the actions are then completed one by one. {@code ExporterVisits} and
 * {@code ExportFollowUps} are its faces; the package is the {@code export :: monitoring} named
 * interface.
 */
@org.springframework.modulith.NamedInterface("monitoring")
package id.naikkelas.export.monitoring;
