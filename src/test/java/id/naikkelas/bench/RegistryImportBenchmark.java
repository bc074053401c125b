package id.naikkelas.bench;

import static org.assertj.core.api.Assertions.assertThat;

import id.naikkelas.IntegrationTest;
import id.naikkelas.access.Actor;
import id.naikkelas.access.Role;
import id.naikkelas.registry.RegistryRowGenerator;
import id.naikkelas.registry.importing.BusinessImports;
import id.naikkelas.registry.importing.ImportStatus;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.Map;
import javax.sql.DataSource;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The registry import against its anchor, in one run on one machine (DESIGN.md §6): N generated
 * rows (≈2% bad, ≈3% duplicates) imported end to end — read, checked, encrypted, written — and then
 * the very rows that landed COPYed into twin tables with the same indexes. Prints both rates and
 * the ratio. Run: {@code ./mvnw -Pbench test -Dbench.rows=1000000}.
 */
@IntegrationTest
@Tag("benchmark")
class RegistryImportBenchmark {

  @Autowired BusinessImports imports;
  @Autowired RegistryRowGenerator generator;
  @Autowired JdbcClient jdbc;
  @Autowired DataSource dataSource;
  @Autowired id.naikkelas.registry.duplicates.Duplicates duplicates;

  @Test
  void import_against_copy() throws Exception {
    int rows = Integer.getInteger("bench.rows", 1_000_000);
    Path dir = Files.createTempDirectory("naikkelas-bench");
    Path csv = dir.resolve("umkm-" + rows + ".csv");
    Map<String, Integer> kinds =
        generator.write(new RegistryRowGenerator.Spec("35.24", rows, 42, 0.02, 0.03), csv);
    Actor officer = new Actor(0, "bench", "bench", Role.OFFICER, "35.24");

    long start = System.nanoTime();
    ImportStatus status = imports.runNow(officer, csv, false);
    double importSeconds = (System.nanoTime() - start) / 1e9;
    assertThat(status.status()).isEqualTo("DONE");

    String refs = "import:" + status.id() + ":%";
    Path owners = dir.resolve("owners.copy");
    Path businesses = dir.resolve("businesses.copy");
    jdbc.sql("drop table if exists bench_business, bench_owner").update();
    jdbc.sql("create table bench_owner (like owner including all)").update();
    jdbc.sql("create table bench_business (like business including all)").update();
    try (Connection connection = dataSource.getConnection()) {
      CopyManager copy = connection.unwrap(PGConnection.class).getCopyAPI();
      try (OutputStream out = Files.newOutputStream(owners)) {
        copy.copyOut(
            "COPY (select * from owner where id in (select owner_id from business where source_ref like '"
                + refs
                + "')) TO STDOUT",
            out);
      }
      try (OutputStream out = Files.newOutputStream(businesses)) {
        copy.copyOut(
            "COPY (select * from business where source_ref like '" + refs + "') TO STDOUT", out);
      }
      long copyStart = System.nanoTime();
      long copiedOwners;
      long copiedBusinesses;
      try (InputStream in = Files.newInputStream(owners)) {
        copiedOwners = copy.copyIn("COPY bench_owner FROM STDIN", in);
      }
      try (InputStream in = Files.newInputStream(businesses)) {
        copiedBusinesses = copy.copyIn("COPY bench_business FROM STDIN", in);
      }
      double copySeconds = (System.nanoTime() - copyStart) / 1e9;

      double importRate = status.imported() / importSeconds;
      double copyRate = copiedBusinesses / copySeconds;
      System.out.printf(
          "%n== Registry import benchmark (%d cores, JVM max heap %d MiB) ==%n"
              + "generated rows:   %,d (valid %,d, bad %,d, duplicate %,d)%n"
              + "import:           %,d stored, %,d rejected, %,d duplicates in %.2f s = %,.0f stored rows/s (%,.0f input rows/s)%n"
              + "COPY anchor:      %,d businesses + %,d owners into twin tables in %.2f s = %,.0f rows/s%n"
              + "ratio import/COPY: %.2f (goal >= 0.5 at 1,000,000 rows)%n%n",
          Runtime.getRuntime().availableProcessors(),
          Runtime.getRuntime().maxMemory() >> 20,
          rows,
          kinds.get("valid"),
          kinds.get("bad"),
          kinds.get("duplicate"),
          status.imported(),
          status.rejected(),
          status.duplicates(),
          importSeconds,
          importRate,
          rows / importSeconds,
          copiedBusinesses,
          copiedOwners,
          copySeconds,
          copyRate,
          importRate / copyRate);
      if (Boolean.getBoolean("bench.flag")) {
        // The follow-up job that flags likely duplicates among the new rows, timed on its own.
        long flagStart = System.nanoTime();
        int flagged = duplicates.flagImport(status.id(), "35.24");
        System.out.printf(
            "likely-duplicate flagging (follow-up job): %,d pairs in %.2f s%n%n",
            flagged, (System.nanoTime() - flagStart) / 1e9);
      }
    } finally {
      jdbc.sql("drop table if exists bench_business, bench_owner").update();
      Files.deleteIfExists(owners);
      Files.deleteIfExists(businesses);
      Files.deleteIfExists(csv);
    }
  }
}
