package id.naikkelas.catalogue.inquiry.web;

import id.naikkelas.catalogue.inquiry.InquiryRequest;

/** A buyer's question on a product page. */
public class InquiryPageForm {

  private String buyerName = "";
  private String organisation = "";
  private String country = "ID";
  private String contact = "";
  private String quantity = "";
  private String message = "";
  private String website = "";

  /** The question as the inquiries take it, about the product. */
  public InquiryRequest toAsk(long productId) {
    return new InquiryRequest(
        productId,
        null,
        buyerName,
        organisation,
        country,
        contact,
        quantity,
        message,
        website,
        null);
  }

  public String getBuyerName() {
    return buyerName;
  }

  public void setBuyerName(String v) {
    buyerName = v;
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

  public String getQuantity() {
    return quantity;
  }

  public void setQuantity(String v) {
    quantity = v;
  }

  public String getMessage() {
    return message;
  }

  public void setMessage(String v) {
    message = v;
  }

  public String getWebsite() {
    return website;
  }

  public void setWebsite(String v) {
    website = v;
  }
}
