package id.naikkelas.registry;

import static id.naikkelas.access.AccountFixture.bearer;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import id.naikkelas.IntegrationTest;
import id.naikkelas.access.AccountFixture;
import id.naikkelas.access.Role;
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

@IntegrationTest
class BusinessApiTest {

  static final String SUKODADI_VILLAGE = "35.24.17.2007";

  @Autowired MockMvc mvc;
  @Autowired AccountFixture accounts;
  @Autowired JdbcClient jdbc;
  @Autowired JsonMapper json;

  String officerToken;

  @BeforeEach
  void officerOfSukodadi() {
    officerToken = accounts.token(accounts.open(Role.OFFICER, "35.24.17"));
  }

  @Test
  void an_officer_registers_a_business_that_starts_as_a_draft_with_its_size_class()
      throws Exception {
    BusinessDraft draft = BusinessDraftFixture.draft(SUKODADI_VILLAGE);
    long id =
        create(draft)
            .andExpect(status().isCreated())
            .andExpect(header().string("Location", containsString("/api/v1/businesses/")))
            .andReturn()
            .getResponse()
            .getContentAsString()
            .replaceAll(".*\"id\":(\\d+).*", "$1")
            .transform(Long::parseLong);

    mvc.perform(get("/api/v1/businesses/" + id).header("Authorization", bearer(officerToken)))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.status").value("DRAFT"))
        .andExpect(jsonPath("$.sizeClass").value("MICRO"))
        .andExpect(jsonPath("$.sizeCriterion").value("ANNUAL_SALES"))
        .andExpect(jsonPath("$.capital").value(25000000))
        .andExpect(
            jsonPath("$.owner.nikMasked")
                .value(draft.nik().substring(0, 4) + "********" + draft.nik().substring(12)))
        .andExpect(jsonPath("$.owner.phoneMasked").value("+62812****7890"))
        .andExpect(jsonPath("$.owner.sex").exists())
        .andExpect(jsonPath("$.whatsappConsentAt").exists());
  }

  @Test
  void nik_and_phone_are_encrypted_at_rest_with_a_keyed_hash_beside_them() throws Exception {
    BusinessDraft draft = BusinessDraftFixture.draft(SUKODADI_VILLAGE);
    create(draft).andExpect(status().isCreated());
    String row =
        jdbc.sql("select o::text from owner o where nik_masked = ? order by id desc limit 1")
            .param(draft.nik().substring(0, 4) + "********" + draft.nik().substring(12))
            .query(String.class)
            .single();
    assertThat(row).doesNotContain(draft.nik()).doesNotContain("81234567890");
  }

