/** The public event pages: the list, an event with its registration form, confirmation, tickets. */
package id.naikkelas.training.registration.web;
