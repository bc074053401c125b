/**
 * The officers' market access overview and partner pages, and how those pages run a form's action.
 */
package id.naikkelas.catalogue.market.web;
