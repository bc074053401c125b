/** The selection API: rank, adjust and confirm the applicants of a selection event. */
package id.naikkelas.training.selection.api;
