package id.naikkelas.registry;

/** The file types the registry exports to. */
public enum ExportFormat {
  XLSX,
  CSV
}
