/** The target markets, market suggestions and shipment drafts API. */
package id.naikkelas.export.market.api;
