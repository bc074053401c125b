package id.naikkelas.registry;

import jakarta.persistence.Embeddable;
import java.util.Map;

/** A business's legality numbers: PIRT (home food production), halal certificate, trademark. */
@Embeddable
class BusinessLegality {

  private String pirtNumber;
  private String halalNumber;
  private String trademarkNumber;

  protected BusinessLegality() {}

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
