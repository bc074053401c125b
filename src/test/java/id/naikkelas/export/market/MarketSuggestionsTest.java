package id.naikkelas.export.market;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.naikkelas.IntegrationTest;
import id.naikkelas.access.Actor;
import id.naikkelas.access.Role;
import id.naikkelas.export.shipment.ExportShipments;
import id.naikkelas.export.shipment.ShipmentForm;
import id.naikkelas.export.shipment.ShipmentSource;
import id.naikkelas.platform.NotFoundException;
import id.naikkelas.registry.BusinessDraftFixture;
import id.naikkelas.registry.BusinessSource;
import id.naikkelas.registry.Registry;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Suggestions from the ledger, on the real database. Each test takes an HS subheading no shipment
 * carries yet, so the other tests' shipments do not enter its figures.
 */
@IntegrationTest
class MarketSuggestionsTest {

  static final Actor LAMONGAN = new Actor(0, "test", "test", Role.OFFICER, "35.24");
  static final Actor ROOT = new Actor(0, "test", "test", Role.OFFICER, "35");

  @Autowired Registry registry;
  @Autowired ExportShipments shipments;
  @Autowired MarketSuggestions suggestions;
  @Autowired TargetMarkets markets;
  @Autowired JdbcClient jdbc;

  String hs;

  @BeforeEach
  void freshCode() {
    hs =
        jdbc.sql(
                "select code from hs_code h where level = 6 and not exists (select 1 from"
                    + " export_shipment s where substr(s.hs_code, 1, 2) = substr(h.code, 1, 2))"
                    + " order by random() limit 1")
            .query(String.class)
            .single();
  }

  @Test
  void others_of_the_regency_show_where_the_same_heading_goes_and_few_firms_show_no_value() {
    long me = business("35.24.09.2001");
    long b = business("35.24.17.2007");
    long c = business("35.24.05.1001");
    long d = business("35.24.11.2001");
    long lumajang = business("35.08.02.2001");
    ship(me, "JP", "1000000");
    ship(b, "JP", "9000000"); // a country this exporter ships to already
    ship(b, "US", "5000000");
    ship(c, "US", "4000000");
    ship(d, "US", "1000000");
    ship(c, "KR", "20000000");
    ship(lumajang, "SG", "99000000"); // another regency
    List<MarketSuggestion> list = suggestions.forExporter(LAMONGAN, me);
    // fewer than three firms: no value, and after the others whatever their value
    assertThat(list).extracting(MarketSuggestion::country).containsExactly("US", "KR");
    MarketSuggestion kr = list.get(1);
    assertThat(kr.exporters()).isEqualTo(1);
    assertThat(kr.valueIdr()).isNull();
    MarketSuggestion us = list.get(0);
    assertThat(us.exporters()).isEqualTo(3);
    assertThat(us.valueIdr()).isEqualByComparingTo("10000000");
    assertThat(us.basis()).isEqualTo("HEADING");
    assertThat(us.hsCode()).isEqualTo(hs.substring(0, 4));
    assertThat(us.countryName()).isEqualTo("Amerika Serikat");
    assertThat(us.origin().preferential()).isFalse();
    assertThat(us.links().get(0).url())
        .isEqualTo(
            "https://www.macmap.org/en/query/results?reporter=840&partner=360&product="
                + hs.substring(0, 4));
    assertThat(kr.origin().form()).isNotBlank();
  }

  @Test
  void an_exporter_without_shipments_is_suggested_by_its_target_markets_headings() {
    long me = business("35.24.09.2001");
    long b = business("35.24.17.2007");
    assertThat(suggestions.forExporter(LAMONGAN, me)).isEmpty();
    markets.add(LAMONGAN, me, new TargetMarketForm("JP", hs.substring(0, 4), null, null));
    ship(b, "AU", "3000000");
    assertThat(suggestions.forExporter(LAMONGAN, me))
        .extracting(MarketSuggestion::country)
        .containsExactly("AU");
  }

  @Test
  void failing_the_heading_the_chapter_serves_and_another_district_sees_nothing() {
    long me = business("35.24.09.2001");
    long b = business("35.24.17.2007");
    ship(me, "JP", "1000000");
    String sibling =
        jdbc.sql(
                "select code from hs_code where level = 6 and substr(code, 1, 2) = ?"
                    + " and substr(code, 1, 4) <> ? order by code limit 1")
            .params(hs.substring(0, 2), hs.substring(0, 4))
            .query(String.class)
            .optional()
            .orElse(null);
    if (sibling != null) {
      shipments.record(ROOT, form(b, sibling, "NZ", "2000000"), ShipmentSource.OFFICER);
      List<MarketSuggestion> list = suggestions.forExporter(LAMONGAN, me);
      assertThat(list).extracting(MarketSuggestion::country).containsExactly("NZ");
      assertThat(list.get(0).basis()).isEqualTo("CHAPTER");
      assertThat(list.get(0).hsCode()).isEqualTo(hs.substring(0, 2));
    }
    Actor lumajang = new Actor(0, "test", "test", Role.OFFICER, "35.08");
    assertThatThrownBy(() -> suggestions.forExporter(lumajang, me))
        .isInstanceOf(NotFoundException.class);
  }

  long business(String village) {
    long id =
        registry.register(ROOT, BusinessDraftFixture.draft(village), BusinessSource.FORM).id();
    registry.verify(ROOT, id);
    return id;
  }

  void ship(long business, String country, String value) {
    shipments.record(ROOT, form(business, hs, country, value), ShipmentSource.OFFICER);
  }

  static ShipmentForm form(long business, String hs, String country, String value) {
    return new ShipmentForm(
        business,
        LocalDate.now().minusMonths(2),
        null,
        null,
        hs,
        "Barang uji",
        country,
        null,
        new BigDecimal(value),
        "IDR",
        null,
        null,
        null,
        null,
        null,
        null);
  }
}
