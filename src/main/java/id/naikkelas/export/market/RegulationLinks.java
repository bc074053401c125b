package id.naikkelas.export.market;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Links to the regulation sources for an export from Indonesia (ISO 3166-1 numeric 360): the ITC
 * Market Access Map query for the destination and the goods, EXIM Kemendag and e-SKA. The Market
 * Access Map names countries by their ISO 3166-1 numeric code, which the JDK does not carry: the
 * table below holds Indonesia's main destinations, and a country outside it gets the Market Access
 * Map's front page instead of a query.
 */
final class RegulationLinks {

  static final String INDONESIA = "360";
  static final String MACMAP = "https://www.macmap.org/";
  static final String EXIM = "https://exim.kemendag.go.id/";
  static final String E_SKA = "https://e-ska.kemendag.go.id/";

  /** ISO 3166-1 numeric codes of the destinations the table knows. */
  static final Map<String, String> NUMERIC =
      Map.ofEntries(
          Map.entry("AE", "784"),
          Map.entry("AR", "032"),
          Map.entry("AT", "040"),
          Map.entry("AU", "036"),
          Map.entry("BD", "050"),
          Map.entry("BE", "056"),
          Map.entry("BG", "100"),
          Map.entry("BH", "048"),
          Map.entry("BN", "096"),
          Map.entry("BR", "076"),
          Map.entry("CA", "124"),
          Map.entry("CH", "756"),
          Map.entry("CL", "152"),
          Map.entry("CN", "156"),
          Map.entry("CO", "170"),
          Map.entry("CY", "196"),
          Map.entry("CZ", "203"),
          Map.entry("DE", "276"),
          Map.entry("DK", "208"),
          Map.entry("DZ", "012"),
          Map.entry("EE", "233"),
          Map.entry("EG", "818"),
          Map.entry("ES", "724"),
          Map.entry("FI", "246"),
          Map.entry("FR", "250"),
          Map.entry("GB", "826"),
          Map.entry("GR", "300"),
          Map.entry("HK", "344"),
          Map.entry("HR", "191"),
          Map.entry("HU", "348"),
          Map.entry("IE", "372"),
          Map.entry("IL", "376"),
          Map.entry("IN", "356"),
          Map.entry("IQ", "368"),
          Map.entry("IR", "364"),
          Map.entry("IT", "380"),
          Map.entry("JO", "400"),
          Map.entry("JP", "392"),
          Map.entry("KE", "404"),
          Map.entry("KH", "116"),
          Map.entry("KR", "410"),
          Map.entry("KW", "414"),
          Map.entry("LA", "418"),
          Map.entry("LK", "144"),
          Map.entry("LT", "440"),
          Map.entry("LU", "442"),
          Map.entry("LV", "428"),
          Map.entry("MA", "504"),
          Map.entry("MM", "104"),
          Map.entry("MO", "446"),
          Map.entry("MX", "484"),
          Map.entry("MY", "458"),
          Map.entry("NG", "566"),
          Map.entry("NL", "528"),
          Map.entry("NO", "578"),
          Map.entry("NZ", "554"),
          Map.entry("OM", "512"),
          Map.entry("PE", "604"),
          Map.entry("PG", "598"),
          Map.entry("PH", "608"),
          Map.entry("PK", "586"),
          Map.entry("PL", "616"),
          Map.entry("PT", "620"),
          Map.entry("QA", "634"),
          Map.entry("RO", "642"),
          Map.entry("RU", "643"),
          Map.entry("SA", "682"),
          Map.entry("SE", "752"),
          Map.entry("SG", "702"),
          Map.entry("SI", "705"),
          Map.entry("SK", "703"),
          Map.entry("TH", "764"),
          Map.entry("TL", "626"),
          Map.entry("TR", "792"),
          Map.entry("TW", "158"),
          Map.entry("UA", "804"),
          Map.entry("US", "840"),
          Map.entry("VN", "704"),
          Map.entry("ZA", "710"));

  private RegulationLinks() {}

  /** The ISO 3166-1 numeric code (three digits) of the country, if the table holds it. */
  static Optional<String> numeric(String alpha2) {
    return alpha2 == null
        ? Optional.empty()
        : Optional.ofNullable(NUMERIC.get(alpha2.strip().toUpperCase(Locale.ROOT)));
  }

  /** The Market Access Map query for goods (an HS code's digits) from Indonesia to the country. */
  static String marketAccessMap(String alpha2, String product) {
    String digits = product == null ? "" : product.replaceAll("[^0-9]", "");
    return numeric(alpha2)
        .filter(n -> !digits.isEmpty())
        .map(
            n ->
                MACMAP
                    + "en/query/results?reporter="
                    + n
                    + "&partner="
                    + INDONESIA
                    + "&product="
                    + digits)
        .orElse(MACMAP);
  }

  /** The three sources, the Market Access Map one for this country and goods. */
  static List<RegulationLink> forMarket(String alpha2, String product) {
    return List.of(
        new RegulationLink("Market Access Map", marketAccessMap(alpha2, product)),
        new RegulationLink("EXIM Kemendag", EXIM),
        new RegulationLink("e-SKA", E_SKA));
  }
}
