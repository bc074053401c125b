package id.naikkelas.training.matching.web;

import id.naikkelas.training.matching.MatchingJoinRequest;

/** Joining a business matching day, as a UMKM or as a buyer. */
public class JoinPageForm {

  private String side = "UMKM";
  private String kind = "";
  private String name = "";
  private String organisation = "";
  private String country = "ID";
  private String contact = "";
  private String interests = "";
  private String website = "";

  MatchingJoinRequest toJoin() {
    return new MatchingJoinRequest(
        side, kind, name, organisation, country, contact, interests, website);
  }

  public String getSide() {
    return side;
  }

  public void setSide(String v) {
    side = v;
  }

  public String getKind() {
    return kind;
  }

  public void setKind(String v) {
    kind = v;
  }

  public String getName() {
    return name;
  }

  public void setName(String v) {
    name = v;
  }

  public String getOrganisation() {
    return organisation;
  }

  public void setOrganisation(String v) {
    organisation = v;
  }

  public String getCountry() {
    return country;
  }

  public void setCountry(String v) {
    country = v;
  }

  public String getContact() {
    return contact;
  }

  public void setContact(String v) {
    contact = v;
  }

  public String getInterests() {
    return interests;
  }

  public void setInterests(String v) {
    interests = v;
  }

  public String getWebsite() {
    return website;
  }

  public void setWebsite(String v) {
    website = v;
  }
}
