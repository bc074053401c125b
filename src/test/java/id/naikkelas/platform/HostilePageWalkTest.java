package id.naikkelas.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;

import id.naikkelas.IntegrationTest;
import id.naikkelas.access.AccountFixture;
import id.naikkelas.access.Role;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.core.MethodParameter;
import org.springframework.http.HttpMethod;
import org.springframework.security.core.Authentication;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * SECURITY.md, Access: every page handler, asked by a visitor and by a signed-in administrator with
 * hostile values in each of its parameters and form fields in turn, never answers 5xx. The handlers
 * and their parameters are read from the running application, so a new page is walked without
 * editing this test. Also: the error page asked for directly is a 404.
 */
@IntegrationTest
@org.junit.jupiter.api.Order(WalkOrder.LAST)
class HostilePageWalkTest {

  @Autowired MockMvc mvc;
  @Autowired AccountFixture fixture;

  @Autowired
  @Qualifier("requestMappingHandlerMapping")
  RequestMappingHandlerMapping mappings;

  private final List<String> failures = new ArrayList<>();
  private int requests;

  @Test
  void no_page_answers_5xx_to_hostile_values() throws Exception {
    Authentication admin = fixture.signedIn(fixture.open(Role.ADMIN, "35.08.05"));
    int handlers = 0;
    for (Map.Entry<RequestMappingInfo, HandlerMethod> entry :
        mappings.getHandlerMethods().entrySet()) {
      for (String pattern : entry.getKey().getPatternValues()) {
        if (pattern.startsWith("/api/") || pattern.startsWith("/v3/") || pattern.equals("/error")) {
          continue;
        }
        Set<RequestMethod> methods = entry.getKey().getMethodsCondition().getMethods();
        for (RequestMethod method : methods.isEmpty() ? Set.of(RequestMethod.GET) : methods) {
          handlers++;
          Set<String> fields = fields(entry.getValue());
          walk(HttpMethod.valueOf(method.name()), pattern, fields, admin);
          if (method == RequestMethod.GET) {
            walk(HttpMethod.GET, pattern, fields, null); // what a visitor reaches
          }
        }
      }
    }
    assertThat(handlers).as("page handlers walked").isGreaterThan(40);
    assertThat(failures).as("5xx answers of " + requests + " requests").isEmpty();
  }

  @Test
  void the_error_page_asked_for_directly_is_not_found() throws Exception {
    assertThat(mvc.perform(get("/error")).andReturn().getResponse().getStatus()).isEqualTo(404);
  }

  private void walk(HttpMethod method, String pattern, Set<String> fields, Authentication who)
      throws Exception {
    send(method, pattern.replaceAll("\\{[^}]+}", "1"), Map.of(), who, "none");
    for (var hostile : HostileValues.PAGE.entrySet()) {
      if (pattern.contains("{")) {
        String url = pattern.replaceAll("\\{[^}]+}", encode(hostile.getValue()));
        send(method, url, Map.of(), who, "path=" + hostile.getKey());
      }
      for (String field : fields) {
        send(
            method,
            pattern.replaceAll("\\{[^}]+}", "1"),
            Map.of(field, hostile.getValue()),
            who,
            field + "=" + hostile.getKey());
      }
    }
  }

  private void send(
      HttpMethod method, String url, Map<String, String> params, Authentication who, String what)
      throws Exception {
    MockHttpServletRequestBuilder request =
        request(method, java.net.URI.create(url)).with(WalkAddresses.next());
    params.forEach(request::param);
    if (who != null) {
      request.with(authentication(who));
    }
    if (method != HttpMethod.GET) {
      request.with(csrf());
    }
    requests++;
    try {
      int status = mvc.perform(request).andReturn().getResponse().getStatus();
      if (status >= 500) {
        failures.add(method + " " + url + " " + what + " -> " + status);
      }
    } catch (jakarta.servlet.ServletException e) {
      Throwable root = e;
      while (root.getCause() != null) {
        root = root.getCause();
      }
      failures.add(
          method + " " + url + " " + what + " -> " + root.toString().lines().findFirst().get());
    }
  }

  /** The names a handler reads from the query or form: request parameters and form records. */
  private static Set<String> fields(HandlerMethod handler) {
    Set<String> names = new LinkedHashSet<>();
    for (MethodParameter parameter : handler.getMethodParameters()) {
      RequestParam param = parameter.getParameterAnnotation(RequestParam.class);
      Class<?> type = parameter.getParameterType();
      if (param != null) {
        String name = !param.name().isEmpty() ? param.name() : param.value();
        names.add(name.isEmpty() ? parameter.getParameterName() : name);
      } else if (type.isRecord()) {
        for (RecordComponent component : type.getRecordComponents()) {
          names.add(component.getName());
        }
      } else if (parameter.hasParameterAnnotation(ModelAttribute.class)
          || type.getName().startsWith("id.naikkelas.")) {
        for (var property : org.springframework.beans.BeanUtils.getPropertyDescriptors(type)) {
          if (property.getWriteMethod() != null) {
            names.add(property.getName());
          }
        }
      }
    }
    names.remove(null);
    return names;
  }

  private static String encode(String value) {
    return org.springframework.web.util.UriUtils.encode(
        value, java.nio.charset.StandardCharsets.UTF_8);
  }
}
