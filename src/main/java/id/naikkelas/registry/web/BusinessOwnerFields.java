package id.naikkelas.registry.web;

/** The owner's fields of the business form: who the owner is and how to reach them. */
public abstract class BusinessOwnerFields {

  String nik = "";
  String ownerName = "";
  String sex = "";
  String phone = "";
  String email = "";
  String ownerAddress = "";
  String ownerVillageCode = "";
  boolean whatsappConsent;

  public String getNik() {
    return nik;
  }

  public void setNik(String v) {
    nik = v;
  }

  public String getOwnerName() {
    return ownerName;
  }

  public void setOwnerName(String v) {
    ownerName = v;
  }

  public String getSex() {
    return sex;
  }

  public void setSex(String v) {
    sex = v;
  }

  public String getPhone() {
    return phone;
  }

  public void setPhone(String v) {
    phone = v;
  }

  public String getEmail() {
    return email;
  }

  public void setEmail(String v) {
    email = v;
  }

  public String getOwnerAddress() {
    return ownerAddress;
  }

  public void setOwnerAddress(String v) {
    ownerAddress = v;
  }

  public String getOwnerVillageCode() {
    return ownerVillageCode;
  }

  public void setOwnerVillageCode(String v) {
    ownerVillageCode = v;
  }

  public boolean isWhatsappConsent() {
    return whatsappConsent;
  }

  public void setWhatsappConsent(boolean v) {
    whatsappConsent = v;
  }
}
