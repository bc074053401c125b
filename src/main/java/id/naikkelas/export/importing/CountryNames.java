package id.naikkelas.export.importing;

import id.naikkelas.export.reference.Countries;
import id.naikkelas.export.reference.Country;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * A destination as the spreadsheet writes it: an ISO 3166-1 alpha-2 code, or the country's name in
 * Indonesian or English (as the JDK names it, plus the short names people write: USA, Inggris).
 */
@Component
class CountryNames {

  private static final Map<String, String> SHORT =
      Map.ofEntries(
          Map.entry("usa", "US"),
          Map.entry("amerika", "US"),
          Map.entry("uk", "GB"),
          Map.entry("inggris", "GB"),
          Map.entry("britania raya", "GB"),
          Map.entry("cina", "CN"),
          Map.entry("china", "CN"),
          Map.entry("rrc", "CN"),
          Map.entry("korea", "KR"),
          Map.entry("korsel", "KR"),
          Map.entry("uea", "AE"),
          Map.entry("uae", "AE"),
          Map.entry("turki", "TR"),
          Map.entry("turkey", "TR"));

  private final Countries countries;
  private final Map<String, String> byName = new HashMap<>();

  CountryNames(Countries countries) {
    this.countries = countries;
    for (Country c : countries.all()) {
      byName.putIfAbsent(CellValues.key(c.nameId()), c.code());
      byName.putIfAbsent(CellValues.key(c.nameEn()), c.code());
    }
    SHORT.forEach(byName::putIfAbsent);
  }

  /** The alpha-2 code the text names; empty when it names no country. */
  Optional<String> code(String text) {
    String t = text.strip();
    if (t.matches("[A-Za-z]{2}") && countries.known(t)) {
      return countries.find(t).map(Country::code);
    }
    return Optional.ofNullable(byName.get(CellValues.key(t)));
  }
}
