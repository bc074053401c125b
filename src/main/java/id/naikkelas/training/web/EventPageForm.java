package id.naikkelas.training.web;

import id.naikkelas.platform.FieldProblem;
import id.naikkelas.platform.FormFields;
import id.naikkelas.training.Audience;
import id.naikkelas.training.EventDraft;
import id.naikkelas.training.EventMode;
import id.naikkelas.training.EventText;
import id.naikkelas.training.EventType;
import java.util.List;

/**
 * The event form: text fields as typed. Questions are one per line, "question text; weight";
 * criteria weights are numbers (empty for none). Who may register and the weights are the fields of
 * {@link EventRulesForm}.
 */
public class EventPageForm extends EventRulesForm {

  private String title = "";
  private String type = "TRAINING";
  private String mode = "FIRST_COME";
  private String quota = "";
  private String registrationOpens = "";
  private String registrationCloses = "";
  private String regionScope = "";
  private String startsOn = "";
  private String endsOn = "";
  private String sessions = "1";
  private String minSessions = "1";
  private String place = "";
  private String onlineLink = "";
  private String organiser = "";
  private String partners = "";
  private String description = "";
  private String programme = "";

  /** The typed draft; a text that does not parse is left empty and its problem noted. */
  EventDraft toDraft(List<FieldProblem> unreadable) {
    List<FieldProblem> p = unreadable;
    return new EventDraft(
        title,
        FormFields.choice(EventType.class, type, "type", p),
        FormFields.choice(EventMode.class, mode, "mode", p),
        EventText.number(quota, "quota", p),
        EventText.time(registrationOpens, "registrationOpens", false, p),
        EventText.time(registrationCloses, "registrationCloses", true, p),
        regionScope,
        EventText.date(startsOn, "startsOn", p),
        EventText.date(endsOn, "endsOn", p),
        EventText.number(sessions, "sessions", p),
        EventText.number(minSessions, "minSessions", p),
        place,
        onlineLink,
        organiser,
        partners,
        description,
        programme,
        getEligibleRegion(),
        getEligibleSizes(),
        EventText.choice(Audience.class, getAudience(), "audience", p),
        EventFormWeights.questions(getQuestions()),
        EventFormWeights.criteria(getCriteria()),
        EventText.prefixes(getEligibleKbli()));
  }

  public String getTitle() {
    return title;
  }

  public void setTitle(String v) {
    title = v;
  }

  public String getType() {
    return type;
  }

  public void setType(String v) {
    type = v;
  }

  public String getMode() {
    return mode;
  }

  public void setMode(String v) {
    mode = v;
  }

  public String getQuota() {
    return quota;
  }

  public void setQuota(String v) {
    quota = v;
  }

  public String getRegistrationOpens() {
    return registrationOpens;
  }

  public void setRegistrationOpens(String v) {
    registrationOpens = v;
  }

  public String getRegistrationCloses() {
    return registrationCloses;
  }

  public void setRegistrationCloses(String v) {
    registrationCloses = v;
  }

  public String getRegionScope() {
    return regionScope;
  }

  public void setRegionScope(String v) {
    regionScope = v;
  }

  public String getStartsOn() {
    return startsOn;
  }

  public void setStartsOn(String v) {
    startsOn = v;
  }

  public String getEndsOn() {
    return endsOn;
  }

  public void setEndsOn(String v) {
    endsOn = v;
  }

  public String getSessions() {
    return sessions;
  }

  public void setSessions(String v) {
    sessions = v;
  }

  public String getMinSessions() {
    return minSessions;
  }

  public void setMinSessions(String v) {
    minSessions = v;
  }

  public String getPlace() {
    return place;
  }

  public void setPlace(String v) {
    place = v;
  }

  public String getOnlineLink() {
    return onlineLink;
  }

  public void setOnlineLink(String v) {
    onlineLink = v;
  }

  public String getOrganiser() {
    return organiser;
  }

  public void setOrganiser(String v) {
    organiser = v;
  }

  public String getPartners() {
    return partners;
  }

  public void setPartners(String v) {
    partners = v;
  }

  public String getDescription() {
    return description;
  }

  public void setDescription(String v) {
    description = v;
  }

  public String getProgramme() {
    return programme;
  }

  public void setProgramme(String v) {
    programme = v;
  }
}
