/**
 * Target markets of an exporter: a destination country and an HS heading the exporter works
 * towards, moved PROSPECT → SAMPLE_SENT → NEGOTIATING → FIRST_SHIPMENT → REPEAT (or DROPPED) by its
 * owner or an officer and on by the ledger's shipments; market suggestions from what the regency's
 * other exporters ship; and shipment drafts from catalogue deals with buyers abroad. {@code
 * TargetMarkets}, {@code MarketSuggestions} and {@code ShipmentDrafts} are its faces; the package
 * is the {@code export :: market} named interface.
 */
@org.springframework.modulith.NamedInterface("market")
package id.naikkelas.export.market;
