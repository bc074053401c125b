package id.naikkelas.platform;

import java.util.List;

/**
 * A capability's public pages for {@code /sitemap.xml}: paths from the application's root ({@code
 * /katalog/produk/12}), only pages anyone may open and that show no personal data. Each module that
 * has such pages contributes one bean.
 */
public interface SitemapSource {

  List<String> publicPaths();
}
