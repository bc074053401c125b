package id.naikkelas.training.matching;

import id.naikkelas.platform.FieldProblem;
import id.naikkelas.platform.FormFields;
import id.naikkelas.platform.InvalidInputException;
import id.naikkelas.registry.Contacts;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Checks a {@link MatchingJoinRequest}, collecting every problem with the field it belongs to: the
 * side (UMKM or buyer), a buyer's kind, names, the country code and a contact one can reach.
 */
final class MatchingJoinChecker {

  private static final Pattern COUNTRY = Pattern.compile("[A-Z]{2}");
  private static final Set<String> BUYER_KINDS =
      Set.of("COMPANY", "EXPORTER", "RETAILER", "BANK", "OTHER");

  /** A request that passed: values normalised, ready to store. */
  record Joined(
      String side,
      String kind,
      String name,
      String organisation,
      String country,
      String contact,
      String interests) {}

  private MatchingJoinChecker() {}

  static Joined check(MatchingJoinRequest j) {
    List<FieldProblem> p = new ArrayList<>();
    if (j.website() != null && !j.website().isBlank()) {
      p.add(new FieldProblem("website", "selfRegistration.rejected"));
    }
    String side = j.side() == null ? "" : j.side().strip().toUpperCase(Locale.ROOT);
    if (!side.equals("UMKM") && !side.equals("BUYER")) {
      p.add(new FieldProblem("side", "field.choice", String.valueOf(j.side())));
    }
    String kind = "UMKM";
    if (side.equals("BUYER")) {
      kind = j.kind() == null ? "" : j.kind().strip().toUpperCase(Locale.ROOT);
      if (!BUYER_KINDS.contains(kind)) {
        p.add(new FieldProblem("kind", "field.choice", String.valueOf(j.kind())));
      }
    }
    String name = FormFields.name(j.name(), "name", 120, true, p);
    String organisation = FormFields.name(j.organisation(), "organisation", 200, true, p);
    String country =
        FormFields.blank(j.country()) ? "ID" : j.country().strip().toUpperCase(Locale.ROOT);
    if (!COUNTRY.matcher(country).matches()) {
      p.add(new FieldProblem("country", "matching.country.invalid"));
    }
    String contact = contact(j.contact(), p);
    String interests = FormFields.text(j.interests(), "interests", 500, false, p);
    if (!p.isEmpty()) {
      throw new InvalidInputException(p);
    }
    return new Joined(side, kind, name, organisation, country, contact, interests);
  }

  private static String contact(String given, List<FieldProblem> p) {
    if (FormFields.blank(given)) {
      p.add(new FieldProblem("contact", "field.required"));
      return null;
    }
    Optional<String> contact = Contacts.normalise(given);
    if (contact.isEmpty()) {
      p.add(new FieldProblem("contact", "matching.contact.invalid"));
      return null;
    }
    return contact.get();
  }
}
