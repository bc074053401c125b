package id.naikkelas.licensing;

/** The outcome a stage notes where it has one (the site inspection, the PDKI name check). */
public enum StageResult {
  PASS,
  FAIL
}
