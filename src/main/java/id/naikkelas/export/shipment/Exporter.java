package id.naikkelas.export.shipment;

/**
 * What the ledger keeps of the exporting business when a shipment is recorded: its name, its size
 * class then (a shipment counts as IKM or large industry by the size its exporter had), and the
 * village its district totals count it in.
 */
record Exporter(String name, String sizeClass, String villageCode) {}
