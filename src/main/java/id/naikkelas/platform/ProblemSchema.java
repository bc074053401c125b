package id.naikkelas.platform;

import io.swagger.v3.oas.models.media.ArraySchema;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import java.util.List;

/**
 * The one {@code Problem} schema of the API document: RFC 9457's fields, the per-field {@code
 * errors} of a refused body or parameter, and the {@code currentState}/{@code action} of a refused
 * workflow action.
 */
final class ProblemSchema {

  static final String NAME = "Problem";
  static final String FIELD_NAME = "ProblemField";
  static final String MEDIA_TYPE = "application/problem+json";

  private ProblemSchema() {}

  static Schema<?> problem() {
    Schema<?> schema =
        new ObjectSchema()
            .description("An RFC 9457 problem detail, as every API error answers.")
            .addProperty(
                "type",
                new StringSchema()
                    .format("uri-reference")
                    .description("Always about:blank: the status says what kind of problem it is"))
            .addProperty("title", new StringSchema().description("The status's reason phrase"))
            .addProperty("status", new IntegerSchema().description("The HTTP status code"))
            .addProperty(
                "detail",
                new StringSchema()
                    .description(
                        "What went wrong, in the caller's language; names the first field"))
            .addProperty(
                "instance",
                new StringSchema().format("uri-reference").description("The request's path"))
            .addProperty(
                "errors",
                new ArraySchema()
                    .items(new Schema<>().$ref("#/components/schemas/" + FIELD_NAME))
                    .description("Each field refused, for 422 (and a 409 naming a field)"))
            .addProperty(
                "currentState",
                new StringSchema()
                    .description("A refused workflow action (409): the record's current state"))
            .addProperty(
                "action",
                new StringSchema().description("A refused workflow action (409): the action"))
            .addProperty(
                "reason",
                new StringSchema()
                    .description("A refused sign-in (401/429): BAD_CREDENTIALS or RATE_LIMITED"));
    schema.setRequired(List.of("type", "title", "status"));
    return schema;
  }

  static Schema<?> field() {
    Schema<?> schema =
        new ObjectSchema()
            .description("One refused field of a request")
            .addProperty(
                "field",
                new StringSchema()
                    .description(
                        "The field's path: priceMin, answers.q1, photos[2], or a parameter"))
            .addProperty(
                "message", new StringSchema().description("Why, in the caller's language"));
    schema.setRequired(List.of("field", "message"));
    return schema;
  }
}
