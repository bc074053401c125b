package id.naikkelas.licensing;

import static id.naikkelas.licensing.LicensingFixture.SUKODADI;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import id.naikkelas.IntegrationTest;
import id.naikkelas.access.AccountFixture;
import id.naikkelas.access.Role;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The work queue's assignment on PostgreSQL: an open request goes to an officer whose scope covers
 * its village, the queue filters by assignee, and an officer of elsewhere, a closed request or an
 * owner is refused.
 */
@IntegrationTest
class LicensingAssignmentTest {

  @Autowired LicensingFixture fx;
  @Autowired AccountFixture accounts;
  @Autowired JdbcClient jdbc;

  private long idOf(String username) {
    return jdbc.sql("select id from account where username = ?")
        .param(username)
        .query(Long.class)
        .single();
  }

  @Test
  void an_open_request_is_assigned_to_an_officer_of_its_scope_and_the_queue_follows()
      throws Exception {
    String lead = fx.officer("35.24");
    String sukodadiName = accounts.open(Role.OFFICER, "35.24.17");
    long sukodadi = idOf(sukodadiName);
    long lumajang = idOf(accounts.open(Role.OFFICER, "35.08"));
    long business = fx.business(SUKODADI);
    long product = fx.product(lead, business, "Kerupuk Ikan");
    long id =
        fx.id(
            fx.call(
                    post("/api/v1/licensing-requests"),
                    lead,
                    Map.of("businessId", business, "kind", "PIRT", "productIds", List.of(product)))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.assignedTo").isEmpty()));
    String path = "/api/v1/licensing-requests/" + id;

    fx.call(get(path + "/officers"), lead, null)
        .andExpect(jsonPath("$[*].id").value(hasItem((int) sukodadi)))
        .andExpect(jsonPath("$[*].id").value(not(hasItem((int) lumajang))));
    fx.call(post(path + "/assign"), lead, Map.of("officerId", lumajang))
        .andExpect(status().isUnprocessableContent())
        .andExpect(jsonPath("$.errors[0].field").value("officerId"));
    fx.call(post(path + "/assign"), lead, Map.of("officerId", sukodadi))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.assignedTo.id").value(sukodadi))
        .andExpect(jsonPath("$.assignedTo.name").value("Akun Uji " + sukodadiName));

    String mine = accounts.token(sukodadiName);
    fx.call(get("/api/v1/licensing-requests?assignedTo=" + sukodadi), mine, null)
        .andExpect(jsonPath("$.items[*].id").value(hasItem((int) id)))
        .andExpect(jsonPath("$.items[0].assignedTo.id").value(sukodadi));
    fx.call(get("/api/v1/licensing-requests?unassigned=true&size=500"), lead, null)
        .andExpect(jsonPath("$.items[*].id").value(not(hasItem((int) id))));

    Map<String, Object> nobody = new HashMap<>();
    nobody.put("officerId", null);
    fx.call(post(path + "/assign"), lead, nobody)
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.assignedTo").isEmpty());
    assertThat(
            jdbc.sql(
                    "select count(*) from audit_entry where entity_type = 'licensing-request'"
                        + " and entity_id = ? and after_values ->> 'action' = 'assign'")
                .param(String.valueOf(id))
                .query(Long.class)
                .single())
        .isEqualTo(2);

    String elsewhere = fx.officer("35.08");
    fx.call(post(path + "/assign"), elsewhere, Map.of("officerId", lumajang))
        .andExpect(status().isNotFound());
    fx.call(get(path + "/officers"), elsewhere, null).andExpect(status().isNotFound());
    String viewer = accounts.token(accounts.open(Role.VIEWER, "35.24"));
    fx.call(post(path + "/assign"), viewer, Map.of("officerId", sukodadi))
        .andExpect(status().isForbidden());
    fx.call(get(path + "/officers"), viewer, null).andExpect(status().isForbidden());
    long admin = idOf(accounts.open(Role.ADMIN, "35.24"));
    fx.call(post(path + "/assign"), lead, Map.of("officerId", admin))
        .andExpect(status().isUnprocessableContent())
        .andExpect(jsonPath("$.errors[0].field").value("officerId"));
    fx.call(post(path + "/refuse"), lead, Map.of("reason", "Bukan pangan olahan"))
        .andExpect(status().isOk());
    fx.call(post(path + "/assign"), lead, Map.of("officerId", sukodadi))
        .andExpect(status().isConflict())
        .andExpect(jsonPath("$.currentState").value("REFUSED"));
  }
}
