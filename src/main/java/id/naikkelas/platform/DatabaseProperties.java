package id.naikkelas.platform;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where the data lives. With no {@code url} the application starts an embedded PostgreSQL whose
 * files stay under {@code dataDir/postgres}; set {@code NAIKKELAS_DB_URL} (with {@code _USER} and
 * {@code _PASSWORD}) to use an external PostgreSQL 15+ instead.
 *
 * @param url JDBC URL of an external PostgreSQL, blank for the embedded one
 * @param user database user of the external PostgreSQL
 * @param password database password of the external PostgreSQL
 * @param dataDir folder for the embedded database and other local data
 * @param ephemeral start the embedded database in a throw-away folder (tests)
 * @param poolSize maximum connections in the pool
 */
@ConfigurationProperties("naikkelas.db")
public record DatabaseProperties(
    String url,
    String user,
    String password,
    @DefaultValue("./data") Path dataDir,
    @DefaultValue("false") boolean ephemeral,
    @DefaultValue("10") int poolSize) {

  boolean external() {
    return url != null && !url.isBlank();
  }
}
