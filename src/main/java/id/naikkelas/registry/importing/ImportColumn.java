package id.naikkelas.registry.importing;

import java.util.Locale;
import java.util.Optional;

/** The columns of the import file, by their exact headers, and the draft field each fills. */
enum ImportColumn {
  NIK("NIK", "nik", true),
  OWNER_NAME("Nama Pemilik", "ownerName", false),
  SEX("Jenis Kelamin", "sex", false),
  PHONE("No HP", "phone", true),
  EMAIL("Email", "email", false),
  BUSINESS_NAME("Nama Usaha", "businessName", false),
  NIB("NIB", "nib", true),
  KBLI("KBLI", "kbliCodes", false),
  DISTRICT("Kecamatan", null, false),
  VILLAGE("Desa", null, false),
  VILLAGE_CODE("Kode Desa", "villageCode", false),
  ADDRESS("Alamat", "address", false),
  YEAR_FOUNDED("Tahun Berdiri", "yearFounded", false),
  EMPLOYEES("Tenaga Kerja", "employees", false),
  CAPITAL("Modal Usaha", "capital", false),
  ANNUAL_SALES("Omzet Tahunan", "annualSales", false),
  ONLINE("Pemasaran Online", "sellsOnline", false),
  EXPORT("Ekspor", "exporter", false),
  IKM("IKM", "ikm", false);

  private final String header;
  private final String field;
  private final boolean digitsAsText;

  ImportColumn(String header, String field, boolean digitsAsText) {
    this.header = header;
    this.field = field;
    this.digitsAsText = digitsAsText;
  }

  String header() {
    return header;
  }

  /**
   * True for numbers that must arrive as text: Excel keeps 15 significant digits, so a NIK, NIB or
   * phone in a numeric cell has already been damaged.
   */
  boolean digitsAsText() {
    return digitsAsText;
  }

  /** The header a draft field's problem is reported on. */
  static String headerOfField(String field) {
    for (ImportColumn column : values()) {
      if (field.equals(column.field)) {
        return column.header;
      }
    }
    return field;
  }

  /** The column with this header, case and spacing ignored. */
  static Optional<ImportColumn> ofHeader(String text) {
    String wanted = normalise(text);
    for (ImportColumn column : values()) {
      if (normalise(column.header).equals(wanted)) {
        return Optional.of(column);
      }
    }
    return Optional.empty();
  }

  static String normalise(String text) {
    return text == null ? "" : text.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
  }
}
