/** The curation rounds' part of the "Market access" API. */
package id.naikkelas.catalogue.curation.api;
