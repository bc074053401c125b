package id.naikkelas.export.market;

import static id.naikkelas.catalogue.curation.CurationRoundTest.assertRefused;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.test.util.ReflectionTestUtils;

/** The target market's state machine: every move it allows, and every one it refuses. */
class TargetMarketTest {

  static final Instant NOW = Instant.parse("2026-12-02T08:00:00Z");

  static TargetMarket in(MarketState state) {
    TargetMarket m = new TargetMarket(7, "35.24.09.2001", "JP", "5208", null, null, "ani", NOW);
    ReflectionTestUtils.setField(m, "id", 11L);
    ReflectionTestUtils.setField(m, "state", state);
    return m;
  }

  static void apply(TargetMarket m, MarketMove move) {
    switch (move) {
      case SAMPLE_SENT -> m.sampleSent("ani", NOW);
      case NEGOTIATING -> m.negotiating("ani", NOW);
      case FIRST_SHIPMENT -> m.firstShipment("ani", NOW, null);
      case REPEAT -> m.repeat("ani", NOW, null);
      case DROP -> m.drop("ani", NOW, "harga tidak cocok");
    }
  }

  @Test
  void a_market_goes_from_prospect_to_repeat_and_keeps_each_move() {
    TargetMarket m = new TargetMarket(7, "35.24.09.2001", "JP", "5208", null, null, "ani", NOW);
    ReflectionTestUtils.setField(m, "id", 11L);
    m.sampleSent("ani", NOW);
    m.negotiating("budi", NOW);
    m.firstShipment("budi", NOW, null);
    m.repeat(TargetMarket.SYSTEM, NOW, 99L);
    assertThat(m.state()).isEqualTo(MarketState.REPEAT);
    assertThat(m.history())
        .extracting(MarketStepView::to)
        .containsExactly(
            MarketState.PROSPECT,
            MarketState.SAMPLE_SENT,
            MarketState.NEGOTIATING,
            MarketState.FIRST_SHIPMENT,
            MarketState.REPEAT);
    assertThat(m.history().get(4).by()).isEqualTo("system");
    assertThat(m.history().get(4).shipmentId()).isEqualTo(99L);
    assertThat(events(m))
        .last()
        .isEqualTo(
            new TargetMarketMoved(
                11, 7, MarketState.FIRST_SHIPMENT, MarketState.REPEAT, "system", 99L));
  }

  @Test
  void every_move_a_state_does_not_allow_is_refused_naming_the_state_and_nothing_changes() {
    int refused = 0;
    for (MarketState state : MarketState.values()) {
      for (MarketMove move : MarketMove.values()) {
        if (allowed(state).contains(move.to())) {
          TargetMarket m = in(state);
          apply(m, move);
          assertThat(m.state()).isEqualTo(move.to());
        } else {
          TargetMarket m = in(state);
          assertRefused(() -> apply(m, move), state, move.path());
          assertThat(m.state()).isEqualTo(state);
          assertThat(m.history()).hasSize(1);
          assertThat(events(m)).isEmpty();
          refused++;
        }
      }
    }
    assertThat(refused).isEqualTo(30 - 11);
  }

  @Test
  void a_dropped_market_keeps_its_reason() {
    TargetMarket m = in(MarketState.NEGOTIATING);
    m.drop("ani", NOW, "pembeli membatalkan");
    assertThat(m.dropReason()).isEqualTo("pembeli membatalkan");
    assertThat(m.history().get(1).reason()).isEqualTo("pembeli membatalkan");
  }

  @Test
  void a_shipment_makes_the_first_shipment_then_a_repeat_and_counts_once() {
    TargetMarket m = in(MarketState.SAMPLE_SENT);
    assertThat(m.shipped(NOW, 5)).isTrue();
    assertThat(m.state()).isEqualTo(MarketState.FIRST_SHIPMENT);
    assertThat(m.shipped(NOW, 5)).isFalse();
    assertThat(m.state()).isEqualTo(MarketState.FIRST_SHIPMENT);
    assertThat(m.shipped(NOW, 6)).isTrue();
    assertThat(m.state()).isEqualTo(MarketState.REPEAT);
    assertThat(m.shipped(NOW, 7)).isFalse();
    assertThat(in(MarketState.DROPPED).shipped(NOW, 8)).isFalse();
  }

  private static java.util.Collection<Object> events(TargetMarket m) {
    return ReflectionTestUtils.invokeMethod(m, "domainEvents");
  }

  /** The states each state may move to, written out apart from the enum's own table. */
  private static Set<MarketState> allowed(MarketState from) {
    return switch (from) {
      case PROSPECT ->
          EnumSet.of(
              MarketState.SAMPLE_SENT,
              MarketState.NEGOTIATING,
              MarketState.FIRST_SHIPMENT,
              MarketState.DROPPED);
      case SAMPLE_SENT ->
          EnumSet.of(MarketState.NEGOTIATING, MarketState.FIRST_SHIPMENT, MarketState.DROPPED);
      case NEGOTIATING -> EnumSet.of(MarketState.FIRST_SHIPMENT, MarketState.DROPPED);
      case FIRST_SHIPMENT -> EnumSet.of(MarketState.REPEAT, MarketState.DROPPED);
      case REPEAT, DROPPED -> EnumSet.noneOf(MarketState.class);
    };
  }
}
