package id.naikkelas.training.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The event form's fields of who may register (region, sizes, audience, KBLI prefixes) and of how a
 * selection weighs applicants (questions, criteria), as typed.
 */
public abstract class EventRulesForm {

  private String eligibleRegion = "";
  private List<String> eligibleSizes = new ArrayList<>();
  private String audience = "ANYONE";
  private String eligibleKbli = "";
  private String questions = "";
  private Map<String, String> criteria = new LinkedHashMap<>();

  public String getEligibleRegion() {
    return eligibleRegion;
  }

  public void setEligibleRegion(String v) {
    eligibleRegion = v;
  }

  public List<String> getEligibleSizes() {
    return eligibleSizes;
  }

  public void setEligibleSizes(List<String> v) {
    eligibleSizes = v;
  }

  public String getAudience() {
    return audience;
  }

  public void setAudience(String v) {
    audience = v;
  }

  public String getEligibleKbli() {
    return eligibleKbli;
  }

  public void setEligibleKbli(String v) {
    eligibleKbli = v;
  }

  public String getQuestions() {
    return questions;
  }

  public void setQuestions(String v) {
    questions = v;
  }

  public Map<String, String> getCriteria() {
    return criteria;
  }

  public void setCriteria(Map<String, String> v) {
    criteria = v;
  }
}
