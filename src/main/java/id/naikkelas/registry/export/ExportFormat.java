package id.naikkelas.registry.export;

/** The file types the registry exports to. */
public enum ExportFormat {
  XLSX,
  CSV
}
