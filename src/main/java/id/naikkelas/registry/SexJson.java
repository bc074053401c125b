package id.naikkelas.registry;

import id.naikkelas.platform.Sex;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.exc.InvalidFormatException;

/**
 * The owner's sex in a request body: {@code MALE} or {@code FEMALE}, or the letter the forms and
 * the imports use ({@code L}, {@code P}), case ignored ({@link Sex#ofLetter}); empty is absent.
 * Anything else is refused as an unknown choice, naming the field.
 */
public final class SexJson extends ValueDeserializer<Sex> {

  @Override
  public Sex deserialize(JsonParser parser, DeserializationContext context) {
    String text = parser.getString();
    if (parser.hasToken(JsonToken.VALUE_STRING) && text.isBlank()) {
      return null;
    }
    Sex sex = parser.hasToken(JsonToken.VALUE_STRING) ? Sex.ofLetter(text) : null;
    if (sex == null) {
      throw InvalidFormatException.from(parser, "not L, P, MALE or FEMALE", text, Sex.class);
    }
    return sex;
  }
}
