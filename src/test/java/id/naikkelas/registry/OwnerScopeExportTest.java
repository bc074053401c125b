package id.naikkelas.registry;

import static id.naikkelas.access.AccountFixture.bearer;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import id.naikkelas.IntegrationTest;
import id.naikkelas.access.AccountFixture;
import id.naikkelas.access.Actor;
import id.naikkelas.access.Role;
import id.naikkelas.registry.importing.BusinessImports;
import id.naikkelas.registry.importing.ImportProblem;
import id.naikkelas.registry.importing.ImportStatus;
import id.naikkelas.registry.importing.SheetFiles;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.Authentication;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.json.JsonMapper;

/**
 * Issue 9, finding 2: an owner who lives outside the officer's scope stays masked in the full
 * export, in the pages, for the NIK reveal and when an import links a business to them.
 */
@IntegrationTest
class OwnerScopeExportTest {

  static final String SUKODADI_VILLAGE = "35.24.17.2007";

  @Autowired MockMvc mvc;
  @Autowired AccountFixture accounts;
  @Autowired JdbcClient jdbc;
  @Autowired JsonMapper json;
  @Autowired Registry registry;
  @Autowired BusinessImports imports;

  String officerName;
  String sukodadi;
  Authentication page;
  Actor actor;
  LumajangOwner owner;

  @BeforeEach
  void aLumajangOwnerAndAnOfficerOfSukodadi() throws Exception {
    officerName = accounts.open(Role.OFFICER, "35.24.17");
    sukodadi = accounts.token(officerName);
    page = accounts.signedIn(officerName);
    actor = new Actor(0, officerName, officerName, Role.OFFICER, "35.24.17");
    owner =
        LumajangOwner.register(
            mvc, json, jdbc, accounts.token(accounts.open(Role.OFFICER, "35.08")));
  }

  @Test
  void the_full_export_gives_an_owner_of_another_regency_masked_whatever_is_asked()
      throws Exception {
    String tag = "Cabang Uji " + owner.id();
    BusinessDraft linked =
        BusinessDraftFixture.withOwner(
            BusinessDraftFixture.draft(SUKODADI_VILLAGE, owner.nik(), tag + " Satu"),
            owner.nik(),
            "Nama Ditimpa",
            "",
            "",
            "",
            "");
    registry.register(actor, linked, BusinessSource.FORM);
    BusinessDraft own =
        BusinessDraftFixture.draft(
            SUKODADI_VILLAGE, BusinessDraftFixture.nik(SUKODADI_VILLAGE), tag + " Dua");
    registry.register(actor, own, BusinessSource.FORM);

    String csv =
        mvc.perform(
                post("/api/v1/businesses/export")
                    .param("format", "csv")
                    .param("q", tag)
                    .param("fullPersonalData", "true")
                    .header("Authorization", bearer(sukodadi)))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString(StandardCharsets.UTF_8);

    assertThat(csv).contains(own.nik()).contains("+6281234567890"); // the scope's own: full
    assertThat(csv).contains(owner.masked());
    owner.assertAbsentFrom(csv);
  }

  @Test
  void the_nik_of_an_owner_of_another_regency_is_not_revealed() throws Exception {
    long id =
        registry
            .register(
                actor,
                BusinessDraftFixture.withOwner(
                    BusinessDraftFixture.draft(SUKODADI_VILLAGE), owner.nik(), "X", "", "", "", ""),
                BusinessSource.FORM)
            .id();
    long reads = reads();

    mvc.perform(post("/registry/" + id + "/nik").with(authentication(page)).with(csrf()))
        .andExpect(status().isNotFound())
        .andExpect(content().string(not(containsString(owner.nik()))));

    assertThat(reads()).isEqualTo(reads);
    String detail =
        mvc.perform(get("/registry/" + id).with(authentication(page)))
            .andExpect(status().isOk())
            .andExpect(content().string(containsString("id=\"owner-withheld\"")))
            .andExpect(content().string(containsString(owner.masked())))
            .andExpect(content().string(not(containsString("id=\"reveal-nik\""))))
            .andReturn()
            .getResponse()
            .getContentAsString();
    owner.assertAbsentFrom(detail, jdbc);
    String form =
        mvc.perform(get("/registry/" + id + "/edit").with(authentication(page)))
            .andExpect(status().isOk())
            .andExpect(content().string(containsString("id=\"owner-withheld\"")))
            .andReturn()
            .getResponse()
            .getContentAsString();
    owner.assertAbsentFrom(form, jdbc);
  }

