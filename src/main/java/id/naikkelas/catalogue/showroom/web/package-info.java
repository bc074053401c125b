/** Officers' pages of showrooms and their consignments. */
package id.naikkelas.catalogue.showroom.web;
