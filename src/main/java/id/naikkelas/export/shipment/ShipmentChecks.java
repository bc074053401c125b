package id.naikkelas.export.shipment;

import id.naikkelas.export.reference.Countries;
import id.naikkelas.export.reference.HsCodes;
import id.naikkelas.platform.FieldProblem;
import id.naikkelas.platform.FormFields;
import id.naikkelas.platform.InvalidInputException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import org.springframework.stereotype.Component;

/**
 * Checks a shipment form whole: every wrong field is named at once, and nothing is written while
 * one is wrong. The goods code must be an HS subheading or a stored BTKI line, the country an ISO
 * code, the value positive in an ISO 4217 currency with the rate and its date when not rupiah, and
 * the shipment not in the future.
 */
@Component
class ShipmentChecks {

  static final int FIRST_YEAR = 2000;
  private static final String IDR = "IDR";

  private final HsCodes hsCodes;
  private final Countries countries;

  ShipmentChecks(HsCodes hsCodes, Countries countries) {
    this.hsCodes = hsCodes;
    this.countries = countries;
  }

  CheckedShipment check(ShipmentForm f, LocalDate today) {
    List<FieldProblem> p = new ArrayList<>();
    if (f.businessId() == null) {
      p.add(new FieldProblem("businessId", "field.required"));
    }
    int year = when(f, today, p);
    String hs = f.hsCode() == null ? "" : f.hsCode().replaceAll("[.\\s]", "");
    if (hs.isEmpty()) {
      p.add(new FieldProblem("hsCode", "field.required"));
    } else if (!hs.matches("\\d{6}|\\d{8}")) {
      p.add(new FieldProblem("hsCode", "export.shipment.hsCode.format"));
    } else if (!hsCodes.known(hs)) {
      p.add(new FieldProblem("hsCode", "export.shipment.hsCode.unknown", hs));
    }
    String country = upper(f.destinationCountry());
    if (country == null) {
      p.add(new FieldProblem("destinationCountry", "field.required"));
    } else if (!countries.known(country) || "ID".equals(country)) {
      p.add(new FieldProblem("destinationCountry", "export.country.unknown", country));
    }
    String commodity = text(f.commodity(), "commodity", 200, true, p);
    BigDecimal value = f.value();
    if (value == null) {
      p.add(new FieldProblem("value", "field.required"));
    } else if (value.signum() <= 0 || value.scale() > 2) {
      p.add(new FieldProblem("value", "export.shipment.value.positive"));
    }
    String currency = upper(f.currency());
    BigDecimal rate = f.rateToIdr();
    if (currency == null) {
      p.add(new FieldProblem("currency", "field.required"));
    } else if (!isCurrency(currency)) {
      p.add(new FieldProblem("currency", "export.shipment.currency.unknown", currency));
    } else if (IDR.equals(currency)) {
      if (rate != null && rate.compareTo(BigDecimal.ONE) != 0) {
        p.add(new FieldProblem("rateToIdr", "export.shipment.rate.rupiah"));
      }
      rate = BigDecimal.ONE;
    } else {
      if (rate == null) {
        p.add(new FieldProblem("rateToIdr", "export.shipment.rate.required", currency));
      } else if (rate.signum() <= 0) {
        p.add(new FieldProblem("rateToIdr", "export.shipment.rate.positive"));
      }
      if (f.rateDate() == null) {
        p.add(new FieldProblem("rateDate", "export.shipment.rateDate.required", currency));
      } else if (f.rateDate().isAfter(today)) {
        p.add(new FieldProblem("rateDate", "export.shipment.future"));
      }
    }
    if (f.quantity() != null && f.quantity().signum() <= 0) {
      p.add(new FieldProblem("quantity", "export.shipment.quantity.positive"));
    }
    String buyer = text(f.buyerName(), "buyerName", 160, false, p);
    String unit = text(f.unit(), "unit", 20, false, p);
    String form = text(f.originCertificate(), "originCertificate", 40, false, p);
    String peb = text(f.pebNumber(), "pebNumber", 40, false, p);
    if (!p.isEmpty()) {
      throw new InvalidInputException(p);
    }
    Integer month = f.shippedOn() != null ? f.shippedOn().getMonthValue() : f.month();
    return new CheckedShipment(
        f.businessId(),
        f.shippedOn(),
        year,
        month,
        hs,
        commodity,
        country,
        buyer,
        value,
        currency,
        rate,
        IDR.equals(currency) ? null : f.rateDate(),
        f.quantity(),
        unit,
        form,
        peb);
  }

  /** The year of the shipment, from its date or as given; 0 when it cannot be told. */
  private static int when(ShipmentForm f, LocalDate today, List<FieldProblem> p) {
    if (f.shippedOn() != null) {
      if (f.shippedOn().isAfter(today)) {
        p.add(new FieldProblem("shippedOn", "export.shipment.future"));
      } else if (f.shippedOn().getYear() < FIRST_YEAR) {
        p.add(new FieldProblem("shippedOn", "export.shipment.year.range", FIRST_YEAR));
      }
      boolean disagrees =
          (f.year() != null && f.year() != f.shippedOn().getYear())
              || (f.month() != null && f.month() != f.shippedOn().getMonthValue());
      if (disagrees) {
        p.add(new FieldProblem("year", "export.shipment.date.disagrees"));
      }
      return f.shippedOn().getYear();
    }
    if (f.year() == null) {
      p.add(new FieldProblem("year", "export.shipment.when.required"));
      return 0;
    }
    if (f.year() > today.getYear()) {
      p.add(new FieldProblem("year", "export.shipment.future"));
    } else if (f.year() < FIRST_YEAR) {
      p.add(new FieldProblem("year", "export.shipment.year.range", FIRST_YEAR));
    } else if (f.month() != null && (f.month() < 1 || f.month() > 12)) {
      p.add(new FieldProblem("month", "export.shipment.month.range"));
    } else if (f.month() != null
        && YearMonth.of(f.year(), f.month()).isAfter(YearMonth.from(today))) {
      p.add(new FieldProblem("month", "export.shipment.future"));
    }
    return f.year();
  }

  private static String text(
      String v, String field, int max, boolean required, List<FieldProblem> p) {
    if (FormFields.blank(v)) {
      if (required) {
        p.add(new FieldProblem(field, "field.required"));
      }
      return null;
    }
    String t = v.strip();
    if (t.length() > max) {
      p.add(new FieldProblem(field, "field.tooLong", max));
    }
    return t;
  }

  private static String upper(String v) {
    return FormFields.blank(v) ? null : v.strip().toUpperCase(Locale.ROOT);
  }

  private static boolean isCurrency(String code) {
    try {
      return code.matches("[A-Z]{3}") && Currency.getInstance(code) != null;
    } catch (IllegalArgumentException e) {
      return false;
    }
  }
}
