/** The virtual expos' part of the "Market access" API. */
package id.naikkelas.catalogue.expo.api;
