/** The KBLI API: the recorded lists, a code check, upload and download. */
package id.naikkelas.registry.kbli.api;
