package id.naikkelas.platform;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.flyway.autoconfigure.FlywayMigrationStrategy;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** One data source: the external PostgreSQL when configured, otherwise the embedded one. */
@Configuration(proxyBeanMethods = false)
class DatabaseConfiguration {

  @Bean
  @ConditionalOnExpression("'${naikkelas.db.url:}'.isBlank()")
  EmbeddedPostgresServer embeddedPostgresServer(DatabaseProperties properties) {
    return new EmbeddedPostgresServer(properties);
  }

  @Bean(destroyMethod = "close")
  HikariDataSource dataSource(
      DatabaseProperties properties, ObjectProvider<EmbeddedPostgresServer> embedded) {
    HikariConfig config = new HikariConfig();
    config.setPoolName("naikkelas");
    config.setMaximumPoolSize(properties.poolSize());
    if (properties.external()) {
      config.setJdbcUrl(properties.url());
      config.setUsername(properties.user());
      config.setPassword(properties.password());
    } else {
      config.setJdbcUrl(embedded.getObject().jdbcUrl());
    }
    return new HikariDataSource(config);
  }

  /**
   * Test databases are wiped before migrating so that every run starts from the same schema. Only
   * active where {@code naikkelas.db.clean-on-start} is set, which the test profile does.
   */
  @Bean
  @ConditionalOnProperty(name = "naikkelas.db.clean-on-start", havingValue = "true")
  FlywayMigrationStrategy cleanThenMigrate() {
    return flyway -> {
      flyway.clean();
      flyway.migrate();
    };
  }
}
