/**
 * Showrooms and consignment: stock placed, sold, returned and paid for, and what is owed. Internal
 * to catalogue; demo uses {@code Showrooms} through the named interface "showroom".
 */
package id.naikkelas.catalogue.showroom;
