package id.naikkelas.training.registration.web;

import id.naikkelas.training.registration.RegistrationRequest;
import java.util.LinkedHashMap;
import java.util.Map;

/** The public registration form of an event. */
public class RegistrationPageForm extends PersonFields {

  private String website = "";
  private Map<String, String> answers = new LinkedHashMap<>();

  RegistrationRequest toRequest() {
    return new RegistrationRequest(
        getNik(), getName(), getPhone(), getVillageCode(), new LinkedHashMap<>(answers), website);
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
