package id.naikkelas.platform;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.headers.Header;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import java.lang.reflect.Parameter;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.springdoc.core.customizers.GlobalOpenApiCustomizer;
import org.springdoc.core.customizers.GlobalOperationCustomizer;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.stereotype.Component;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.multipart.MultipartFile;

/**
 * Every operation of the API document lists the problem answers that apply to it, each an {@code
 * application/problem+json} {@link ProblemSchema Problem}: 400 (a parameter refused at the door),
 * 401/403 (unless the operation is public: {@code @SecurityRequirements} with none), 404 (a path
 * variable), 409 (a write), 413 and 422 (a body or an uploaded file; 422 also for parameters), 429
 * ({@link Throttled}).
 */
@Component
class ProblemResponsesDocumentation implements GlobalOperationCustomizer, GlobalOpenApiCustomizer {

  private static final Set<RequestMethod> WRITES =
      Set.of(RequestMethod.POST, RequestMethod.PUT, RequestMethod.PATCH, RequestMethod.DELETE);

  private static final Map<String, String> DESCRIPTIONS =
      Map.of(
          "400",
              "The request is malformed: a parameter holds a refused character, or the body is"
                  + " not JSON",
          "401", "No valid bearer token",
          "403", "The caller's role or region scope does not allow this",
          "404", "No such record, or none the caller may see",
          "409", "The record's state refuses the action (currentState, action), or a duplicate",
          "413", "The body is larger than the limit",
          "422", "A field or parameter is missing, unknown or malformed: listed under errors",
          "429", "Too many requests: retry after the seconds in Retry-After");

  @Override
  public Operation customize(Operation operation, HandlerMethod handler) {
    boolean body = false;
    boolean parameters = false;
    boolean path = false;
    for (Parameter p : handler.getMethod().getParameters()) {
      if (p.isAnnotationPresent(RequestBody.class)
          || p.isAnnotationPresent(RequestPart.class)
          || MultipartFile.class.isAssignableFrom(p.getType())) {
        body = true;
      }
      if (p.isAnnotationPresent(PathVariable.class)) {
        path = true;
      }
      if (p.isAnnotationPresent(RequestParam.class)
          || p.isAnnotationPresent(ModelAttribute.class)) {
        parameters = true;
      }
    }
    boolean open = operation.getSecurity() != null && operation.getSecurity().isEmpty();
    boolean write = isWrite(handler);
    boolean throttled =
        AnnotatedElementUtils.hasAnnotation(handler.getMethod(), Throttled.class)
            || AnnotatedElementUtils.hasAnnotation(handler.getBeanType(), Throttled.class);
    ApiResponses responses =
        operation.getResponses() == null ? new ApiResponses() : operation.getResponses();
    add(responses, "400");
    if (!open) {
      add(responses, "401");
      add(responses, "403");
    }
    if (path) {
      add(responses, "404");
    }
    if (write) {
      add(responses, "409");
    }
    if (body) {
      add(responses, "413");
    }
    if (body || parameters || path) {
      add(responses, "422");
    }
    if (throttled) {
      add(responses, "429");
      responses
          .get("429")
          .addHeaderObject(
              "Retry-After",
              new Header()
                  .description("Seconds to wait before trying again")
                  .schema(new IntegerSchema()));
    }
    operation.setResponses(sorted(responses));
    operation.setOperationId(operationId(handler));
    return operation;
  }

  @Override
  public void customise(io.swagger.v3.oas.models.OpenAPI openApi) {
    if (openApi.getComponents() == null) {
      openApi.setComponents(new Components());
    }
    openApi.getComponents().addSchemas(ProblemSchema.NAME, ProblemSchema.problem());
    openApi.getComponents().addSchemas(ProblemSchema.FIELD_NAME, ProblemSchema.field());
  }

  /**
   * An operation's id, unique and stable for a generated client: the controller's thing and the
   * method, {@code UserApiController.list} as {@code userList}; or the id the handler names in
   * {@code @Operation(operationId = …)}, so that a controller split in two keeps its ids.
   */
  static String operationId(HandlerMethod handler) {
    io.swagger.v3.oas.annotations.Operation named =
        handler.getMethodAnnotation(io.swagger.v3.oas.annotations.Operation.class);
    if (named != null && !named.operationId().isBlank()) {
      return named.operationId();
    }
    String type = handler.getBeanType().getSimpleName().replaceAll("(Api)?Controller$", "");
    String method = handler.getMethod().getName();
    return Character.toLowerCase(type.charAt(0))
        + type.substring(1)
        + Character.toUpperCase(method.charAt(0))
        + method.substring(1);
  }

  private static boolean isWrite(HandlerMethod handler) {
    RequestMapping mapping =
        AnnotatedElementUtils.findMergedAnnotation(handler.getMethod(), RequestMapping.class);
    if (mapping == null) {
      return false;
    }
    for (RequestMethod method : mapping.method()) {
      if (WRITES.contains(method)) {
        return true;
      }
    }
    return false;
  }

  private static void add(ApiResponses responses, String status) {
    ApiResponse existing = responses.get(status);
    if (existing != null && existing.getContent() != null) {
      existing.getContent().remove("*/*");
    }
    ApiResponse response = existing == null ? new ApiResponse() : existing;
    if (response.getDescription() == null || response.getDescription().isBlank()) {
      response.description(DESCRIPTIONS.get(status));
    }
    response.content(
        new Content()
            .addMediaType(
                ProblemSchema.MEDIA_TYPE,
                new MediaType()
                    .schema(new Schema<>().$ref("#/components/schemas/" + ProblemSchema.NAME))));
    responses.addApiResponse(status, response);
  }

  private static ApiResponses sorted(ApiResponses responses) {
    ApiResponses ordered = new ApiResponses();
    new TreeMap<>(responses).forEach(ordered::addApiResponse);
    if (responses.getExtensions() != null) {
      ordered.setExtensions(responses.getExtensions());
    }
    return ordered;
  }
}
