/** The "Inquiries" API. */
package id.naikkelas.catalogue.inquiry.api;
