/** Officers' pages of curation rounds: open, close, enter, score, outlets. */
package id.naikkelas.catalogue.curation.web;
