package id.naikkelas.export.market;

import static org.assertj.core.api.Assertions.assertThat;

import id.naikkelas.export.market.SuggestionRanking.Ranked;
import id.naikkelas.export.market.SuggestionRanking.Row;
import java.math.BigDecimal;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SuggestionRankingTest {

  static Row row(String country, String code, long business, long value) {
    return new Row(country, code, business, BigDecimal.valueOf(value));
  }

  @Test
  void destinations_are_ranked_by_the_others_total_value_without_the_exporters_own() {
    List<Ranked> ranked =
        SuggestionRanking.rank(
            List.of(
                row("JP", "5208", 1, 100),
                row("JP", "5209", 2, 300),
                row("US", "5208", 1, 250),
                row("US", "5208", 3, 250),
                row("AU", "5208", 2, 900),
                row("AU", "5208", 4, 10),
                row("SG", "5208", 5, 10_000)),
            Set.of("SG"));
    assertThat(ranked)
        .containsExactly(
            new Ranked("AU", "5208", 2, BigDecimal.valueOf(910)),
            new Ranked("US", "5208", 2, BigDecimal.valueOf(500)),
            new Ranked("JP", "5209", 2, BigDecimal.valueOf(400)));
  }

  @Test
  void a_destination_of_a_single_exporter_shows_no_value() {
    List<Ranked> ranked =
        SuggestionRanking.rank(
            List.of(
                row("JP", "5208", 1, 100),
                row("JP", "5208", 1, 50),
                row("KR", "5208", 2, 10),
                row("KR", "5208", 3, 10)),
            Set.of());
    assertThat(ranked)
        .containsExactly(
            new Ranked("JP", "5208", 1, null), new Ranked("KR", "5208", 2, BigDecimal.valueOf(20)));
  }

  @Test
  void nothing_shipped_by_others_is_nothing_to_suggest() {
    assertThat(SuggestionRanking.rank(List.of(), Set.of())).isEmpty();
    assertThat(SuggestionRanking.rank(List.of(row("JP", "5208", 1, 100)), Set.of("JP"))).isEmpty();
  }
}
