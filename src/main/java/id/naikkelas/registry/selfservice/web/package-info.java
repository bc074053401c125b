/** The self-registration page and the owner's own pages ({@code /my}). */
package id.naikkelas.registry.selfservice.web;
