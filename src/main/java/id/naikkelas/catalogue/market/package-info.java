/**
 * Market partners (marketplaces, banks, retailers, expo organisers) and the businesses onboarded
 * with each. Internal to catalogue; demo uses {@code MarketPartners} through the named interface
 * "market".
 */
package id.naikkelas.catalogue.market;
