/** The export reference page for officers and admins: HS codes and origin rules. */
package id.naikkelas.export.reference.web;
