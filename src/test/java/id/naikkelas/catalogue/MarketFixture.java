package id.naikkelas.catalogue;

import static id.naikkelas.access.AccountFixture.bearer;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import id.naikkelas.access.Actor;
import id.naikkelas.access.Role;
import id.naikkelas.catalogue.curation.Curation;
import id.naikkelas.registry.BusinessDraftFixture;
import id.naikkelas.registry.BusinessSource;
import id.naikkelas.registry.Registry;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import tools.jackson.databind.json.JsonMapper;

/** Businesses, products and API calls for the market-access scope tests. */
@Component
class MarketFixture {

  static final Actor ROOT = new Actor(0, "test", "test", Role.OFFICER, "35");

  private final MockMvc mvc;
  private final JsonMapper json;
  private final Registry registry;
  private final Products products;
  private final Curation curation;

  MarketFixture(
      MockMvc mvc, JsonMapper json, Registry registry, Products products, Curation curation) {
    this.mvc = mvc;
    this.json = json;
    this.registry = registry;
    this.products = products;
    this.curation = curation;
  }

  /** A verified business of the village. */
  long business(String village) {
    long b = registry.register(ROOT, BusinessDraftFixture.draft(village), BusinessSource.FORM).id();
    registry.verify(ROOT, b);
    return b;
  }

  /** A published product of the business. */
  long product(long business, String name) {
    long p =
        products.create(
            ROOT,
            new ProductDraft(
                business,
                name,
                null,
                Category.FOOD_DRINK,
                new BigDecimal("20000"),
                null,
                "bungkus",
                1,
                null,
                List.of()));
    products.publish(ROOT, p);
    return p;
  }

  /** Scores every default criterion {@code score} with the feedback. */
  Curation.CurationSubmissionView score(long submission, int score, String feedback) {
    Map<String, BigDecimal> scores = new LinkedHashMap<>();
    Curation.DEFAULT_CRITERIA.forEach(c -> scores.put(c.key(), BigDecimal.valueOf(score)));
    return curation.score(ROOT, submission, scores, feedback);
  }

  ResultActions post(String token, String path, Map<String, ?> body) throws Exception {
    return mvc.perform(
        org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post(path)
            .header("Authorization", bearer(token))
            .contentType(MediaType.APPLICATION_JSON)
            .content(json.writeValueAsString(body)));
  }

  ResultActions get(String token, String path) throws Exception {
    return mvc.perform(
        org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get(path)
            .header("Authorization", bearer(token)));
  }

  ResultActions delete(String token, String path) throws Exception {
    return mvc.perform(
        org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete(path)
            .header("Authorization", bearer(token)));
  }

  /** The id of a created record. */
  long id(ResultActions r) throws Exception {
    String body =
        r.andExpect(status().is2xxSuccessful()).andReturn().getResponse().getContentAsString();
    return ((Number) json.readValue(body, Map.class).get("id")).longValue();
  }

  static String body(ResultActions r) throws Exception {
    return r.andReturn().getResponse().getContentAsString();
  }

  /** A problem body with every number (ids, paths, status) blanked, to compare two 404s. */
  static String withoutNumbers(String body) {
    return body.replaceAll("[0-9][0-9.,]*", "N");
  }
}
