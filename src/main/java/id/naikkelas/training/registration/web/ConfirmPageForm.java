package id.naikkelas.training.registration.web;

/** The code a person types to confirm a registration. */
public class ConfirmPageForm {

  private String code = "";

  public String getCode() {
    return code;
  }

  public void setCode(String v) {
    code = v;
  }
}
