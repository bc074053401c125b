package id.naikkelas.events;

import static id.naikkelas.access.AccountFixture.bearer;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import id.naikkelas.IntegrationTest;
import id.naikkelas.access.AccountFixture;
import id.naikkelas.access.Role;
import java.time.Duration;
import java.util.UUID;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A cross-module reaction survives a failure: the publication row is written with the publishing
 * transaction, stays incomplete (and listed for administrators) while the listener is stopped and
 * after it failed, and completes when resubmitted.
 */
@IntegrationTest
class EventPublicationRegistryTest {

  private static final Duration WAIT = Duration.ofSeconds(20);

  @Autowired MockMvc mvc;
  @Autowired AccountFixture fixture;
  @Autowired JdbcClient jdbc;
  @Autowired ApplicationEventPublisher events;
  @Autowired PlatformTransactionManager transactions;
  @Autowired ProbeListener listener;

  @Test
  void a_reaction_stopped_midway_is_listed_while_incomplete_and_completed_on_resubmission()
      throws Exception {
    String marker = "probe-" + UUID.randomUUID();
    listener.stopFirstCall(marker);
    publish(marker);

    assertThat(listener.awaitStarted(marker, WAIT)).isTrue();
    UUID id = publicationId(marker);
    assertThat(completed(id)).isFalse();
    String admin = bearer(fixture.adminToken());
    mvc.perform(get("/api/v1/admin/event-publications").header("Authorization", admin))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.items[*].id", hasItem(id.toString())));
    mvc.perform(
            post("/api/v1/admin/event-publications/" + id + "/resubmit")
                .header("Authorization", admin))
        .andExpect(status().isConflict())
        .andExpect(jsonPath("$.currentState").value("PROCESSING"))
        .andExpect(jsonPath("$.action").value("resubmit"));

    listener.release(marker);
    await(() -> "FAILED".equals(statusOf(id)));
    assertThat(completed(id)).isFalse();
    mvc.perform(get("/api/v1/admin/event-publications/" + id).header("Authorization", admin))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.status").value("FAILED"))
        .andExpect(jsonPath("$.listener", containsString("ProbeListener")))
        .andExpect(jsonPath("$.eventType").value(ProbeEvent.class.getName()));
    mvc.perform(get("/admin/events").with(authentication(fixture.signedIn("admin"))))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("/admin/events/" + id + "/resubmit")));

    mvc.perform(
            post("/api/v1/admin/event-publications/" + id + "/resubmit")
                .header("Authorization", admin))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.id").value(id.toString()));
    await(() -> completed(id));
    assertThat(listener.calls(marker)).isEqualTo(2);
    assertThat(statusOf(id)).isEqualTo("COMPLETED");
    mvc.perform(get("/api/v1/admin/event-publications/" + id).header("Authorization", admin))
        .andExpect(jsonPath("$.attempts").value(2));
    mvc.perform(get("/api/v1/admin/event-publications").header("Authorization", admin))
        .andExpect(jsonPath("$.items[*].id", not(hasItem(id.toString()))));
    mvc.perform(
            post("/api/v1/admin/event-publications/" + id + "/resubmit")
                .header("Authorization", admin))
        .andExpect(status().isConflict())
        .andExpect(jsonPath("$.currentState").value("COMPLETED"));
  }

  @Test
  void the_publication_row_is_written_in_the_publishing_transaction() {
    String kept = "probe-" + UUID.randomUUID();
    String rolledBack = "probe-" + UUID.randomUUID();
    TransactionTemplate tx = new TransactionTemplate(transactions);
    tx.executeWithoutResult(
        status -> {
          events.publishEvent(new ProbeEvent(kept));
          assertThat(rows(kept)).as("visible inside the publishing transaction").isEqualTo(1);
        });
    tx.executeWithoutResult(
        status -> {
          events.publishEvent(new ProbeEvent(rolledBack));
          assertThat(rows(rolledBack)).isEqualTo(1);
          status.setRollbackOnly();
        });

    await(() -> completed(publicationId(kept)));
    assertThat(rows(rolledBack)).isZero();
    assertThat(listener.calls(rolledBack)).isZero();
  }

  @Test
  void only_administrators_see_or_resubmit_publications() throws Exception {
    String officer = fixture.open(Role.OFFICER, "35.24");
    mvc.perform(
            get("/api/v1/admin/event-publications")
                .header("Authorization", bearer(fixture.token(officer))))
        .andExpect(status().isForbidden());
    mvc.perform(
            post("/api/v1/admin/event-publications/" + UUID.randomUUID() + "/resubmit")
                .header("Authorization", bearer(fixture.token(officer))))
        .andExpect(status().isForbidden());
    mvc.perform(get("/admin/events").with(authentication(fixture.signedIn(officer))))
        .andExpect(status().isForbidden());
    mvc.perform(
            post("/api/v1/admin/event-publications/" + UUID.randomUUID() + "/resubmit")
                .header("Authorization", bearer(fixture.adminToken())))
        .andExpect(status().isNotFound());
  }

  @Test
  void the_page_asks_before_it_resubmits() throws Exception {
    String marker = "probe-" + UUID.randomUUID();
    listener.stopFirstCall(marker);
    publish(marker);
    assertThat(listener.awaitStarted(marker, WAIT)).isTrue();
    listener.release(marker);
    UUID id = publicationId(marker);
    await(() -> "FAILED".equals(statusOf(id)));

    mvc.perform(
            get("/admin/events/" + id + "/resubmit")
                .with(authentication(fixture.signedIn("admin"))))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("confirm-resubmit")))
        .andExpect(content().string(containsString(ProbeEvent.class.getName())));
    assertThat(listener.calls(marker)).isEqualTo(1);
    mvc.perform(
            get("/admin/events")
                .header("HX-Request", "true")
                .with(authentication(fixture.signedIn("admin"))))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("/admin/events/" + id + "/resubmit")))
        .andExpect(content().string(containsString("Gagal")))
        .andExpect(content().string(not(containsString("<html"))));
    mvc.perform(
            post("/admin/events/" + id + "/resubmit")
                .with(csrf())
                .with(authentication(fixture.signedIn("admin"))))
        .andExpect(status().is3xxRedirection())
        .andExpect(redirectedUrl("/admin/events"));
    await(() -> completed(id));
  }

  private void publish(String marker) {
    new TransactionTemplate(transactions)
        .executeWithoutResult(status -> events.publishEvent(new ProbeEvent(marker)));
  }

  private long rows(String marker) {
    return jdbc.sql("select count(*) from event_publication where serialized_event like ?")
        .param("%" + marker + "%")
        .query(Long.class)
        .single();
  }

  private UUID publicationId(String marker) {
    return jdbc.sql("select id from event_publication where serialized_event like ?")
        .param("%" + marker + "%")
        .query(UUID.class)
        .single();
  }

  private boolean completed(UUID id) {
    return jdbc.sql("select completion_date is not null from event_publication where id = ?")
        .param(id)
        .query(Boolean.class)
        .single();
  }

  private String statusOf(UUID id) {
    return jdbc.sql("select status from event_publication where id = ?")
        .param(id)
        .query(String.class)
        .single();
  }

  private static void await(Supplier<Boolean> condition) {
    long deadline = System.nanoTime() + WAIT.toNanos();
    while (!condition.get()) {
      if (System.nanoTime() > deadline) {
        throw new AssertionError("not reached within " + WAIT);
      }
      try {
        Thread.sleep(50);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new AssertionError(e);
      }
    }
  }
}
