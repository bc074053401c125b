package id.naikkelas.export.market;

import id.naikkelas.access.Actor;
import id.naikkelas.export.reference.Countries;
import id.naikkelas.export.reference.Country;
import id.naikkelas.export.reference.OriginRules;
import id.naikkelas.registry.BusinessAccess;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Markets to try: destinations where other exporters of the same regency ship the HS headings this
 * exporter ships (or its target markets name, when it has shipped nothing), or failing those the
 * same chapters, over the last three years, and this exporter does not ship to yet. Ranked by their
 * rupiah value; a destination behind which stands a single exporter shows no value.
 */
@Service
public class MarketSuggestions {

  static final ZoneId WIB = ZoneId.of("Asia/Jakarta");
  static final int YEARS = 3;

  private final SuggestionQueries queries;
  private final TargetMarketRepository markets;
  private final BusinessAccess access;
  private final Countries countries;
  private final OriginRules origins;
  private final Clock clock;

  MarketSuggestions(
      SuggestionQueries queries,
      TargetMarketRepository markets,
      BusinessAccess access,
      Countries countries,
      OriginRules origins,
      Clock clock) {
    this.queries = queries;
    this.markets = markets;
    this.access = access;
    this.countries = countries;
    this.origins = origins;
    this.clock = clock;
  }

  @Transactional(readOnly = true)
  public List<MarketSuggestion> forExporter(Actor by, long businessId) {
    String village = access.business(by, businessId).villageCode();
    if (village == null || village.length() < 5) {
      return List.of();
    }
    String regency = village.substring(0, 5);
    Set<String> headings = queries.headingsShipped(businessId);
    if (headings.isEmpty()) {
      headings =
          markets.findByBusinessIdOrderByIdAsc(businessId).stream()
              .filter(m -> m.state() != MarketState.DROPPED)
              .map(TargetMarket::hsHeading)
              .collect(Collectors.toCollection(TreeSet::new));
    }
    if (headings.isEmpty()) {
      return List.of();
    }
    Set<String> shipped = queries.countriesShipped(businessId);
    int fromYear = LocalDate.now(clock.withZone(WIB)).getYear() - (YEARS - 1);
    String basis = "HEADING";
    List<SuggestionRanking.Ranked> ranked =
        SuggestionRanking.rank(queries.others(regency, businessId, fromYear, headings, 4), shipped);
    if (ranked.isEmpty()) {
      basis = "CHAPTER";
      Set<String> chapters =
          headings.stream()
              .map(h -> h.substring(0, 2))
              .collect(Collectors.toCollection(TreeSet::new));
      ranked =
          SuggestionRanking.rank(
              queries.others(regency, businessId, fromYear, chapters, 2), shipped);
    }
    String b = basis;
    return ranked.stream().map(r -> suggestion(r, b)).toList();
  }

  private MarketSuggestion suggestion(SuggestionRanking.Ranked r, String basis) {
    return new MarketSuggestion(
        r.country(),
        countries.find(r.country()).map(Country::nameId).orElse(r.country()),
        r.code(),
        basis,
        r.exporters(),
        r.valueIdr(),
        OriginRequirement.of(origins.forCountry(r.country())),
        RegulationLinks.forMarket(r.country(), r.code()));
  }
}
