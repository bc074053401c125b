package id.naikkelas.audit;

import static id.naikkelas.access.AccountFixture.bearer;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import id.naikkelas.IntegrationTest;
import id.naikkelas.access.AccountFixture;
import id.naikkelas.access.Role;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

@IntegrationTest
class AuditTrailTest {

  @Autowired MockMvc mvc;
  @Autowired AccountFixture fixture;
  @Autowired JdbcClient jdbc;

  @Test
  void an_update_records_who_and_the_values_before_and_after() throws Exception {
    String officer = fixture.open(Role.OFFICER, "35.24");
    long id =
        jdbc.sql("select id from account where username = ?")
            .param(officer)
            .query(Long.class)
            .single();
    mvc.perform(
            put("/api/v1/users/" + id)
                .header("Authorization", bearer(fixture.adminToken()))
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"scope\":\"35.24.17\",\"fullName\":\"Nama Baru\"}"))
        .andExpect(status().isOk());

    mvc.perform(
            get("/api/v1/audit")
                .param("entityType", "account")
                .param("entityId", String.valueOf(id))
                .param("action", "UPDATE")
                .header("Authorization", bearer(fixture.adminToken())))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.items[0].actor").value("admin"))
        .andExpect(jsonPath("$.items[0].before.scope").value("35.24"))
        .andExpect(jsonPath("$.items[0].after.scope").value("35.24.17"))
        .andExpect(jsonPath("$.items[0].after.fullName").value("Nama Baru"))
        .andExpect(jsonPath("$.items[0].occurredAt").exists());
  }

  @Test
  void a_create_is_recorded_without_a_before_and_without_the_password() {
    String officer = fixture.open(Role.OFFICER, "35.08");
    String after =
        jdbc.sql(
                "select after_values::text from audit_entry where action = 'CREATE' and after_values ->> 'username' = ?")
            .param(officer)
            .query(String.class)
            .single();
    assertThat(after)
        .contains("35.08")
        .doesNotContainIgnoringCase("password\"")
        .doesNotContain("{bcrypt}");
    assertThat(
            jdbc.sql(
                    "select count(*) from audit_entry where before_values is null and after_values ->> 'username' = ?")
                .param(officer)
                .query(Long.class)
                .single())
        .isEqualTo(1);
  }

  @Test
  void the_database_refuses_to_change_or_delete_a_line() {
    fixture.open(Role.OFFICER, "35.24");
    assertThatThrownBy(() -> jdbc.sql("update audit_entry set actor = 'someone else'").update())
        .hasMessageContaining("append-only");
    assertThatThrownBy(() -> jdbc.sql("delete from audit_entry").update())
        .hasMessageContaining("append-only");
    assertThatThrownBy(() -> jdbc.sql("truncate audit_entry").update())
        .hasMessageContaining("append-only");
  }

  @Test
  void only_admins_read_the_trail() throws Exception {
    String officer = fixture.open(Role.OFFICER, "35.24");
    mvc.perform(get("/api/v1/audit").header("Authorization", bearer(fixture.token(officer))))
        .andExpect(status().isForbidden());
    mvc.perform(get("/admin/audit").with(user("someone").roles("OFFICER")))
        .andExpect(status().isForbidden());
  }

  @Test
  void an_admin_of_another_regency_does_not_see_the_line() throws Exception {
    String lamonganOfficer = fixture.open(Role.OFFICER, "35.24.17");
    String lumajangAdmin = fixture.open(Role.ADMIN, "35.08");
    mvc.perform(get("/admin/audit").with(authentication(fixture.signedIn(lumajangAdmin))))
        .andExpect(status().isOk())
        .andExpect(content().string(org.hamcrest.Matchers.not(containsString(lamonganOfficer))))
        .andExpect(content().string(containsString(lumajangAdmin)));
    mvc.perform(get("/admin/audit").with(authentication(fixture.signedIn("admin"))))
        .andExpect(content().string(containsString(lamonganOfficer)));
  }

  @Test
  void the_admin_page_filters_by_actor_and_action() throws Exception {
    String officer = fixture.open(Role.VIEWER, "35");
    mvc.perform(
            get("/admin/audit")
                .param("actor", "system")
                .param("action", "CREATE")
                .with(authentication(fixture.signedIn("admin"))))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString(officer)));
    mvc.perform(
            get("/admin/audit")
                .param("actor", "nobody-at-all")
                .with(authentication(fixture.signedIn("admin")))
                .header("HX-Request", "true"))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("Belum ada catatan")))
        .andExpect(content().string(org.hamcrest.Matchers.not(containsString("<html"))));
  }
}
