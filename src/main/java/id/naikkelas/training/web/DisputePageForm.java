package id.naikkelas.training.web;

import id.naikkelas.training.Disputes;

/** The officer's form to settle a disputed NIK: the person as seen on their KTP. */
public class DisputePageForm {

  private String nik = "";
  private String name = "";
  private String phone = "";
  private String villageCode = "";
  private String note = "";

  Disputes.DisputeRequest toRequest() {
    return new Disputes.DisputeRequest(nik, name, phone, villageCode, note, null);
  }

  public String getNik() {
    return nik;
  }

  public void setNik(String v) {
    nik = v;
  }

  public String getName() {
    return name;
  }

  public void setName(String v) {
    name = v;
  }

  public String getPhone() {
    return phone;
  }

  public void setPhone(String v) {
    phone = v;
  }

  public String getVillageCode() {
    return villageCode;
  }

  public void setVillageCode(String v) {
    villageCode = v;
  }

  public String getNote() {
    return note;
  }

  public void setNote(String v) {
    note = v;
  }
}
