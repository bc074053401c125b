/**
 * Curation rounds for a partner or an event: weighted criteria, products entered and scored, the
 * pass rule, outlets of passed products, and reports by scope. Internal to catalogue; demo uses
 * {@code Curation} through the named interface "curation".
 */
package id.naikkelas.catalogue.curation;
