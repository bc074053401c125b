package id.naikkelas.registry;

import static id.naikkelas.access.AccountFixture.bearer;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import id.naikkelas.IntegrationTest;
import id.naikkelas.access.AccountFixture;
import id.naikkelas.access.Role;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import tools.jackson.databind.json.JsonMapper;

/**
 * Issue 9, findings 2 and 10: an owner's personal data follows the owner's own address. An officer
 * of Sukodadi links an owner registered in Lumajang to a Sukodadi business: the link is made, the
 * owner is shown withheld (masked NIK only) and none of the owner's columns change.
 */
@IntegrationTest
class OwnerScopeApiTest {

  static final String SUKODADI_VILLAGE = "35.24.17.2007";
  static final String LUMAJANG_VILLAGE = "35.08.01.2001";

  @Autowired MockMvc mvc;
  @Autowired AccountFixture accounts;
  @Autowired JdbcClient jdbc;
  @Autowired JsonMapper json;

  String sukodadi;
  String lumajang;

  @BeforeEach
  void officers() {
    sukodadi = accounts.token(accounts.open(Role.OFFICER, "35.24.17"));
    lumajang = accounts.token(accounts.open(Role.OFFICER, "35.08"));
  }

  @Test
  void linking_an_owner_of_another_regency_shows_them_withheld_and_changes_none_of_their_columns()
      throws Exception {
    LumajangOwner owner = LumajangOwner.register(mvc, json, jdbc, lumajang);
    String before = owner.row(jdbc);
    BusinessDraft attempt =
        BusinessDraftFixture.withOwner(
            BusinessDraftFixture.draft(SUKODADI_VILLAGE),
            owner.nik(),
            "Nama Ditimpa",
            "0899-0000-1111",
            "ditimpa@example.id",
            "Alamat Ditimpa",
            "");

    String created =
        send(post("/api/v1/businesses"), sukodadi, attempt)
            .andExpect(status().isCreated())
            .andExpect(jsonPath("$.warnings[*].field", hasItem("nik")))
            .andExpect(
                jsonPath("$.warnings[*].message", hasItem(containsString("outside your region"))))
            .andReturn()
            .getResponse()
            .getContentAsString();
    long id = Long.parseLong(created.replaceAll(".*\"id\":(\\d+).*", "$1"));

    assertThat(owner.row(jdbc)).isEqualTo(before);
    assertThat(ownerOf(id)).isEqualTo(owner.id());
    String detail =
        mvc.perform(get("/api/v1/businesses/" + id).header("Authorization", bearer(sukodadi)))
            .andExpect(status().isOk())
            .andExpect(jsonPath("$.owner.withheld").value(true))
            .andExpect(jsonPath("$.owner.nikMasked").value(owner.masked()))
            .andExpect(jsonPath("$.owner.name").doesNotExist())
            .andExpect(jsonPath("$.owner.birthDate").doesNotExist())
            .andExpect(jsonPath("$.owner.phoneMasked").doesNotExist())
            .andExpect(jsonPath("$.owner.email").doesNotExist())
            .andExpect(jsonPath("$.owner.address").doesNotExist())
            .andExpect(jsonPath("$.owner.villageCode").doesNotExist())
            .andReturn()
            .getResponse()
            .getContentAsString();
    owner.assertAbsentFrom(created + detail, jdbc);
    mvc.perform(
            get("/api/v1/businesses")
                .param("q", owner.nik())
                .header("Authorization", bearer(sukodadi)))
        .andExpect(jsonPath("$.totalItems").value(1))
        .andExpect(jsonPath("$.items[0].nikMasked").value(owner.masked()))
        .andExpect(jsonPath("$.items[0].ownerName").doesNotExist());
    // the owner's own scope still sees them whole
    mvc.perform(
            get("/api/v1/businesses/" + owner.businessId())
                .header("Authorization", bearer(lumajang)))
        .andExpect(jsonPath("$.owner.withheld").value(false))
        .andExpect(jsonPath("$.owner.name").value(LumajangOwner.NAME));
  }

