package id.naikkelas.registry;

import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the demo module needs beyond registering and importing: marking its records as demo and
 * verifying a share of them in one statement, as the workflow allows (only a DRAFT is verified, the
 * rule of {@link Business#verify}).
 */
@Service
public class RegistryDemoRecords {

  private final JdbcClient jdbc;

  RegistryDemoRecords(JdbcClient jdbc) {
    this.jdbc = jdbc;
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
    return jdbc.sql("update business set status = ? where demo and status = ? and id % 3 <> 0")
        .params(BusinessStatus.VERIFIED.name(), BusinessStatus.DRAFT.name())
        .update();
  }
}
