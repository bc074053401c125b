package id.naikkelas.licensing;

/** A datum a stage may need besides its date and note; each is a property of {@link StageInput}. */
public enum StageField {
  RESULT("result"),
  REFERENCE("reference"),
  COMPANION("companion"),
  NUMBER("number"),
  ISSUED_ON("issuedOn"),
  EXPIRES_ON("expiresOn");

  private final String property;

  StageField(String property) {
    this.property = property;
  }

  /** The request property that carries it, as the API and the page name it. */
  public String property() {
    return property;
  }
}
