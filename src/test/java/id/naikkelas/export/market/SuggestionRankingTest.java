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
                row("JP", "5209", 6, 1),
                row("US", "5208", 1, 250),
                row("US", "5208", 3, 250),
                row("US", "5208", 6, 1),
                row("AU", "5208", 2, 900),
                row("AU", "5208", 4, 10),
                row("AU", "5208", 6, 1),
                row("SG", "5208", 5, 10_000)),
            Set.of("SG"));
    assertThat(ranked)
        .containsExactly(
            new Ranked("AU", "5208", 3, BigDecimal.valueOf(911)),
            new Ranked("US", "5208", 3, BigDecimal.valueOf(501)),
            new Ranked("JP", "5209", 3, BigDecimal.valueOf(401)));
  }

  @Test
  void a_destination_of_fewer_than_three_exporters_shows_no_value_and_comes_last() {
    List<Ranked> ranked =
        SuggestionRanking.rank(
            List.of(
                row("JP", "5208", 1, 100_000),
                row("JP", "5208", 1, 50),
                row("KR", "5208", 2, 90_000),
                row("KR", "5208", 3, 10),
                row("US", "5208", 4, 10),
                row("US", "5208", 5, 10),
                row("US", "5208", 6, 10)),
            Set.of());
    assertThat(ranked)
        .containsExactly(
            new Ranked("US", "5208", 3, BigDecimal.valueOf(30)),
            new Ranked("KR", "5208", 2, null),
            new Ranked("JP", "5208", 1, null));
  }

  @Test
  void nothing_shipped_by_others_is_nothing_to_suggest() {
    assertThat(SuggestionRanking.rank(List.of(), Set.of())).isEmpty();
    assertThat(SuggestionRanking.rank(List.of(row("JP", "5208", 1, 100)), Set.of("JP"))).isEmpty();
  }
}
