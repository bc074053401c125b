/**
 * Documents of a licensing request: uploaded per the kind's list (label design, product photo,
 * composition, production process, site photo, the mark's label), checked by content and stored
 * only re-encoded. Internal to licensing.
 */
package id.naikkelas.licensing.documents;
