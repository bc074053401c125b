/** The expos' public pages (with a booth's question form) and the officers' expo board. */
package id.naikkelas.catalogue.expo.web;
