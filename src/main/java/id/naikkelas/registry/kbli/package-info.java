/**
 * The KBLI reference lists (the business classification codes a draft is checked against): the list
 * shipped with the application, lists an admin uploads, and their download. Internal to registry.
 */
package id.naikkelas.registry.kbli;
