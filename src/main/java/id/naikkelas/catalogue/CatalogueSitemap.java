package id.naikkelas.catalogue;

import id.naikkelas.platform.SitemapSource;
import java.util.ArrayList;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The catalogue in the sitemap: its front page, every published product and its shop page. */
@Component
class CatalogueSitemap implements SitemapSource {

  private final JdbcClient jdbc;

  CatalogueSitemap(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  @Override
  public List<String> publicPaths() {
    List<String> paths = new ArrayList<>(List.of("/katalog"));
    jdbc.sql("select id from product where status = 'PUBLISHED' order by id")
        .query(Long.class)
        .list()
        .forEach(id -> paths.add("/katalog/produk/" + id));
    jdbc.sql("select distinct business_id from product where status = 'PUBLISHED' order by 1")
        .query(Long.class)
        .list()
        .forEach(id -> paths.add("/katalog/usaha/" + id));
    return paths;
  }
}