  @Test
  void an_import_links_a_row_to_an_owner_of_another_regency_without_changing_them()
      throws Exception {
    String before = owner.row(jdbc);
    String[] row =
        SheetFiles.with(
            SheetFiles.with(SheetFiles.row(SUKODADI_VILLAGE), "NIK", owner.nik()),
            "Nama Pemilik",
            "Nama Dari Impor");
    row = SheetFiles.with(row, "No HP", "081300001111");
    Path csv = Files.createTempFile("owner-scope", ".csv");
    Files.write(csv, SheetFiles.csv(';', List.<String[]>of(row)));

    ImportStatus done = imports.runNow(actor, csv, false);

    assertThat(done.imported()).isEqualTo(1);
    assertThat(done.rejected()).isZero();
    List<ImportProblem> problems =
        imports.problems(actor, done.id(), PageRequest.of(0, 50)).getContent();
    assertThat(problems)
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.code()).isEqualTo("OWNER_KEPT");
              assertThat(p.column()).isEqualTo("NIK");
            });
    assertThat(owner.row(jdbc)).isEqualTo(before);
    assertThat(
            jdbc.sql("select count(*) from business where owner_id = ? and village_code = ?")
                .params(owner.id(), SUKODADI_VILLAGE)
                .query(Long.class)
                .single())
        .isEqualTo(1);
    String export =
        mvc.perform(
                post("/registry/export")
                    .param("format", "csv")
                    .param("full", "true")
                    .param("q", owner.nik())
                    .with(authentication(page))
                    .with(csrf()))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString(StandardCharsets.UTF_8);
    assertThat(export).contains(owner.masked()).contains(row[5]);
    owner.assertAbsentFrom(export);
  }

  @Test
  void the_edit_page_changes_the_business_of_a_withheld_owner_and_not_the_owner() throws Exception {
    long id =
        registry
            .register(
                actor,
                BusinessDraftFixture.withOwner(
                    BusinessDraftFixture.draft(SUKODADI_VILLAGE), owner.nik(), "X", "", "", "", ""),
                BusinessSource.FORM)
            .id();
    String before = owner.row(jdbc);

    // the withheld form sends no owner fields and no NIK
    mvc.perform(
            post("/registry/" + id)
                .with(authentication(page))
                .with(csrf())
                .param("businessName", "Usaha Disunting " + id)
                .param("kbliCodes", "10792")
                .param("villageCode", SUKODADI_VILLAGE))
        .andExpect(status().is3xxRedirection());

    assertThat(owner.row(jdbc)).isEqualTo(before);
    assertThat(
            jdbc.sql("select name from business where id = ?")
                .param(id)
                .query(String.class)
                .single())
        .isEqualTo("Usaha Disunting " + id);
  }

  @Test
  void the_duplicates_queue_shows_a_withheld_owner_by_masked_nik_only() throws Exception {
    long linked =
        registry
            .register(
                actor,
                BusinessDraftFixture.withOwner(
                    BusinessDraftFixture.draft(SUKODADI_VILLAGE), owner.nik(), "X", "", "", "", ""),
                BusinessSource.FORM)
            .id();
    long other =
        registry
            .register(actor, BusinessDraftFixture.draft(SUKODADI_VILLAGE), BusinessSource.FORM)
            .id();
    jdbc.sql(
            """
            insert into duplicate_candidate (business_a, business_b, reason, similarity, village_code)
            values (?, ?, 'SIMILAR_NAME', 1.0, ?)""")
        .params(Math.min(linked, other), Math.max(linked, other), SUKODADI_VILLAGE)
        .update();

    // the queue is shared with every other test of Sukodadi: read it page by page
    String pair = "[]";
    for (int page = 0; page < 100 && pair.equals("[]"); page++) {
      String answer =
          mvc.perform(
                  get("/api/v1/duplicates")
                      .param("size", "200")
                      .param("page", String.valueOf(page))
                      .header("Authorization", bearer(sukodadi)))
              .andExpect(status().isOk())
              .andReturn()
              .getResponse()
              .getContentAsString();
      owner.assertAbsentFrom(answer);
      pair =
          json.writeValueAsString(
              com.jayway.jsonpath.JsonPath.read(
                  answer, "$.items[?(@.a.id == " + linked + " || @.b.id == " + linked + ")]"));
      if (answer.contains("\"items\":[]")) {
        break;
      }
    }
    assertThat(pair).contains(owner.masked()).contains("Sri Wahyuni"); // the other side: shown
    assertThat(pair).contains("\"ownerName\":null").contains("\"phoneMasked\":null");
  }

  private long reads() {
    return jdbc.sql(
            "select count(*) from audit_entry where action = 'READ_PERSONAL_DATA' and entity_id = ?")
        .param(String.valueOf(owner.id()))
        .query(Long.class)
        .single();
  }
}
