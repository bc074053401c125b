package id.naikkelas.export.shipment.web;

import id.naikkelas.export.shipment.ShipmentForm;
import id.naikkelas.platform.FieldProblem;
import id.naikkelas.platform.FormFields;
import id.naikkelas.platform.InvalidInputException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The record-shipment form as typed: every field a string, so that a wrong number or date comes
 * back beside its field instead of failing the binding. Numbers may be written the Indonesian way
 * ({@code 1.234.567,89}) or plainly ({@code 1234567.89}).
 */
public class ShipmentPageForm {

  private static final Pattern GROUPED = Pattern.compile("\\d{1,3}(\\.\\d{3})+(,\\d+)?");
  private static final Pattern COMMA = Pattern.compile("\\d+,\\d+");
  private static final Pattern PLAIN = Pattern.compile("\\d+(\\.\\d+)?");

  private String businessId;
  private String shippedOn;
  private String year;
  private String month;
  private String hsCode;
  private String commodity;
  private String destinationCountry;
  private String buyerName;
  private String value;
  private String currency = "USD";
  private String rateToIdr;
  private String rateDate;
  private String quantity;
  private String unit;
  private String originCertificate;
  private String pebNumber;

  /** The typed form, or every field that cannot be read named at once. */
  ShipmentForm toForm() {
    List<FieldProblem> p = new ArrayList<>();
    ShipmentForm form =
        new ShipmentForm(
            whole(businessId, "businessId", p),
            date(shippedOn, "shippedOn", p),
            small(year, "year", p),
            small(month, "month", p),
            hsCode == null ? null : hsCode.replace(".", "").strip(),
            commodity,
            destinationCountry,
            buyerName,
            number(value, "value", p),
            currency,
            number(rateToIdr, "rateToIdr", p),
            date(rateDate, "rateDate", p),
            number(quantity, "quantity", p),
            unit,
            originCertificate,
            pebNumber);
    if (!p.isEmpty()) {
      throw new InvalidInputException(p);
    }
    return form;
  }

  static BigDecimal number(String text, String field, List<FieldProblem> p) {
    if (FormFields.blank(text)) {
      return null;
    }
    String t = text.strip().replace(" ", "");
    if (t.length() <= 40) {
      if (GROUPED.matcher(t).matches() || COMMA.matcher(t).matches()) {
        return new BigDecimal(t.replace(".", "").replace(',', '.'));
      }
      if (PLAIN.matcher(t).matches()) {
        return new BigDecimal(t);
      }
    }
    p.add(new FieldProblem(field, "export.page.number"));
    return null;
  }

  private static Long whole(String text, String field, List<FieldProblem> p) {
    if (FormFields.blank(text)) {
      return null;
    }
    try {
      return Long.valueOf(text.strip());
    } catch (NumberFormatException e) {
      p.add(new FieldProblem(field, "export.page.number"));
      return null;
    }
  }

  private static Integer small(String text, String field, List<FieldProblem> p) {
    Long n = whole(text, field, p);
    if (n != null && (n < 0 || n > 9999)) {
      p.add(new FieldProblem(field, "export.page.number"));
      return null;
    }
    return n == null ? null : n.intValue();
  }

  private static LocalDate date(String text, String field, List<FieldProblem> p) {
    if (FormFields.blank(text)) {
      return null;
    }
    try {
      return LocalDate.parse(text.strip());
    } catch (DateTimeParseException e) {
      p.add(new FieldProblem(field, "export.page.date"));
      return null;
    }
  }

  public String getBusinessId() {
    return businessId;
  }

  public void setBusinessId(String businessId) {
    this.businessId = businessId;
  }

  public String getShippedOn() {
    return shippedOn;
  }

  public void setShippedOn(String shippedOn) {
    this.shippedOn = shippedOn;
  }

  public String getYear() {
    return year;
  }

  public void setYear(String year) {
    this.year = year;
  }

  public String getMonth() {
    return month;
  }

  public void setMonth(String month) {
    this.month = month;
  }

  public String getHsCode() {
    return hsCode;
  }

  public void setHsCode(String hsCode) {
    this.hsCode = hsCode;
  }

  public String getCommodity() {
    return commodity;
  }

  public void setCommodity(String commodity) {
    this.commodity = commodity;
  }

  public String getDestinationCountry() {
    return destinationCountry;
  }

  public void setDestinationCountry(String destinationCountry) {
    this.destinationCountry = destinationCountry;
  }

  public String getBuyerName() {
    return buyerName;
  }

  public void setBuyerName(String buyerName) {
    this.buyerName = buyerName;
  }

  public String getValue() {
    return value;
  }

  public void setValue(String value) {
    this.value = value;
  }

  public String getCurrency() {
    return currency;
  }

  public void setCurrency(String currency) {
    this.currency = currency;
  }

  public String getRateToIdr() {
    return rateToIdr;
  }

  public void setRateToIdr(String rateToIdr) {
    this.rateToIdr = rateToIdr;
  }

  public String getRateDate() {
    return rateDate;
  }

  public void setRateDate(String rateDate) {
    this.rateDate = rateDate;
  }

  public String getQuantity() {
    return quantity;
  }

  public void setQuantity(String quantity) {
    this.quantity = quantity;
  }

  public String getUnit() {
    return unit;
  }

  public void setUnit(String unit) {
    this.unit = unit;
  }

  public String getOriginCertificate() {
    return originCertificate;
  }

  public void setOriginCertificate(String originCertificate) {
    this.originCertificate = originCertificate;
  }

  public String getPebNumber() {
    return pebNumber;
  }

  public void setPebNumber(String pebNumber) {
    this.pebNumber = pebNumber;
  }
}
