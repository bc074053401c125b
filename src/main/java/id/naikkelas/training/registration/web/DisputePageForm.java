package id.naikkelas.training.registration.web;

import id.naikkelas.training.registration.Disputes;

/** The officer's form to settle a disputed NIK: the person as seen on their KTP. */
public class DisputePageForm extends PersonFields {

  private String note = "";

  Disputes.DisputeRequest toRequest() {
    return new Disputes.DisputeRequest(
        getNik(), getName(), getPhone(), getVillageCode(), note, null);
  }

  public String getNote() {
    return note;
  }

  public void setNote(String v) {
    note = v;
  }
}
