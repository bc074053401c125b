package id.naikkelas.licensing;

import java.util.Collection;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * For the demo module only: whether the licensing demo data is there, and marking what it made as
 * demo (as the registry and the catalogue do for theirs). Nothing else changes a request this way.
 */
@Component
public class LicensingDemoRecords {

  private final JdbcClient jdbc;

  LicensingDemoRecords(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  public boolean present() {
    return jdbc.sql("select count(*) from licensing_request where demo").query(Long.class).single()
        > 0;
  }

  @Transactional
  public void mark(Collection<Long> requestIds, Collection<Long> programmeIds) {
    jdbc.sql("update licensing_request set demo = true where id = any(?)")
        .param(requestIds.toArray(Long[]::new))
        .update();
    jdbc.sql("update licensing_programme set demo = true where id = any(?)")
        .param(programmeIds.toArray(Long[]::new))
        .update();
  }
}
