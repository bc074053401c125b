package id.naikkelas.platform;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;

/**
 * The zero-set-up database: a real PostgreSQL started in-process from binaries that come from Maven
 * Central. Its files persist across restarts unless it is ephemeral.
 */
final class EmbeddedPostgresServer implements DisposableBean {

  private static final Logger log = LoggerFactory.getLogger(EmbeddedPostgresServer.class);

  private final EmbeddedPostgres postgres;

  EmbeddedPostgresServer(DatabaseProperties properties) {
    try {
      Path dir =
          properties.ephemeral()
              ? Files.createTempDirectory("naikkelas-pg")
              : properties.dataDir().resolve("postgres").toAbsolutePath();
      Files.createDirectories(dir);
      postgres =
          EmbeddedPostgres.builder()
              .setDataDirectory(dir)
              .setCleanDataDirectory(properties.ephemeral())
              .setServerConfig("max_connections", "100")
              // the library turns synchronous_commit off; a committed registration must survive
              // a crash, so the embedded server commits durably like any PostgreSQL
              .setServerConfig("synchronous_commit", "on")
              // this bean closes the server after the data source and the event registry: the
              // library's own JVM hook would stop it under them, and a stop would hang on a
              // connection that can no longer be made
              .setRegisterShutdownHook(false)
              .start();
      log.info("Embedded PostgreSQL on port {} with data in {}", postgres.getPort(), dir);
    } catch (IOException e) {
      throw new UncheckedIOException("Could not start the embedded PostgreSQL", e);
    }
  }

  String jdbcUrl() {
    return postgres.getJdbcUrl("postgres", "postgres");
  }

  @Override
  public void destroy() throws IOException {
    postgres.close();
  }
}
