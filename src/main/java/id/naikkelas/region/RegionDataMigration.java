package id.naikkelas.region;

import java.io.IOException;
import java.io.InputStream;
import java.sql.Connection;
import java.sql.SQLException;
import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.migration.Context;
import org.flywaydb.core.api.migration.JavaMigration;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * Loads every province, regency, district and village of Indonesia (idn-area-data 4.0.1, ODbL) with
 * PostgreSQL {@code COPY}, in one transaction with the rest of the migration. Parents come before
 * children so that the foreign key holds row by row.
 */
@Component
class RegionDataMigration implements JavaMigration {

  private static final String[][] FILES = {
    {"regions/provinces.csv", "region (code, name)"},
    {"regions/regencies.csv", "region (code, parent_code, name)"},
    {"regions/districts.csv", "region (code, parent_code, name)"},
    {"regions/villages.csv", "region (code, parent_code, name)"},
  };

  @Override
  public MigrationVersion getVersion() {
    return MigrationVersion.fromVersion("2026.11.22.2");
  }

  @Override
  public String getDescription() {
    return "load regions from idn-area-data";
  }

  @Override
  public Integer getChecksum() {
    return 20261122;
  }

  @Override
  public boolean canExecuteInTransaction() {
    return true;
  }

  @Override
  public void migrate(Context context) throws SQLException, IOException {
    Connection connection = context.getConnection();
    CopyManager copy = connection.unwrap(PGConnection.class).getCopyAPI();
    for (String[] file : FILES) {
      try (InputStream in = new ClassPathResource(file[0]).getInputStream()) {
        copy.copyIn("COPY " + file[1] + " FROM STDIN WITH (FORMAT csv, HEADER true)", in);
      }
    }
  }
}
