package id.naikkelas.registry;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the demo module needs beyond registering and importing: marking its records as demo and
 * verifying a share of them through the aggregate ({@link Business#verify}: only a DRAFT is
 * verified, and each verification registers its event as an officer's does).
 */
@Service
public class RegistryDemoRecords {

  private static final String DEMO_OFFICER = "demo";

  private final JdbcClient jdbc;
  private final BusinessRepository businesses;
  private final Clock clock;

  RegistryDemoRecords(JdbcClient jdbc, BusinessRepository businesses, Clock clock) {
    this.jdbc = jdbc;
    this.businesses = businesses;
    this.clock = clock;
  }

  /** True once demo records exist: the demo is then not made again. */
  @Transactional(readOnly = true)
  public boolean present() {
    return jdbc.sql("select count(*) from business where demo").query(Long.class).single() > 0;
  }

  /** Marks every business an import stored as demo. */
  @Transactional
  public int markImport(UUID importId) {
    return jdbc.sql("update business set demo = true where source_ref like ?")
        .param("import:" + importId + ":%")
        .update();
  }

  /** Marks one business as demo. */
  @Transactional
  public void mark(long businessId) {
    jdbc.sql("update business set demo = true where id = ?").param(businessId).update();
  }

  /** Verifies the demo drafts except every third (by id), so that some are left to work on. */
  @Transactional
  public int verifyAllButEveryThird() {
    List<Long> ids =
        jdbc.sql("select id from business where demo and status = ? and id % 3 <> 0 order by id")
            .param(BusinessStatus.DRAFT.name())
            .query(Long.class)
            .list();
    Instant now = clock.instant();
    List<Business> verified = businesses.findAllById(ids);
    verified.forEach(business -> business.verify(DEMO_OFFICER, now));
    businesses.saveAll(verified);
    return verified.size();
  }
}
