package id.naikkelas.export.market;

import id.naikkelas.export.reference.Countries;
import id.naikkelas.export.reference.HsCodeView;
import id.naikkelas.export.reference.HsCodes;
import id.naikkelas.platform.FieldProblem;
import id.naikkelas.platform.InvalidInputException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.springframework.stereotype.Component;

/** The checks of a target market's fields: every bad one is named at once. */
@Component
class MarketChecks {

  static final int MAX_BUYER = 160;
  static final int MAX_TEXT = 500;

  private final Countries countries;
  private final HsCodes codes;

  MarketChecks(Countries countries, HsCodes codes) {
    this.countries = countries;
    this.codes = codes;
  }

  /** The form with its country in upper case and its heading as four digits, or 422. */
  TargetMarketForm check(TargetMarketForm form) {
    List<FieldProblem> problems = new ArrayList<>();
    String country = form.country() == null ? "" : form.country().strip();
    if (country.isEmpty()) {
      problems.add(new FieldProblem("country", "export.market.required"));
    } else if (!countries.known(country)) {
      problems.add(new FieldProblem("country", "export.country.unknown", cut(country)));
    }
    String heading = heading(form.hsHeading(), problems);
    String buyer = text(form.buyerName(), "buyerName", MAX_BUYER, problems);
    String note = text(form.note(), "note", MAX_TEXT, problems);
    if (!problems.isEmpty()) {
      throw new InvalidInputException(problems);
    }
    return new TargetMarketForm(country.toUpperCase(Locale.ROOT), heading, buyer, note);
  }

  /** The reason a market is dropped: required, at most 500 characters. */
  static String reason(String reason) {
    List<FieldProblem> problems = new ArrayList<>();
    String text = text(reason, "reason", MAX_TEXT, problems);
    if (text == null && problems.isEmpty()) {
      problems.add(new FieldProblem("reason", "export.market.required"));
    }
    if (!problems.isEmpty()) {
      throw new InvalidInputException(problems);
    }
    return text;
  }

  /** The heading's description, or null when the list has none. */
  String describe(String heading) {
    return codes.find(heading).map(HsCodeView::description).orElse(null);
  }

  private String heading(String value, List<FieldProblem> problems) {
    String raw = value == null ? "" : value.strip();
    if (raw.isEmpty()) {
      problems.add(new FieldProblem("hsHeading", "export.market.required"));
      return null;
    }
    String digits = raw.replace(".", "");
    if (!digits.matches("[0-9]{4}")) {
      problems.add(new FieldProblem("hsHeading", "export.market.heading.format"));
      return null;
    }
    String heading;
    try {
      heading = codes.heading(digits);
    } catch (InvalidInputException e) {
      problems.add(new FieldProblem("hsHeading", "export.market.heading.format"));
      return null;
    }
    if (codes.find(heading).filter(c -> c.level() == 4).isEmpty()) {
      problems.add(new FieldProblem("hsHeading", "export.market.heading.unknown", heading));
      return null;
    }
    return heading;
  }

  private static String text(String value, String field, int max, List<FieldProblem> problems) {
    if (value == null || value.isBlank()) {
      return null;
    }
    String text = value.strip();
    if (text.length() > max) {
      problems.add(new FieldProblem(field, "export.market.tooLong", max));
      return null;
    }
    return text;
  }

  private static String cut(String s) {
    return s.length() > 10 ? s.substring(0, 10) : s;
  }
}
