package id.naikkelas.registry.kbli;

import id.naikkelas.access.Actor;
import id.naikkelas.access.Role;
import id.naikkelas.audit.AuditAction;
import id.naikkelas.audit.AuditTrail;
import id.naikkelas.platform.ForbiddenException;
import id.naikkelas.region.Regions;
import id.naikkelas.registry.kbli.KbliReference.Entry;
import id.naikkelas.registry.kbli.KbliReference.ListStatus;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Writes a KBLI list: an admin's upload replacing a version's list, or the list a new deployment
 * starts with. Each write is one transaction with its record in {@code kbli_list_load} and its
 * audit entry; {@link KbliReference} drops its cached codes afterwards.
 */
@Component
class KbliListWriter {

  private final JdbcClient jdbc;
  private final JdbcTemplate batch;
  private final TransactionTemplate tx;
  private final AuditTrail audit;
  private final Regions regions;
  private final Clock clock;

  KbliListWriter(
      JdbcClient jdbc,
      JdbcTemplate batch,
      TransactionTemplate tx,
      AuditTrail audit,
      Regions regions,
      Clock clock) {
    this.jdbc = jdbc;
    this.batch = batch;
    this.tx = tx;
    this.audit = audit;
    this.regions = regions;
    this.clock = clock;
  }

  void requireDeploymentAdmin(Actor by) {
    if (by.role() != Role.ADMIN || !by.covers(regions.deploymentRoot())) {
      throw new ForbiddenException("problem.forbidden");
    }
  }

  /**
   * Replaces the list of a version with the file's entries (header {@code kode;judul} or {@code
   * code;title}). The file is checked whole first: one bad row refuses it and the old list stays.
   */
  ListStatus replace(
      Actor by, int version, String fileName, InputStream content, ListStatus before) {
    String safeName = safeName(fileName);
    Path file;
    try {
      file = Files.createTempFile("kbli", ".upload");
      Files.copy(content, file, StandardCopyOption.REPLACE_EXISTING);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot store the upload", e);
    }
    List<Entry> entries;
    try {
      entries = KbliListFile.read(version, file, safeName);
    } finally {
      try {
        Files.deleteIfExists(file);
      } catch (IOException ignored) {
        // a temporary file; the operating system cleans its temp folder
      }
    }
    ListStatus after =
        new ListStatus(version, entries.size(), safeName, by.username(), clock.instant());
    tx.executeWithoutResult(
        status -> {
          replaceEntries(version, entries);
          jdbc.sql(
                  """
                  insert into kbli_list_load (version, entries, file_name, loaded_by, loaded_at)
                  values (?, ?, ?, ?, ?)
                  on conflict (version) do update set entries = excluded.entries,
                    file_name = excluded.file_name, loaded_by = excluded.loaded_by,
                    loaded_at = excluded.loaded_at""")
              .params(
                  version,
                  entries.size(),
                  safeName,
                  by.username(),
                  Timestamp.from(after.loadedAt()))
              .update();
          audit.record(
              before.loaded() ? AuditAction.UPDATE : AuditAction.CREATE,
              "kbli-list",
              version,
              regions.deploymentRoot(),
              before.loaded() ? summary(before) : null,
              summary(after));
        });
    return after;
  }

  /**
   * Loads the list a new deployment starts with, unless a list of that version is already recorded;
   * answers whether it loaded. Nodes starting together load it once: the first to record the load
   * wins, the others find the record and leave.
   */
  boolean loadStarter(int version, String fileName, List<Entry> entries) {
    Boolean loaded =
        tx.execute(
            status -> {
              int claimed =
                  jdbc.sql(
                          """
                          insert into kbli_list_load (version, entries, file_name, loaded_by, loaded_at)
                          values (?, ?, ?, ?, ?) on conflict (version) do nothing""")
                      .params(
                          version,
                          entries.size(),
                          fileName,
                          KbliReference.STARTER,
                          Timestamp.from(clock.instant()))
                      .update();
              if (claimed == 0) {
                return false;
              }
              replaceEntries(version, entries);
              audit.record(
                  AuditAction.CREATE,
                  "kbli-list",
                  version,
                  regions.deploymentRoot(),
                  null,
                  Map.of("entries", entries.size(), "fileName", fileName));
              return true;
            });
    return Boolean.TRUE.equals(loaded);
  }

  private void replaceEntries(int version, List<Entry> entries) {
    jdbc.sql("delete from kbli_reference where version = ?").param(version).update();
    batch.batchUpdate(
        "insert into kbli_reference (version, code, title) values (?, ?, ?)",
        entries,
        500,
        (ps, e) -> {
          ps.setInt(1, e.version());
          ps.setString(2, e.code());
          ps.setString(3, e.title());
        });
  }

  private static Map<String, Object> summary(ListStatus s) {
    return Map.of("entries", s.entries(), "fileName", s.fileName());
  }

  private static String safeName(String fileName) {
    String name = fileName == null ? "kbli" : Path.of(fileName).getFileName().toString();
    name = name.replaceAll("[^\\p{L}\\p{N}._ -]", "_");
    return name.length() > 200 ? name.substring(0, 200) : name;
  }
}
