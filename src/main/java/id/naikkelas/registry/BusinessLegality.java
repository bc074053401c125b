package id.naikkelas.registry;

import jakarta.persistence.Embeddable;
import java.util.Map;

/** A business's legality numbers: PIRT (home food production), halal certificate, trademark. */
@Embeddable
class BusinessLegality {

  private String pirtNumber;
  private String halalNumber;
  private String trademarkNumber;
  private java.time.LocalDate pirtExpiresOn;
  private java.time.LocalDate trademarkExpiresOn;

  protected BusinessLegality() {}

  /** Takes an issued permit's number (and end); a NIB is the business's own field. */
  void record(PermitIssued permit) {
    switch (permit.kind()) {
      case PIRT -> {
        pirtNumber = permit.number();
        pirtExpiresOn = permit.expiresOn();
      }
      case HALAL -> halalNumber = permit.number();
      case TRADEMARK -> {
        trademarkNumber = permit.number();
        trademarkExpiresOn = permit.expiresOn();
      }
      case NIB -> {}
    }
  }

  void update(CheckedDraft draft) {
    this.pirtNumber = draft.pirtNumber();
    this.halalNumber = draft.halalNumber();
    this.trademarkNumber = draft.trademarkNumber();
  }

  /** Takes over the numbers the merged record knew and this one does not. */
  void absorb(BusinessLegality merged) {
    pirtNumber = pirtNumber == null ? merged.pirtNumber : pirtNumber;
    halalNumber = halalNumber == null ? merged.halalNumber : halalNumber;
    trademarkNumber = trademarkNumber == null ? merged.trademarkNumber : trademarkNumber;
  }

  void putInto(Map<String, Object> values) {
    values.put("pirtNumber", pirtNumber);
    values.put("halalNumber", halalNumber);
    values.put("trademarkNumber", trademarkNumber);
    if (pirtExpiresOn != null) {
      values.put("pirtExpiresOn", pirtExpiresOn.toString());
    }
    if (trademarkExpiresOn != null) {
      values.put("trademarkExpiresOn", trademarkExpiresOn.toString());
    }
  }

  String pirtNumber() {
    return pirtNumber;
  }

  String halalNumber() {
    return halalNumber;
  }

  String trademarkNumber() {
    return trademarkNumber;
  }
}
