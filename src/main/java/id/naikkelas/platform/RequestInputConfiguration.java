package id.naikkelas.platform;

import java.math.BigDecimal;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.http.converter.autoconfigure.ServerHttpMessageConvertersCustomizer;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.converter.json.JacksonJsonHttpMessageConverter;
import tools.jackson.core.JsonParser;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JacksonModule;
import tools.jackson.databind.MapperFeature;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.deser.jdk.NumberDeserializers;
import tools.jackson.databind.deser.jdk.StringDeserializer;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.module.SimpleModule;

/**
 * Hostile input stops at the door: control characters in parameters and JSON strings, and bodies
 * over the limit ({@code naikkelas.web.max-body-bytes}, 1 MiB unless set; uploads have their own).
 */
@Configuration(proxyBeanMethods = false)
class RequestInputConfiguration {

  /** Before Spring Security's filters (order -100), so that sign-in never sees such input. */
  static final int ORDER = -200;

  @Bean
  FilterRegistrationBean<RequestInputFilter> requestInputFilter(
      @Value("${naikkelas.web.max-body-bytes:1048576}") long maxBodyBytes, MessageSource messages) {
    FilterRegistrationBean<RequestInputFilter> registration =
        new FilterRegistrationBean<>(
            new RequestInputFilter(maxBodyBytes, new RequestRefusals(messages)));
    registration.setOrder(ORDER);
    return registration;
  }

  /**
   * A request body's unknown property ({@code "price"} for {@code "priceMin"}) is refused, 422
   * naming it, rather than ignored; an enum is read whatever its case ({@code "food"} as {@code
   * FOOD}), as the forms read it. The application's mapper with those features switched on, in the
   * JSON converter's place (after Boot's own customizer, order 0, has set it).
   */
  @Bean
  @Order(1)
  ServerHttpMessageConvertersCustomizer strictJsonConverter(JsonMapper json) {
    JacksonJsonHttpMessageConverter strict =
        new JacksonJsonHttpMessageConverter(
            json.rebuild()
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(MapperFeature.ACCEPT_CASE_INSENSITIVE_ENUMS)
                .build());
    return converters -> converters.withJsonConverter(strict);
  }

  /** Every JSON string is checked for control characters; the problem names its field. */
  @Bean
  JacksonModule controlCharacterCheck() {
    return new SimpleModule("control-characters")
        .addDeserializer(String.class, new Checked())
        .addDeserializer(BigDecimal.class, new Bounded());
  }

  /**
   * A decimal in a body is an amount, a score or a share: beyond a quadrillion, or with more than
   * six decimals, it is a mistake or an attack, and no column could hold it.
   */
  static final class Bounded extends ValueDeserializer<BigDecimal> {

    static final BigDecimal CEILING = new BigDecimal("1000000000000000");

    @Override
    public BigDecimal deserialize(JsonParser parser, DeserializationContext context) {
      BigDecimal value =
          NumberDeserializers.BigDecimalDeserializer.instance.deserialize(parser, context);
      if (value != null && (value.abs().compareTo(CEILING) >= 0 || value.scale() > 6)) {
        throw InvalidFormatException.from(
            parser, "number out of range", value.toString(), BigDecimal.class);
      }
      return value;
    }
  }

  static final class Checked extends ValueDeserializer<String> {

    @Override
    public String deserialize(JsonParser parser, DeserializationContext context) {
      String text = StringDeserializer.instance.deserialize(parser, context);
      if (ControlCharacters.in(text)) {
        throw InvalidFormatException.from(
            parser, "control characters are not allowed", "(hidden)", String.class);
      }
      return text;
    }

    @Override
    public Object getNullValue(DeserializationContext context) {
      return null;
    }
  }
}
