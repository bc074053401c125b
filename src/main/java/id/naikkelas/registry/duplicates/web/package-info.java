/** The duplicate review pages for officers. */
package id.naikkelas.registry.duplicates.web;