  @Test
  void the_same_nik_and_name_or_the_same_nib_is_one_business() throws Exception {
    BusinessDraft first = BusinessDraftFixture.draft(SUKODADI_VILLAGE);
    create(first).andExpect(status().isCreated());
    long before = count("business");

    BusinessDraft sameNameOtherSpelling =
        BusinessDraftFixture.draft(
            SUKODADI_VILLAGE, first.nik(), "  " + first.businessName().toUpperCase() + "!");
    create(sameNameOtherSpelling)
        .andExpect(status().isConflict())
        .andExpect(jsonPath("$.errors[0].field").value("businessName"));

    BusinessDraft other = BusinessDraftFixture.draft(SUKODADI_VILLAGE);
    BusinessDraft sameNib = BusinessDraftFixture.with(other, first.nib(), other.whatsappConsent());
    create(sameNib)
        .andExpect(status().isConflict())
        .andExpect(jsonPath("$.errors[0].field").value("nib"))
        .andExpect(jsonPath("$.errors[0].message", containsString("another owner")));
    assertThat(count("business")).isEqualTo(before);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "short NIK            | nik         | 352417120885001  | 16 digits",
        "numeric NIK from Excel | nik       | 3.52417120885E15 | 16 digits",
        "impossible birth date  | nik       | 3524173202850001 | impossible",
        "serial 0000          | nik         | 3524171208850000 | 0000",
        "negative capital     | capital     | -5               | negative",
        "NIB of 12 digits     | nib         | 912345678901     | 13 digits",
        "KBLI not 5 digits    | kbliCodes   | 1079             | 5 digits",
        "unknown village      | villageCode | 35.24.17.2999    | No village",
        "village of Lumajang  | villageCode | 35.08.01.2001    | outside your region",
        "script in a link     | onlineChannels | javascript:alert(1) | not a web address",
      })
  @SuppressWarnings("unchecked")
  void bad_input_is_422_naming_the_field_and_stores_nothing(
      String why, String field, String value, String message) throws Exception {
    long businesses = count("business");
    long owners = count("owner");
    // the value as text in a typed body: an amount reads Rupiah text, a list one value
    Map<String, Object> fields =
        json.readValue(
            json.writeValueAsString(BusinessDraftFixture.draft(SUKODADI_VILLAGE)), Map.class);
    fields.put(field, value);
    String body = json.writeValueAsString(fields);
    mvc.perform(
            post("/api/v1/businesses")
                .header("Authorization", bearer(officerToken))
                .header("Accept-Language", "en")
                .contentType(MediaType.APPLICATION_JSON)
                .content(body))
        .andExpect(status().isUnprocessableContent())
        .andExpect(jsonPath("$.errors[*].field", hasItem(field)))
        .andExpect(jsonPath("$.errors[*].message", hasItem(containsString(message))));
    assertThat(count("business")).isEqualTo(businesses);
    assertThat(count("owner")).isEqualTo(owners);
  }

  @Test
  void a_business_outside_the_scope_is_404_for_reading_and_changing() throws Exception {
    String lumajangToken = accounts.token(accounts.open(Role.OFFICER, "35.08"));
    long id = idOf(create(BusinessDraftFixture.draft(SUKODADI_VILLAGE)));
    mvc.perform(get("/api/v1/businesses/" + id).header("Authorization", bearer(lumajangToken)))
        .andExpect(status().isNotFound());
    mvc.perform(
            post("/api/v1/businesses/" + id + "/verify")
                .header("Authorization", bearer(lumajangToken)))
        .andExpect(status().isNotFound());
    mvc.perform(
            put("/api/v1/businesses/" + id)
                .header("Authorization", bearer(lumajangToken))
                .contentType(MediaType.APPLICATION_JSON)
                .content(json.writeValueAsString(BusinessDraftFixture.draft("35.08.01.2001"))))
        .andExpect(status().isNotFound());
    assertThat(
            jdbc.sql("select status from business where id = ?")
                .param(id)
                .query(String.class)
                .single())
        .isEqualTo("DRAFT");
  }

  @Test
  void verify_moves_a_draft_once_and_then_answers_409() throws Exception {
    long id = idOf(create(BusinessDraftFixture.draft(SUKODADI_VILLAGE)));
    mvc.perform(
            post("/api/v1/businesses/" + id + "/verify")
                .header("Authorization", bearer(officerToken)))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.status").value("VERIFIED"));
    mvc.perform(
            post("/api/v1/businesses/" + id + "/verify")
                .header("Authorization", bearer(officerToken)))
        .andExpect(status().isConflict());
  }

  @Test
  void the_list_filters_within_the_scope_and_finds_by_exact_nik() throws Exception {
    BusinessDraft draft = BusinessDraftFixture.draft(SUKODADI_VILLAGE);
    create(draft).andExpect(status().isCreated());
    mvc.perform(
            get("/api/v1/businesses")
                .param("q", draft.nik())
                .header("Authorization", bearer(officerToken)))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.totalItems").value(1))
        .andExpect(jsonPath("$.items[0].name").value(draft.businessName()))
        .andExpect(jsonPath("$.items[0].nikMasked", containsString("********")));
    mvc.perform(
            get("/api/v1/businesses")
                .param("kbli", "10792")
                .param("size", "MICRO")
                .param("status", "DRAFT")
                .param("region", "35.24.17")
                .param("pageSize", "5")
                .header("Authorization", bearer(officerToken)))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.size").value(5))
        .andExpect(jsonPath("$.items[*].villageCode", everyItem(startsWith("35.24.17"))))
        .andExpect(jsonPath("$.items[*].sizeClass", everyItem(org.hamcrest.Matchers.is("MICRO"))));
    mvc.perform(
            get("/api/v1/businesses")
                .param("size", "500")
                .header("Authorization", bearer(officerToken)))
        .andExpect(status().isUnprocessableContent());
  }

  @Test
  void the_export_masks_niks_neutralises_formulas_and_logs_full_values() throws Exception {
    BusinessDraft hostile =
        BusinessDraftFixture.draft(
            SUKODADI_VILLAGE, BusinessDraftFixture.nik(SUKODADI_VILLAGE), "=1+1 Keripik");
    create(hostile).andExpect(status().isCreated());
    String csv =
        mvc.perform(
                get("/api/v1/businesses/export")
                    .param("format", "csv")
                    .param("q", "1 1 keripik")
                    .header("Authorization", bearer(officerToken)))
            .andExpect(status().isOk())
            .andExpect(header().string("Content-Type", containsString("text/csv")))
            .andReturn()
            .getResponse()
            .getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
    assertThat(csv).contains("'=1+1 Keripik").doesNotContain(";=1+1").doesNotContain(hostile.nik());
    assertThat(csv).contains(hostile.nik().substring(0, 4) + "********");
    long logged =
        count(
            "audit_entry where action = 'READ_PERSONAL_DATA' and entity_type = 'business-export'");
    // full values only by POST (issue 9, finding 14: a GET link must not download them)
    String full =
        mvc.perform(
                post("/api/v1/businesses/export")
                    .param("format", "csv")
                    .param("q", "1 1 keripik")
                    .param("fullPersonalData", "true")
                    .header("Authorization", bearer(officerToken)))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
    assertThat(full).contains(hostile.nik()).contains("+6281234567890");
    assertThat(
            count(
                "audit_entry where action = 'READ_PERSONAL_DATA' and entity_type = 'business-export'"))
        .isEqualTo(logged + 1);
  }

  @Test
  void a_viewer_may_not_open_the_registry() throws Exception {
    String viewer = accounts.token(accounts.open(Role.VIEWER, "35"));
    mvc.perform(get("/api/v1/businesses").header("Authorization", bearer(viewer)))
        .andExpect(status().isForbidden());
  }

  private ResultActions create(BusinessDraft draft) throws Exception {
    return mvc.perform(
        post("/api/v1/businesses")
            .header("Authorization", bearer(officerToken))
            .header("Accept-Language", "en")
            .contentType(MediaType.APPLICATION_JSON)
            .content(json.writeValueAsString(draft)));
  }

  private long idOf(ResultActions created) throws Exception {
    return Long.parseLong(
        created
            .andExpect(status().isCreated())
            .andReturn()
            .getResponse()
            .getContentAsString()
            .replaceAll(".*\"id\":(\\d+).*", "$1"));
  }

  private long count(String table) {
    return jdbc.sql("select count(*) from " + table).query(Long.class).single();
  }
}
