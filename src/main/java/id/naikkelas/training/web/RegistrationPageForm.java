package id.naikkelas.training.web;

import id.naikkelas.training.RegistrationRequest;
import java.util.LinkedHashMap;
import java.util.Map;

/** The public registration form of an event. */
public class RegistrationPageForm {

  private String nik = "";
  private String name = "";
  private String phone = "";
  private String villageCode = "";
  private String website = "";
  private Map<String, String> answers = new LinkedHashMap<>();

  RegistrationRequest toRequest() {
    return new RegistrationRequest(
        nik, name, phone, villageCode, new LinkedHashMap<>(answers), website);
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

  public String getWebsite() {
    return website;
  }

  public void setWebsite(String v) {
    website = v;
  }

  public Map<String, String> getAnswers() {
    return answers;
  }

  public void setAnswers(Map<String, String> v) {
    answers = v;
  }
}
