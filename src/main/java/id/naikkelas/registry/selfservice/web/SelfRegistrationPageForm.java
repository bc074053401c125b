package id.naikkelas.registry.selfservice.web;

import id.naikkelas.registry.selfservice.SelfRegistrationForm;
import id.naikkelas.registry.web.BusinessForm;

/** The self-registration page: an account and a business form in one. */
public class SelfRegistrationPageForm extends BusinessForm {

  private String username = "";
  private String password = "";
  private String confirmPassword = "";
  private boolean processingConsent;
  private String website = "";

  SelfRegistrationForm toForm() {
    return new SelfRegistrationForm(
        username, password, confirmPassword, toDraft(), processingConsent, website);
  }

  public String getUsername() {
    return username;
  }

  public void setUsername(String username) {
    this.username = username;
  }

  public String getPassword() {
    return password;
  }

  public void setPassword(String password) {
    this.password = password;
  }

  public String getConfirmPassword() {
    return confirmPassword;
  }

  public void setConfirmPassword(String confirmPassword) {
    this.confirmPassword = confirmPassword;
  }

  public boolean isProcessingConsent() {
    return processingConsent;
  }

  public void setProcessingConsent(boolean processingConsent) {
    this.processingConsent = processingConsent;
  }

  public String getWebsite() {
    return website;
  }

  public void setWebsite(String website) {
    this.website = website;
  }
}
