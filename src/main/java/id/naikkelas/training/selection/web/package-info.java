/** The officer's selection actions on the event page: rank, adjust, confirm, withdraw. */
package id.naikkelas.training.selection.web;
