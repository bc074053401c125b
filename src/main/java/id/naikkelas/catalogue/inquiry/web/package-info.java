/**
 * Inquiry pages: the buyer's question form and own inquiry, and the inbox of owners and officers.
 */
package id.naikkelas.catalogue.inquiry.web;
