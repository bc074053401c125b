/** The exporter page's target-market forms and the fragments it shows markets with. */
package id.naikkelas.export.market.web;
