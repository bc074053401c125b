package id.naikkelas.registry.duplicates;

import static id.naikkelas.access.AccountFixture.bearer;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import id.naikkelas.IntegrationTest;
import id.naikkelas.access.AccountFixture;
import id.naikkelas.access.Actor;
import id.naikkelas.access.Role;
import id.naikkelas.registry.importing.BusinessImports;
import id.naikkelas.registry.importing.ImportStatus;
import id.naikkelas.registry.importing.SheetFiles;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

@IntegrationTest
class DuplicatesTest {

  static final String VILLAGE = "35.24.17.2011";

  @Autowired MockMvc mvc;
  @Autowired AccountFixture accounts;
  @Autowired BusinessImports imports;
  @Autowired JdbcClient jdbc;
  @Autowired Duplicates duplicates;

  String token;
  Actor officer;

  @BeforeEach
  void officer() {
    String name = accounts.open(Role.OFFICER, "35.24.17");
    token = accounts.token(name);
    officer = new Actor(0, name, name, Role.OFFICER, "35.24.17");
  }

  @Test
  void an_import_flags_similar_names_in_one_village_and_an_officer_merges_them() throws Exception {
    String tag = "Q" + System.nanoTime() % 100000;
    String[] first =
        SheetFiles.with(SheetFiles.row(VILLAGE), "Nama Usaha", "Kerupuk Udang Bu Yati " + tag);
    String[] second =
        SheetFiles.with(SheetFiles.row(VILLAGE), "Nama Usaha", "Krupuk Udang Bu Yati " + tag);
    second =
        SheetFiles.with(
            second, "NIB", "9" + "%012d".formatted(System.nanoTime() % 1_000_000_000_000L));
    ImportStatus status = importRows(List.of(first, second));
    assertThat(status.imported()).isEqualTo(2);
    assertThat(duplicates.flagImport(status.id(), "35.24.17")).isGreaterThanOrEqualTo(1);

    long pairId = pairFor(tag);
    long a =
        jdbc.sql("select business_a from duplicate_candidate where id = ?")
            .param(pairId)
            .query(Long.class)
            .single();
    long b =
        jdbc.sql("select business_b from duplicate_candidate where id = ?")
            .param(pairId)
            .query(Long.class)
            .single();
    mvc.perform(
            post("/api/v1/duplicates/" + pairId + "/merge")
                .param("keep", String.valueOf(a))
                .header("Authorization", bearer(token)))
        .andExpect(status().isNoContent());
    assertThat(
            jdbc.sql("select status || ':' || merged_into from business where id = ?")
                .param(b)
                .query(String.class)
                .single())
        .isEqualTo("INACTIVE:" + a);
    assertThat(
            jdbc.sql("select nib from business where id = ?").param(a).query(String.class).single())
        .isEqualTo(second[6]);
    assertThat(
            jdbc.sql("select status from duplicate_candidate where id = ?")
                .param(pairId)
                .query(String.class)
                .single())
        .isEqualTo("MERGED");
    assertThat(
            jdbc.sql(
                    "select count(*) from audit_entry where entity_type = 'business' and entity_id = ? and after_values ->> 'mergedInto' = ?")
                .params(String.valueOf(b), String.valueOf(a))
                .query(Long.class)
                .single())
        .isEqualTo(1);
    mvc.perform(
            post("/api/v1/duplicates/" + pairId + "/dismiss")
                .header("Authorization", bearer(token)))
        .andExpect(status().isConflict())
        .andExpect(jsonPath("$.currentState").value("MERGED"))
        .andExpect(jsonPath("$.action").value("dismiss"));
    mvc.perform(
            post("/api/v1/duplicates/" + pairId + "/merge")
                .param("keep", String.valueOf(b))
                .header("Authorization", bearer(token)))
        .andExpect(status().isConflict())
        .andExpect(jsonPath("$.currentState").value("MERGED"))
        .andExpect(jsonPath("$.action").value("merge"));
  }

  @Test
  void
      one_phone_behind_two_owners_is_a_pair_that_can_be_dismissed_and_another_district_cannot_see_it()
          throws Exception {
    String tag = "P" + System.nanoTime() % 100000;
    String phone = "0857" + "%08d".formatted(System.nanoTime() % 100_000_000);
    String[] one =
        SheetFiles.with(
            SheetFiles.with(SheetFiles.row(VILLAGE), "No HP", phone),
            "Nama Usaha",
            "Warung Makan " + tag);
    String[] two =
        SheetFiles.with(
            SheetFiles.with(SheetFiles.row("35.24.17.2001"), "No HP", phone),
            "Nama Usaha",
            "Bengkel Motor " + tag);
    duplicates.flagImport(importRows(List.of(one, two)).id(), "35.24.17");
    long pairId = pairFor(tag);
    assertThat(
            jdbc.sql("select reason from duplicate_candidate where id = ?")
                .param(pairId)
                .query(String.class)
                .single())
        .isEqualTo("SAME_PHONE");

    String lumajang = accounts.token(accounts.open(Role.OFFICER, "35.08"));
    mvc.perform(
            post("/api/v1/duplicates/" + pairId + "/dismiss")
                .header("Authorization", bearer(lumajang)))
        .andExpect(status().isNotFound());
    mvc.perform(
            post("/api/v1/duplicates/" + pairId + "/dismiss")
                .header("Authorization", bearer(token)))
        .andExpect(status().isNoContent());
    assertThat(
            jdbc.sql("select status from duplicate_candidate where id = ?")
                .param(pairId)
                .query(String.class)
                .single())
        .isEqualTo("DISMISSED");
    long[] pair = sides(pairId);
    mvc.perform(
            post("/api/v1/duplicates/" + pairId + "/merge")
                .param("keep", String.valueOf(pair[0]))
                .header("Authorization", bearer(token)))
        .andExpect(status().isConflict())
        .andExpect(jsonPath("$.currentState").value("DISMISSED"));
    assertThat(
            jdbc.sql("select count(*) from business where merged_into = ?")
                .param(pair[0])
                .query(Long.class)
                .single())
        .isZero();
  }

  private long[] sides(long pairId) {
    return jdbc.sql("select business_a, business_b from duplicate_candidate where id = ?")
        .param(pairId)
        .query((rs, i) -> new long[] {rs.getLong(1), rs.getLong(2)})
        .single();
  }

  @Test
  void a_scan_checks_the_whole_scope_as_a_job() throws Exception {
    mvc.perform(post("/api/v1/duplicate-scans").header("Authorization", bearer(token)))
        .andExpect(status().isAccepted())
        .andExpect(jsonPath("$.id").exists());
    for (int i = 0; i < 100; i++) {
      String body =
          mvc.perform(get("/api/v1/duplicate-scans/latest").header("Authorization", bearer(token)))
              .andReturn()
              .getResponse()
              .getContentAsString();
      if (body.contains("\"DONE\"")) {
        return;
      }
      Thread.sleep(100);
    }
    throw new AssertionError("scan did not finish");
  }

  private ImportStatus importRows(List<String[]> rows) throws Exception {
    Path file = Files.createTempFile("dups", ".csv");
    Files.write(file, SheetFiles.csv(';', rows));
    return imports.runNow(officer, file, false);
  }

  private long pairFor(String tag) {
    return jdbc.sql(
            """
            select c.id from duplicate_candidate c join business a on a.id = c.business_a
            where a.name like ? and c.status = 'OPEN'""")
        .param("%" + tag)
        .query(Long.class)
        .single();
  }
}
