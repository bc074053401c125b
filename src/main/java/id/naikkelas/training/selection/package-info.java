/**
 * Selection for a {@code SELECTION} event: criteria and question weights, scoring, ranking, the
 * officer's adjustments and the confirmed places with a ranked waitlist. Internal to training,
 * except the types marked {@code selection} for the demo module.
 */
package id.naikkelas.training.selection;
