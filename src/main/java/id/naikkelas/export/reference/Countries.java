package id.naikkelas.export.reference;

import java.text.Collator;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.springframework.modulith.NamedInterface;
import org.springframework.stereotype.Service;

/**
 * ISO 3166-1 alpha-2 countries with their names in Indonesian and English, from the JDK's locale
 * data (DESIGN.md §7, Export): no table to keep up to date, the JDK follows the standard.
 */
@Service
@NamedInterface("reference")
public class Countries {

  private static final Locale INDONESIAN = Locale.forLanguageTag("id");

  private final Map<String, Country> byCode;
  private final List<Country> all;

  Countries() {
    Collator collator = Collator.getInstance(INDONESIAN);
    Map<String, Country> countries = new LinkedHashMap<>();
    List<Country> sorted =
        Arrays.stream(Locale.getISOCountries())
            .map(Countries::country)
            .sorted(Comparator.comparing(Country::nameId, collator))
            .toList();
    sorted.forEach(c -> countries.put(c.code(), c));
    this.byCode = Map.copyOf(countries);
    this.all = sorted;
  }

  /** The country of the code, in any case ({@code jp} is {@code JP}). */
  public Optional<Country> find(String alpha2) {
    return Optional.ofNullable(normalise(alpha2)).map(byCode::get);
  }

  public boolean known(String alpha2) {
    return find(alpha2).isPresent();
  }

  /** Every country, by its Indonesian name. */
  public List<Country> all() {
    return all;
  }

  /** The code in upper case, or null when it cannot be one. */
  static String normalise(String alpha2) {
    if (alpha2 == null) {
      return null;
    }
    String code = alpha2.strip().toUpperCase(Locale.ROOT);
    return code.matches("[A-Z]{2}") ? code : null;
  }

  private static Country country(String code) {
    Locale locale = new Locale("", code);
    return new Country(
        code, locale.getDisplayCountry(INDONESIAN), locale.getDisplayCountry(Locale.ENGLISH));
  }
}
