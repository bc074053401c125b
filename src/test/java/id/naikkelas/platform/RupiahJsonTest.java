package id.naikkelas.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.json.JsonMapper;

/** An amount field reads a JSON number or Rupiah text, and refuses anything else naming it. */
class RupiahJsonTest {

  record Priced(@JsonDeserialize(using = RupiahJson.class) BigDecimal price) {}

  private final JsonMapper json = JsonMapper.builder().build();

  private BigDecimal read(String value) {
    return json.readValue("{\"price\":" + value + "}", Priced.class).price();
  }

  @Test
  void numbers_and_typed_rupiah_are_the_same_amount() {
    assertThat(read("15000")).isEqualByComparingTo("15000");
    assertThat(read("15000.5")).isEqualByComparingTo("15000.5");
    assertThat(read("\"Rp15.000\"")).isEqualByComparingTo("15000");
    assertThat(read("\"15.000,50\"")).isEqualByComparingTo("15000.50");
    assertThat(read("\"  \"")).isNull();
    assertThat(read("null")).isNull();
  }

  @Test
  void words_negatives_fractions_of_a_sen_and_huge_amounts_are_refused_naming_the_field() {
    for (String bad :
        new String[] {"\"lima ribu\"", "-1", "1.001", "1000000000000000", "\"Rp-5\"", "\"12.5\""}) {
      assertThatThrownBy(() -> read(bad))
          .as(bad)
          .isInstanceOfSatisfying(
              InvalidFormatException.class,
              e -> {
                assertThat(e.getTargetType()).isEqualTo(Amounts.class);
                assertThat(e.getPath().get(0).getPropertyName()).isEqualTo("price");
                assertThat(BodyProblems.field(e).messageKey()).isEqualTo("field.amount");
              });
    }
  }

  enum Colour {
    RED,
    GREEN
  }

  record Painted(Colour colour) {}

  @Test
  void an_unknown_enum_value_names_the_choices() {
    assertThatThrownBy(() -> json.readValue("{\"colour\":\"BLUE\"}", Painted.class))
        .satisfies(
            e -> {
              BodyProblems.Field field = BodyProblems.field(e);
              assertThat(field.path()).isEqualTo("colour");
              assertThat(field.messageKey()).isEqualTo("field.choice.oneOf");
              assertThat(field.args()).containsExactly("RED, GREEN");
            });
  }
}
