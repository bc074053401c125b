package id.naikkelas.training.registration.web;

/** The person a page form names: NIK, name, phone and village, as typed. */
public class PersonFields {

  private String nik = "";
  private String name = "";
  private String phone = "";
  private String villageCode = "";

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
}
