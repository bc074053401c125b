package id.naikkelas.registry.claims.web;

import id.naikkelas.registry.claims.ClaimDecision;

/** The forms of the claim pages: the claimant's code, and an officer's decision. */
final class ClaimForms {

  private ClaimForms() {}

  /** The code the claimant received. */
  public static class Code {
    private String code = "";

    public String getCode() {
      return code;
    }

    public void setCode(String code) {
      this.code = code;
    }
  }

  /** An officer's note and, for an approval, that the KTP was seen. */
  public static class Decision {
    private String note = "";
    private boolean ktpSeen;

    ClaimDecision toDecision() {
      return new ClaimDecision(note, ktpSeen);
    }

    public String getNote() {
      return note;
    }

    public void setNote(String note) {
      this.note = note;
    }

    public boolean isKtpSeen() {
      return ktpSeen;
    }

    public void setKtpSeen(boolean ktpSeen) {
      this.ktpSeen = ktpSeen;
    }
  }
}
