/** The KBLI admin pages: the recorded lists, upload and download. */
package id.naikkelas.registry.kbli.web;
