/**
 * Buyers' inquiries about a product or a business: asked by anyone, answered, closed or ended in a
 * deal by the owner or the officers of the scope, who are told of each. Internal to catalogue.
 */
package id.naikkelas.catalogue.inquiry;
