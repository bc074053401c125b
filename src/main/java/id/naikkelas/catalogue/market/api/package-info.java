/** The partners' part of the "Market access" API. */
package id.naikkelas.catalogue.market.api;
