/** The export page and its download. */
package id.naikkelas.registry.export.web;
