package id.naikkelas.training;

import id.naikkelas.platform.SitemapSource;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The events in the sitemap: their list and every event still open for registration. */
@Component
class EventSitemap implements SitemapSource {

  private final JdbcClient jdbc;
  private final Clock clock;

  EventSitemap(JdbcClient jdbc, Clock clock) {
    this.jdbc = jdbc;
    this.clock = clock;
  }

  @Override
  public List<String> publicPaths() {
    List<String> paths = new ArrayList<>(List.of("/acara"));
    jdbc.sql("select id from training_event where registration_closes > ? order by id")
        .param(Timestamp.from(clock.instant()))
        .query(Long.class)
        .list()
        .forEach(id -> paths.add("/acara/" + id));
    return paths;
  }
}
