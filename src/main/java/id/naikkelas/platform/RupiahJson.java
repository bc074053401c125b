package id.naikkelas.platform;

import java.math.BigDecimal;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.deser.jdk.NumberDeserializers;
import tools.jackson.databind.exc.InvalidFormatException;

/**
 * A Rupiah amount in a request body: a JSON number ({@code 15000}) or the text people type ({@code
 * "Rp15.000"}, {@code "15.000,50"}), read by {@link Amounts}. Anything else — a negative amount,
 * more than two decimals, a quadrillion or more, words — is refused naming the field ({@code
 * field.amount}). Put on a field with {@code @JsonDeserialize(using = RupiahJson.class)} and
 * {@code @Schema(type = "number")}.
 */
public final class RupiahJson extends ValueDeserializer<BigDecimal> {

  @Override
  public BigDecimal deserialize(JsonParser parser, DeserializationContext context) {
    if (parser.hasToken(JsonToken.VALUE_STRING)) {
      String text = parser.getString();
      if (text.isBlank()) {
        return null;
      }
      return Amounts.parse(text).orElseThrow(() -> refused(parser, text));
    }
    BigDecimal value =
        NumberDeserializers.BigDecimalDeserializer.instance.deserialize(parser, context);
    if (value != null
        && (value.signum() < 0 || value.scale() > 2 || value.compareTo(Amounts.CEILING) >= 0)) {
      throw refused(parser, value.toPlainString());
    }
    return value;
  }

  private static InvalidFormatException refused(JsonParser parser, String value) {
    return InvalidFormatException.from(parser, "not a Rupiah amount", value, Amounts.class);
  }
}
