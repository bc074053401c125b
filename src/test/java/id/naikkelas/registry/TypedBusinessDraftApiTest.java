package id.naikkelas.registry;

import static id.naikkelas.access.AccountFixture.bearer;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import id.naikkelas.IntegrationTest;
import id.naikkelas.access.AccountFixture;
import id.naikkelas.access.Role;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import tools.jackson.databind.json.JsonMapper;

/**
 * The business draft as the API types it: numbers, lists and the sex as an enum; a value of the
 * wrong type or form is 422 naming its field, and nothing is stored.
 */
@IntegrationTest
class TypedBusinessDraftApiTest {

  static final String VILLAGE = "35.24.17.2007";

  @Autowired MockMvc mvc;
  @Autowired AccountFixture accounts;
  @Autowired JdbcClient jdbc;
  @Autowired JsonMapper json;

  String token;

  @BeforeEach
  void officerOfSukodadi() {
    token = accounts.token(accounts.open(Role.OFFICER, "35.24.17"));
  }

  @Test
  void a_typed_body_registers_the_business_with_its_numbers_and_lists() throws Exception {
    Map<String, Object> body = fixture();
    body.put("sex", "MALE");
    body.put("kbliVersion", 2020);
    body.put("kbliCodes", List.of("10792", "10794"));
    body.put("capital", 25_000_000);
    body.put("annualSales", 180_000_000.5);
    body.put("employees", 3);
    body.put("yearFounded", 2015);
    body.put("onlineChannels", List.of("https://shopee.co.id/a", "https://tokopedia.com/b"));
    String nik = (String) body.get("nik");
    body.put("nik", nik.substring(0, 6) + "12" + nik.substring(8)); // a man's birth day
    long id = idOf(create(body).andExpect(status().isCreated()));
    mvc.perform(get("/api/v1/businesses/" + id).header("Authorization", bearer(token)))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.capital").value(25000000))
        .andExpect(jsonPath("$.annualSales").value(180000000.5))
        .andExpect(jsonPath("$.employees").value(3))
        .andExpect(jsonPath("$.kbliCodes[1]").value("10794"))
        .andExpect(jsonPath("$.onlineChannels[1]").value("https://tokopedia.com/b"));
  }

  @Test
  void capital_as_rupiah_text_is_still_read() throws Exception {
    Map<String, Object> body = fixture();
    body.put("capital", "Rp1.500.000");
    long id = idOf(create(body).andExpect(status().isCreated()));
    mvc.perform(get("/api/v1/businesses/" + id).header("Authorization", bearer(token)))
        .andExpect(jsonPath("$.capital").value(1500000));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "words for employees  | employees   | \"three\"        | cannot be read",
        "employees as a list  | employees   | [3]             | cannot be read",
        "an unknown sex       | sex         | \"X\"            | MALE, FEMALE",
        "negative capital     | capital     | -5              | negative",
        "capital in words     | capital     | \"lima juta\"    | rupiah",
        "bad NIK              | nik         | \"35241712088500\" | 16 digits",
        "an object for codes  | kbliCodes   | {\"a\":1}         | cannot be read",
        "a year before 1900   | yearFounded | 1850            | Enter a number",
      })
  void a_value_of_the_wrong_type_or_form_is_422_naming_the_field(
      String why, String field, String value, String message) throws Exception {
    long before = count();
    Map<String, Object> body = fixture();
    body.put(field, json.readValue(value, Object.class));
    create(body)
        .andExpect(status().isUnprocessableContent())
        .andExpect(jsonPath("$.errors[*].field", hasItem(field)))
        .andExpect(jsonPath("$.errors[*].message", hasItem(containsString(message))));
    assertThat(count()).isEqualTo(before);
  }

  @SuppressWarnings("unchecked")
  private Map<String, Object> fixture() {
    return json.readValue(json.writeValueAsString(BusinessDraftFixture.draft(VILLAGE)), Map.class);
  }

  private ResultActions create(Map<String, Object> body) throws Exception {
    return mvc.perform(
        post("/api/v1/businesses")
            .header("Authorization", bearer(token))
            .header("Accept-Language", "en")
            .contentType(MediaType.APPLICATION_JSON)
            .content(json.writeValueAsString(body)));
  }

  private static long idOf(ResultActions created) throws Exception {
    return Long.parseLong(
        created
            .andReturn()
            .getResponse()
            .getContentAsString()
            .replaceAll(".*\"id\":(\\d+).*", "$1"));
  }

  private long count() {
    return jdbc.sql("select count(*) from business").query(Long.class).single();
  }
}
