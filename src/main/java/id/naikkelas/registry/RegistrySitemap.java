package id.naikkelas.registry;

import id.naikkelas.platform.SitemapSource;
import java.util.ArrayList;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The public directory in the sitemap: its list and every verified business's page. */
@Component
class RegistrySitemap implements SitemapSource {

  private final JdbcClient jdbc;

  RegistrySitemap(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  @Override
  public List<String> publicPaths() {
    List<String> paths = new ArrayList<>(List.of("/umkm"));
    jdbc.sql("select id from business where status = 'VERIFIED' order by id")
        .query(Long.class)
        .list()
        .forEach(id -> paths.add("/umkm/" + id));
    return paths;
  }
}