  @Test
  void updating_a_business_of_a_withheld_owner_changes_the_business_and_none_of_the_owner()
      throws Exception {
    LumajangOwner owner = LumajangOwner.register(mvc, json, jdbc, lumajang);
    BusinessDraft link =
        BusinessDraftFixture.withOwner(
            BusinessDraftFixture.draft(SUKODADI_VILLAGE), owner.nik(), "Siapa", "", "", "", "");
    long id = idOf(send(post("/api/v1/businesses"), sukodadi, link));
    String before = owner.row(jdbc);

    for (String nik : new String[] {"", owner.nik(), BusinessDraftFixture.nik(SUKODADI_VILLAGE)}) {
      BusinessDraft change =
          BusinessDraftFixture.withOwner(
              BusinessDraftFixture.draft(SUKODADI_VILLAGE, nik, "Nama Usaha Baru " + id),
              nik,
              "",
              "0899-0000-2222",
              "lain@example.id",
              "Alamat Lain",
              "35.24.17.2001");
      String answer =
          send(put("/api/v1/businesses/" + id), sukodadi, change)
              .andExpect(status().isOk())
              .andExpect(jsonPath("$.warnings[*].field", hasItem("nik")))
              .andReturn()
              .getResponse()
              .getContentAsString();
      owner.assertAbsentFrom(answer);
      assertThat(owner.row(jdbc)).as("owner after a change with NIK '%s'", nik).isEqualTo(before);
      assertThat(ownerOf(id)).isEqualTo(owner.id());
    }
    assertThat(
            jdbc.sql("select name from business where id = ?")
                .param(id)
                .query(String.class)
                .single())
        .isEqualTo("Nama Usaha Baru " + id);
  }

  @Test
  void an_owner_of_the_scope_is_still_changed_by_its_officer() throws Exception {
    BusinessDraft draft = BusinessDraftFixture.draft(SUKODADI_VILLAGE);
    long id = idOf(send(post("/api/v1/businesses"), sukodadi, draft));
    BusinessDraft renamed =
        BusinessDraftFixture.withOwner(
            draft, draft.nik(), "Sri Wahyuningsih", draft.phone(), "baru@example.id", "", "");
    send(put("/api/v1/businesses/" + id), sukodadi, renamed).andExpect(status().isOk());
    assertThat(
            jdbc.sql(
                    "select o.name || ' ' || o.email from owner o join business b on b.owner_id = o.id where b.id = ?")
                .param(id)
                .query(String.class)
                .single())
        .isEqualTo("Sri Wahyuningsih baru@example.id");
  }

  @Test
  void an_officer_may_not_register_a_new_owner_who_lives_in_another_regency() throws Exception {
    long owners = count("owner");
    long businesses = count("business");
    BusinessDraft draft = BusinessDraftFixture.draft(SUKODADI_VILLAGE);
    BusinessDraft elsewhere =
        BusinessDraftFixture.withOwner(
            draft,
            BusinessDraftFixture.nik(LUMAJANG_VILLAGE),
            "Orang Lumajang",
            "",
            "",
            "Jl. Lumajang 1",
            LUMAJANG_VILLAGE);

    send(post("/api/v1/businesses"), sukodadi, elsewhere)
        .andExpect(status().isUnprocessableContent())
        .andExpect(jsonPath("$.errors[*].field", hasItem("ownerVillageCode")))
        .andExpect(jsonPath("$.errors[*].message", hasItem(containsString("outside your region"))));

    assertThat(count("owner")).isEqualTo(owners);
    assertThat(count("business")).isEqualTo(businesses);
  }

  @Test
  void an_officer_may_not_move_an_owner_of_the_scope_to_another_regency() throws Exception {
    BusinessDraft draft = BusinessDraftFixture.draft(SUKODADI_VILLAGE);
    long id = idOf(send(post("/api/v1/businesses"), sukodadi, draft));
    String before =
        jdbc.sql("select o::text from owner o join business b on b.owner_id = o.id where b.id = ?")
            .param(id)
            .query(String.class)
            .single();
    BusinessDraft moved =
        BusinessDraftFixture.withOwner(
            draft, draft.nik(), "Sri", "", "", "Jl. Lumajang 2", LUMAJANG_VILLAGE);

    send(put("/api/v1/businesses/" + id), sukodadi, moved)
        .andExpect(status().isUnprocessableContent())
        .andExpect(jsonPath("$.errors[*].field", hasItem("ownerVillageCode")));

    assertThat(
            jdbc.sql(
                    "select o::text from owner o join business b on b.owner_id = o.id where b.id = ?")
                .param(id)
                .query(String.class)
                .single())
        .isEqualTo(before);
  }

  private ResultActions send(
      org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder request,
      String token,
      BusinessDraft draft)
      throws Exception {
    return mvc.perform(
        request
            .header("Authorization", bearer(token))
            .header("Accept-Language", "en")
            .contentType(MediaType.APPLICATION_JSON)
            .content(json.writeValueAsString(draft)));
  }

  private static long idOf(ResultActions created) throws Exception {
    return Long.parseLong(
        created
            .andExpect(status().isCreated())
            .andReturn()
            .getResponse()
            .getContentAsString()
            .replaceAll(".*\"id\":(\\d+).*", "$1"));
  }

  private long ownerOf(long businessId) {
    return jdbc.sql("select owner_id from business where id = ?")
        .param(businessId)
        .query(Long.class)
        .single();
  }

  private long count(String table) {
    return jdbc.sql("select count(*) from " + table).query(Long.class).single();
  }
}
