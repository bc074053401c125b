package id.naikkelas.registry.importing;

import static org.assertj.core.api.Assertions.assertThat;

import id.naikkelas.IntegrationTest;
import id.naikkelas.platform.sheets.SheetFormat;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** A job a stopped process left RUNNING is reported, at the next start, with how far it got. */
@IntegrationTest
class InterruptedImportTest {

  @Autowired ImportJobStore jobs;
  @Autowired JdbcClient jdbc;

  @Test
  void a_restart_marks_a_running_job_failed_with_the_rows_it_had_processed() {
    UUID id = UUID.randomUUID();
    jobs.create(id, "petugas", "35.24.17", "besar.xlsx", SheetFormat.XLSX, false, Instant.now());
    jobs.progress(id, 10_000, 9_800, 150, 50);
    assertThat(jobs.failInterrupted(Instant.now())).isGreaterThanOrEqualTo(1);
    ImportStatus status = jobs.find(id, "35.24").orElseThrow();
    assertThat(status.status()).isEqualTo("FAILED");
    assertThat(status.failureKey()).isEqualTo("import.interrupted");
    assertThat(status.failureArgs()).isEqualTo("10000");
    assertThat(status.imported()).isEqualTo(9_800);
    assertThat(
            jdbc.sql("select finished_at from business_import where id = ?")
                .param(id)
                .query(Timestamp.class)
                .single())
        .isNotNull();
  }
}
