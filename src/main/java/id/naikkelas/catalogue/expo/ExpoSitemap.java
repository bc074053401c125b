package id.naikkelas.catalogue.expo;

import id.naikkelas.platform.SitemapSource;
import java.util.ArrayList;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The expos in the sitemap: their list and each expo's page. */
@Component
class ExpoSitemap implements SitemapSource {

  private final JdbcClient jdbc;

  ExpoSitemap(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  @Override
  public List<String> publicPaths() {
    List<String> paths = new ArrayList<>(List.of("/expo"));
    jdbc.sql("select id from expo order by starts_on desc, id")
        .query(Long.class)
        .list()
        .forEach(id -> paths.add("/expo/" + id));
    return paths;
  }
}
