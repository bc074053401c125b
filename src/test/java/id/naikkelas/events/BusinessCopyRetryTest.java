package id.naikkelas.events;

import static id.naikkelas.access.AccountFixture.bearer;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import id.naikkelas.IntegrationTest;
import id.naikkelas.access.AccountFixture;
import id.naikkelas.access.Actor;
import id.naikkelas.access.Role;
import id.naikkelas.catalogue.Category;
import id.naikkelas.catalogue.ProductDraft;
import id.naikkelas.catalogue.Products;
import id.naikkelas.registry.BusinessChanged;
import id.naikkelas.registry.BusinessDraft;
import id.naikkelas.registry.BusinessDraftFixture;
import id.naikkelas.registry.BusinessSource;
import id.naikkelas.registry.Registry;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The real catalogue reaction ({@code catalogue.BusinessCopyListener} on {@link BusinessChanged})
 * cut off midway and completed on retry. The test holds a row lock on the product the listener must
 * update, so the listener's transaction stops at its update; then the listener's database
 * connection is terminated ({@code pg_terminate_backend}), as a crash of the database session
 * would. The publication stays incomplete and is listed for administrators; once the lock is gone,
 * a resubmission runs the listener again and the catalogue copy takes the change.
 */
@IntegrationTest
class BusinessCopyRetryTest {

  private static final Duration WAIT = Duration.ofSeconds(20);
  private static final Actor ROOT = new Actor(0, "test", "test", Role.OFFICER, "35");
  private static final String VILLAGE = "35.24.17.2007";

  @Autowired MockMvc mvc;
  @Autowired AccountFixture fixture;
  @Autowired JdbcClient jdbc;
  @Autowired DataSource dataSource;
  @Autowired Registry registry;
  @Autowired Products products;

  @Test
  void the_business_copy_cut_off_midway_is_incomplete_and_completed_on_resubmission()
      throws Exception {
    String tag = UUID.randomUUID().toString().substring(0, 8);
    String nik = BusinessDraftFixture.nik(VILLAGE);
    BusinessDraft first = BusinessDraftFixture.draft(VILLAGE, nik, "Abon Lele " + tag);
    long business = registry.register(ROOT, first, BusinessSource.FORM).id();
    registry.verify(ROOT, business);
    long product = products.create(ROOT, draft(business, "Abon Lele Pedas " + tag));
    await().atMost(WAIT).until(() -> incomplete(business).isEmpty());
    assertThat(businessName(product)).isEqualTo("Abon Lele " + tag);

    String admin = bearer(fixture.adminToken());
    UUID id;
    try (Connection holder = dataSource.getConnection()) {
      holder.setAutoCommit(false);
      lockProducts(holder, business);
      int holderPid = pid(holder);

      BusinessDraft renamed =
          BusinessDraftFixture.with(
              BusinessDraftFixture.draft(VILLAGE, nik, "Abon Lele Bu Tin " + tag),
              first.nib(),
              true);
      registry.update(ROOT, business, renamed);

      // the listener has started and stopped midway: its update waits for the test's lock
      Integer listenerPid =
          await().atMost(WAIT).until(() -> blockedBy(holderPid), pid -> pid != null);
      id = await().atMost(WAIT).until(() -> incomplete(business), ids -> ids.size() == 1).get(0);
      mvc.perform(get("/api/v1/admin/event-publications").header("Authorization", admin))
          .andExpect(status().isOk())
          .andExpect(jsonPath("$.items[*].id", hasItem(id.toString())));
      mvc.perform(get("/api/v1/admin/event-publications/" + id).header("Authorization", admin))
          .andExpect(jsonPath("$.status").value("PROCESSING"))
          .andExpect(jsonPath("$.eventType").value(BusinessChanged.class.getName()));

      // its database session is cut off: the listener fails, its transaction is lost
      assertThat(
              jdbc.sql("select pg_terminate_backend(?)")
                  .param(listenerPid)
                  .query(Boolean.class)
                  .single())
          .isTrue();
      await().atMost(WAIT).until(() -> "FAILED".equals(statusOf(id)));
      holder.rollback();
    }
    assertThat(completed(id)).isFalse();
    assertThat(businessName(product)).isEqualTo("Abon Lele " + tag);
    mvc.perform(get("/api/v1/admin/event-publications").header("Authorization", admin))
        .andExpect(jsonPath("$.items[*].id", hasItem(id.toString())));

    mvc.perform(
            post("/api/v1/admin/event-publications/" + id + "/resubmit")
                .header("Authorization", admin))
        .andExpect(status().isOk());
    await().atMost(WAIT).until(() -> completed(id));
    assertThat(statusOf(id)).isEqualTo("COMPLETED");
    assertThat(businessName(product)).isEqualTo("Abon Lele Bu Tin " + tag);
    mvc.perform(get("/api/v1/admin/event-publications/" + id).header("Authorization", admin))
        .andExpect(jsonPath("$.attempts").value(2));
  }

  private static ProductDraft draft(long business, String name) {
    return new ProductDraft(
        business,
        name,
        null,
        Category.FOOD_DRINK,
        new java.math.BigDecimal("20000"),
        null,
        "bungkus",
        1,
        null,
        List.of());
  }

  private static void lockProducts(Connection c, long business) throws Exception {
    try (PreparedStatement s =
        c.prepareStatement("select id from product where business_id = ? for update")) {
      s.setLong(1, business);
      try (ResultSet rs = s.executeQuery()) {
        assertThat(rs.next()).as("the business's product").isTrue();
      }
    }
  }

  private static int pid(Connection c) throws Exception {
    try (PreparedStatement s = c.prepareStatement("select pg_backend_pid()");
        ResultSet rs = s.executeQuery()) {
      rs.next();
      return rs.getInt(1);
    }
  }

  /** The session waiting for a lock the holder has, if any. */
  private Integer blockedBy(int holderPid) {
    return jdbc.sql("select pid from pg_stat_activity where ? = any(pg_blocking_pids(pid)) limit 1")
        .param(holderPid)
        .query(Integer.class)
        .optional()
        .orElse(null);
  }

  private List<UUID> incomplete(long business) {
    return jdbc.sql(
            "select id from event_publication where event_type = ? and completion_date is null"
                + " and (serialized_event::jsonb ->> 'businessId')::bigint = ?")
        .params(BusinessChanged.class.getName(), business)
        .query(UUID.class)
        .list();
  }

  private String businessName(long product) {
    return jdbc.sql("select business_name from product where id = ?")
        .param(product)
        .query(String.class)
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
}
