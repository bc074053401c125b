package id.naikkelas.export.market;

import static org.assertj.core.api.Assertions.assertThat;

import id.naikkelas.IntegrationTest;
import id.naikkelas.access.Actor;
import id.naikkelas.access.Role;
import id.naikkelas.export.shipment.ExportShipments;
import id.naikkelas.export.shipment.ShipmentForm;
import id.naikkelas.export.shipment.ShipmentSource;
import id.naikkelas.registry.BusinessDraftFixture;
import id.naikkelas.registry.BusinessSource;
import id.naikkelas.registry.Registry;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** A shipment recorded in the ledger moves its exporter's target market on, as "system". */
@IntegrationTest
class ShipmentMarketListenerTest {

  static final Actor OFFICER = new Actor(0, "test", "test", Role.OFFICER, "35.24");

  @Autowired Registry registry;
  @Autowired ExportShipments shipments;
  @Autowired TargetMarkets markets;

  @Test
  void a_recorded_shipment_makes_the_first_shipment_and_a_later_one_the_repeat() {
    long business =
        registry
            .register(OFFICER, BusinessDraftFixture.draft("35.24.09.2001"), BusinessSource.FORM)
            .id();
    long jp = markets.add(OFFICER, business, new TargetMarketForm("JP", "5208", null, null)).id();
    long au = markets.add(OFFICER, business, new TargetMarketForm("AU", "5208", null, null)).id();
    markets.move(OFFICER, jp, MarketMove.SAMPLE_SENT, null);
    long first =
        shipments.record(OFFICER, shipment(business, "JP", "100"), ShipmentSource.OFFICER).id();
    Awaitility.await()
        .atMost(Duration.ofSeconds(30))
        .untilAsserted(
            () ->
                assertThat(markets.find(OFFICER, jp).state())
                    .isEqualTo(MarketState.FIRST_SHIPMENT));
    MarketStepView step = markets.find(OFFICER, jp).history().get(2);
    assertThat(step.by()).isEqualTo("system");
    assertThat(step.shipmentId()).isEqualTo(first);
    shipments.record(OFFICER, shipment(business, "JP", "200"), ShipmentSource.OFFICER);
    Awaitility.await()
        .atMost(Duration.ofSeconds(30))
        .untilAsserted(
            () -> assertThat(markets.find(OFFICER, jp).state()).isEqualTo(MarketState.REPEAT));
    assertThat(markets.find(OFFICER, au).state()).isEqualTo(MarketState.PROSPECT);
  }

  static ShipmentForm shipment(long business, String country, String value) {
    return new ShipmentForm(
        business,
        LocalDate.of(2025, 3, 15),
        null,
        null,
        "520849",
        "Sarung tenun ikat",
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
