package id.naikkelas.catalogue;

import jakarta.persistence.EntityManagerFactory;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.orm.session.SearchSession;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * At start, the product index must hold what the database holds: after a restore, a new node or a
 * lost index folder it is rebuilt from the database (the index is a copy, never the source).
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class SearchIndexCheck implements ApplicationRunner {

  private static final Logger log = LoggerFactory.getLogger(SearchIndexCheck.class);

  private final EntityManagerFactory entityManagerFactory;
  private final JdbcClient jdbc;

  SearchIndexCheck(EntityManagerFactory entityManagerFactory, JdbcClient jdbc) {
    this.entityManagerFactory = entityManagerFactory;
    this.jdbc = jdbc;
  }

  @Override
  public void run(ApplicationArguments args) throws InterruptedException {
    long inDatabase = jdbc.sql("select count(*) from product").query(Long.class).single();
    try (var em = entityManagerFactory.createEntityManager()) {
      SearchSession session = Search.session(em);
      long inIndex = session.search(Product.class).where(f -> f.matchAll()).fetchTotalHitCount();
      if (inIndex != inDatabase) {
        log.info("Product index holds {} of {} products: rebuilding it", inIndex, inDatabase);
        rebuild(entityManagerFactory);
      }
    }
  }

  /** Rebuilds the product index from the database (also what the benchmark measures). */
  static void rebuild(EntityManagerFactory entityManagerFactory) throws InterruptedException {
    try (var em = entityManagerFactory.createEntityManager()) {
      Search.session(em)
          .massIndexer(Product.class)
          .threadsToLoadObjects(2)
          .batchSizeToLoadObjects(1000)
          .idFetchSize(5000)
          .mergeSegmentsOnFinish(false)
          .startAndWait();
    }
  }
}
