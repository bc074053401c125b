package id.naikkelas.registry.web;

import id.naikkelas.registry.BusinessDetail;
import id.naikkelas.registry.BusinessDraft;
import id.naikkelas.registry.DraftText;

/**
 * The business form as the browser posts it; the same fields as {@link BusinessDraft} (the owner's
 * in {@link BusinessOwnerFields}).
 */
public class BusinessForm extends BusinessOwnerFields {

  private String businessName = "";
  private String nib = "";
  private String kbliVersion = "2020";
  private String kbliCodes = "";
  private String capital = "";
  private String annualSales = "";
  private String employees = "";
  private String yearFounded = "";
  private String villageCode = "";
  private String address = "";
  private String onlineChannels = "";
  private boolean sellsOnline;
  private boolean ikm;
  private boolean exporter;
  private String pirtNumber = "";
  private String halalNumber = "";
  private String trademarkNumber = "";

  /** The typed draft; what does not read is reported with the checker's problems. */
  public BusinessDraft toDraft() {
    return new DraftText(
            nik,
            ownerName,
            sex,
            phone,
            email,
            ownerAddress,
            ownerVillageCode,
            businessName,
            nib,
            kbliVersion,
            kbliCodes,
            capital,
            annualSales,
            employees,
            yearFounded,
            villageCode,
            address,
            onlineChannels,
            sellsOnline,
            ikm,
            exporter,
            pirtNumber,
            halalNumber,
            trademarkNumber,
            whatsappConsent)
        .read();
  }

  /**
   * The edit form of a stored business; NIK and phone must be typed again (they are masked). A
   * withheld owner (living outside the scope) leaves the owner's fields empty: they are not sent.
   */
  public static BusinessForm of(BusinessDetail b) {
    BusinessForm f = new BusinessForm();
    if (!b.owner().withheld()) {
      f.ownerName = b.owner().name();
      f.sex = b.owner().sex().letter();
      f.email = nz(b.owner().email());
      f.ownerAddress = nz(b.owner().address());
      f.ownerVillageCode = nz(b.owner().villageCode());
    }
    f.businessName = b.name();
    f.nib = nz(b.nib());
    f.kbliVersion = String.valueOf(b.kbliVersion());
    f.kbliCodes = String.join(", ", b.kbliCodes());
    f.capital = b.capital() == null ? "" : b.capital().toPlainString();
    f.annualSales = b.annualSales() == null ? "" : b.annualSales().toPlainString();
    f.employees = b.employees() == null ? "" : b.employees().toString();
    f.yearFounded = b.yearFounded() == null ? "" : b.yearFounded().toString();
    f.villageCode = b.villageCode();
    f.address = nz(b.address());
    f.onlineChannels = String.join("\n", b.onlineChannels());
    f.sellsOnline = b.sellsOnline();
    f.ikm = b.ikm();
    f.exporter = b.exporter();
    f.pirtNumber = nz(b.pirtNumber());
    f.halalNumber = nz(b.halalNumber());
    f.trademarkNumber = nz(b.trademarkNumber());
    f.whatsappConsent = b.whatsappConsentAt() != null;
    return f;
  }

  private static String nz(String text) {
    return text == null ? "" : text;
  }

  public String getBusinessName() {
    return businessName;
  }

  public void setBusinessName(String v) {
    businessName = v;
  }

  public String getNib() {
    return nib;
  }

  public void setNib(String v) {
    nib = v;
  }

  public String getKbliVersion() {
    return kbliVersion;
  }

  public void setKbliVersion(String v) {
    kbliVersion = v;
  }

  public String getKbliCodes() {
    return kbliCodes;
  }

  public void setKbliCodes(String v) {
    kbliCodes = v;
  }

  public String getCapital() {
    return capital;
  }

  public void setCapital(String v) {
    capital = v;
  }

  public String getAnnualSales() {
    return annualSales;
  }

  public void setAnnualSales(String v) {
    annualSales = v;
  }

  public String getEmployees() {
    return employees;
  }

  public void setEmployees(String v) {
    employees = v;
  }

  public String getYearFounded() {
    return yearFounded;
  }

  public void setYearFounded(String v) {
    yearFounded = v;
  }

  public String getVillageCode() {
    return villageCode;
  }

  public void setVillageCode(String v) {
    villageCode = v;
  }

  public String getAddress() {
    return address;
  }

  public void setAddress(String v) {
    address = v;
  }

  public String getOnlineChannels() {
    return onlineChannels;
  }

  public void setOnlineChannels(String v) {
    onlineChannels = v;
  }

  public boolean isSellsOnline() {
    return sellsOnline;
  }

  public void setSellsOnline(boolean v) {
    sellsOnline = v;
  }

  public boolean isIkm() {
    return ikm;
  }

  public void setIkm(boolean v) {
    ikm = v;
  }

  public boolean isExporter() {
    return exporter;
  }

  public void setExporter(boolean v) {
    exporter = v;
  }

  public String getPirtNumber() {
    return pirtNumber;
  }

  public void setPirtNumber(String v) {
    pirtNumber = v;
  }

  public String getHalalNumber() {
    return halalNumber;
  }

  public void setHalalNumber(String v) {
    halalNumber = v;
  }

  public String getTrademarkNumber() {
    return trademarkNumber;
  }

  public void setTrademarkNumber(String v) {
    trademarkNumber = v;
  }
}
