/** The showrooms' part of the "Market access" API. */
package id.naikkelas.catalogue.showroom.api;
