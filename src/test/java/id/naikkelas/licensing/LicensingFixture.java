package id.naikkelas.licensing;

import static id.naikkelas.access.AccountFixture.bearer;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import id.naikkelas.access.AccountFixture;
import id.naikkelas.access.Actor;
import id.naikkelas.access.Role;
import id.naikkelas.registry.BusinessDraftFixture;
import id.naikkelas.registry.BusinessSource;
import id.naikkelas.registry.Registry;
import java.util.List;
import java.util.Map;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import tools.jackson.databind.json.JsonMapper;

/** Officers, businesses, products and API calls for the licensing tests. */
@Component
class LicensingFixture {

  static final Actor ROOT = new Actor(0, "test", "test", Role.OFFICER, "35");

  /** Sukodadi, Lamongan. */
  static final String SUKODADI = "35.24.17.2007";

  /** A village of Lumajang: outside a Lamongan officer's scope. */
  static final String LUMAJANG = "35.08.01.2001";

  private final MockMvc mvc;
  private final JsonMapper json;
  private final Registry registry;
  private final AccountFixture accounts;

  LicensingFixture(MockMvc mvc, JsonMapper json, Registry registry, AccountFixture accounts) {
    this.mvc = mvc;
    this.json = json;
    this.registry = registry;
    this.accounts = accounts;
  }

  Registry registry() {
    return registry;
  }

  /** A token of a fresh officer of the scope. */
  String officer(String scope) {
    return accounts.token(accounts.open(Role.OFFICER, scope));
  }

  /** A verified business of the village. */
  long business(String village) {
    long b = registry.register(ROOT, BusinessDraftFixture.draft(village), BusinessSource.FORM).id();
    registry.verify(ROOT, b);
    return b;
  }

  /** A published product of the business, made through the API by the officer. */
  long product(String officer, long business, String name) throws Exception {
    long id =
        id(
            call(
                    post("/api/v1/products"),
                    officer,
                    Map.of(
                        "businessId", business,
                        "name", name,
                        "category", "FOOD_DRINK",
                        "priceMin", "15000",
                        "unit", "bungkus"))
                .andExpect(status().isCreated()));
    call(post("/api/v1/products/" + id + "/publish"), officer, null);
    return id;
  }

  /** The products a request covers, as the API shows them. */
  @SuppressWarnings("unchecked")
  List<Object> productsOf(long requestId) throws Exception {
    return (List<Object>)
        json.readValue(
                mvc.perform(
                        org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get(
                                "/api/v1/licensing-requests/" + requestId)
                            .header("Authorization", bearer(officer("35.24"))))
                    .andReturn()
                    .getResponse()
                    .getContentAsString(),
                Map.class)
            .get("productIds");
  }

  ResultActions call(MockHttpServletRequestBuilder request, String token, Object body)
      throws Exception {
    request.header("Authorization", bearer(token));
    if (body != null) {
      request.contentType(MediaType.APPLICATION_JSON).content(json.writeValueAsString(body));
    }
    return mvc.perform(request);
  }

  long id(ResultActions result) throws Exception {
    String body = result.andReturn().getResponse().getContentAsString();
    return ((Number) json.readValue(body, Map.class).get("id")).longValue();
  }
}
