package id.naikkelas.catalogue;

import java.util.Collection;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the demo module needs beyond creating and publishing products through {@link Products}:
 * knowing whether the demo catalogue was made, and marking its products as demo.
 */
@Service
public class CatalogueDemoRecords {

  private final JdbcClient jdbc;

  CatalogueDemoRecords(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** True once demo products exist: the demo catalogue is then not made again. */
  @Transactional(readOnly = true)
  public boolean present() {
    return jdbc.sql("select count(*) from product where demo").query(Long.class).single() > 0;
  }

  /** Marks the products as demo. */
  @Transactional
  public int mark(Collection<Long> productIds) {
    return jdbc.sql("update product set demo = true where id = any(?)")
        .param(productIds.toArray(Long[]::new))
        .update();
  }
}
