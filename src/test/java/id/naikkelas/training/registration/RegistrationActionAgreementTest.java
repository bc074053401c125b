package id.naikkelas.training.registration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.naikkelas.IntegrationTest;
import id.naikkelas.access.AccountFixture;
import id.naikkelas.access.Role;
import id.naikkelas.registry.BusinessDraftFixture;
import id.naikkelas.training.EventFixture;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.json.JsonMapper;

/**
 * Decision 0010 keeps the single statement of {@link Places}; the rule of {@link
 * RegistrationAction} must give the same answer. Every status goes through both.
 */
@IntegrationTest
class RegistrationActionAgreementTest {

  @Autowired MockMvc mvc;
  @Autowired JsonMapper json;
  @Autowired JdbcClient jdbc;
  @Autowired AccountFixture accounts;
  @Autowired RegistrationFixture people;
  @Autowired Places places;

  @Test
  void the_statement_and_the_rule_agree_for_every_status_and_action() throws Exception {
    String officer = accounts.token(accounts.open(Role.OFFICER, "35.24.17"));
    long event = EventFixture.create(mvc, json, officer, EventFixture.event("FIRST_COME", 100));
    for (RegistrationAction action :
        new RegistrationAction[] {
          RegistrationAction.WITHDRAW, RegistrationAction.EXPIRE, RegistrationAction.REFUSE
        }) {
      for (RegistrationStatus status : RegistrationStatus.values()) {
        long id = registrationIn(event, status);
        Optional<Places.Left> left = places.leave(id, action, false, Instant.now());
        assertThat(left.isPresent())
            .as("%s from %s", action, status)
            .isEqualTo(action.allows(status));
        assertThat(people.statusOf(id))
            .as("%s from %s", action, status)
            .isEqualTo(action.allows(status) ? action.target().name() : status.name());
        if (!action.allows(status)) {
          assertThatThrownBy(() -> action.apply(status))
              .isInstanceOfSatisfying(
                  RegistrationRefused.class,
                  e -> assertThat(e.currentState()).isEqualTo(status.name()));
        }
      }
    }
  }

  /** A fresh registration of the event, put in {@code status} as the statements would. */
  private long registrationIn(long event, RegistrationStatus status) throws Exception {
    String nik = BusinessDraftFixture.nik(EventApiTest.VILLAGE);
    long id = people.registerAndConfirm(event, EventFixture.candidate(nik), "CONFIRMED").id();
    jdbc.sql(
            "update training_registration set status = ?, pending_place = ?,"
                + " confirm_by = now() + interval '1 hour' where id = ?")
        .params(status.name(), status == RegistrationStatus.PENDING ? "CONFIRMED" : null, id)
        .update();
    return id;
  }
}
