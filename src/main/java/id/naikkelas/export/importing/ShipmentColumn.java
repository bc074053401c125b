package id.naikkelas.export.importing;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The columns of the shipment spreadsheet: the Indonesian header of the template, the other headers
 * accepted for it (English ones included), and the shipment form field it fills.
 */
enum ShipmentColumn {
  NIB("NIB", "businessId", true, "nomor induk berusaha"),
  BUSINESS_ID("id_usaha", "businessId", false, "id usaha", "business id", "business_id"),
  BUSINESS_NAME("Nama Usaha", null, false, "business name", "nama perusahaan", "eksportir"),
  DATE("Tanggal", "shippedOn", false, "date", "tanggal kirim", "tanggal ekspor", "shipped on"),
  YEAR("Tahun", "year", false, "year"),
  MONTH("Bulan", "month", false, "month"),
  HS_CODE("Kode HS", "hsCode", true, "hs", "hs code", "kode_hs", "pos tarif"),
  COMMODITY("Komoditas", "commodity", false, "commodity", "jenis barang", "barang"),
  COUNTRY("Negara Tujuan", "destinationCountry", false, "negara", "destination", "country"),
  BUYER("Pembeli", "buyerName", false, "buyer", "nama pembeli", "importir"),
  VALUE("Nilai", "value", false, "value", "nilai ekspor"),
  CURRENCY("Mata Uang", "currency", false, "currency", "valuta"),
  RATE("Kurs", "rateToIdr", false, "rate", "exchange rate", "rate to idr", "kurs ke rupiah"),
  RATE_DATE("Tanggal Kurs", "rateDate", false, "rate date"),
  QUANTITY("Jumlah", "quantity", false, "quantity", "volume"),
  UNIT("Satuan", "unit", false, "unit"),
  ORIGIN_CERTIFICATE(
      "SKA", "originCertificate", false, "form ska", "origin certificate", "certificate of origin"),
  PEB("Nomor PEB", "pebNumber", true, "no peb", "peb", "peb number");

  private final String header;
  private final String field;
  private final boolean digitsAsText;
  private final List<String> aliases;

  ShipmentColumn(String header, String field, boolean digitsAsText, String... aliases) {
    this.header = header;
    this.field = field;
    this.digitsAsText = digitsAsText;
    this.aliases = List.of(aliases);
  }

  String header() {
    return header;
  }

  String field() {
    return field;
  }

  /** True for codes that must stay text in the template (leading zeros, 13-digit NIB). */
  boolean digitsAsText() {
    return digitsAsText;
  }

  /** The column a header names, case, spacing and underscores ignored. */
  static Optional<ShipmentColumn> ofHeader(String text) {
    String wanted = normalise(text);
    for (ShipmentColumn column : values()) {
      if (normalise(column.header).equals(wanted)
          || column.aliases.stream().anyMatch(a -> normalise(a).equals(wanted))) {
        return Optional.of(column);
      }
    }
    return Optional.empty();
  }

  static String normalise(String text) {
    return text == null
        ? ""
        : text.replace('_', ' ').strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
  }
}
