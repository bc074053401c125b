package id.naikkelas.registry;

import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.LoadingCache;
import id.naikkelas.access.Actor;
import id.naikkelas.access.Role;
import id.naikkelas.audit.AuditAction;
import id.naikkelas.audit.AuditTrail;
import id.naikkelas.platform.ForbiddenException;
import id.naikkelas.platform.InvalidInputException;
import id.naikkelas.platform.NotFoundException;
import id.naikkelas.region.Regions;
import io.swagger.v3.oas.annotations.media.Schema;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The KBLI classification a business's codes are checked against (DESIGN.md §2: sectors are KBLI
 * codes with their version). A deployment-wide administrator loads the official list of a version
 * (code and title, as BPS publishes it) from a CSV or XLSX file; from then on a code of that
 * version must be on the list. While a version has no list, a KBLI 2020 code must at least open
 * with one of the classification's 88 divisions (golongan pokok, the two-digit level it shares with
 * ISIC Rev. 4); KBLI 2025 codes are checked for shape only. Decision 0009.
 */
@Service
public class KbliReference {

  public static final List<Integer> VERSIONS = List.of(2020, 2025);

  /** Who loaded the list a deployment starts with, as {@code kbli_list_load} records it. */
  static final String STARTER = "system";

  /** The 88 divisions (golongan pokok) of KBLI 2020, categories A to U. */
  static final Set<String> DIVISIONS_2020 = divisions2020();

  /** One entry of a list. */
  @Schema(name = "KbliEntry")
  public record Entry(int version, String code, String title) {}

  /** What is loaded for a version; {@code entries} is 0 when no list has been loaded. */
  @Schema(name = "KbliListStatus")
  public record ListStatus(
      int version, int entries, String fileName, String loadedBy, Instant loadedAt) {
    public boolean loaded() {
      return entries > 0;
    }
  }

  private final JdbcClient jdbc;
  private final JdbcTemplate batch;
  private final TransactionTemplate tx;
  private final AuditTrail audit;
  private final Regions regions;
  private final Clock clock;
  private final LoadingCache<Integer, Set<String>> codes;

  KbliReference(
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
    // Other nodes see a newly loaded list within the refresh interval.
    this.codes =
        Caffeine.newBuilder()
            .refreshAfterWrite(Duration.ofMinutes(5))
            .build(
                version ->
                    Set.copyOf(
                        jdbc.sql("select code from kbli_reference where version = ?")
                            .param(version)
                            .query(String.class)
                            .list()));
  }

  /**
   * Why the code is not a KBLI code of that version, as a message key taking the code, or empty
   * when it is one. The code has already been checked to be five digits.
   */
  Optional<String> problem(int version, String code) {
    Set<String> list = codes.get(version);
    if (!list.isEmpty()) {
      return list.contains(code) ? Optional.empty() : Optional.of("registry.kbli.unknown");
    }
    if (version == 2020 && !DIVISIONS_2020.contains(code.substring(0, 2))) {
      return Optional.of("registry.kbli.unknown");
    }
    return Optional.empty();
  }

  public List<ListStatus> lists() {
    Map<Integer, ListStatus> byVersion = new LinkedHashMap<>();
    for (int version : VERSIONS) {
      byVersion.put(version, new ListStatus(version, 0, null, null, null));
    }
    jdbc.sql("select version, entries, file_name, loaded_by, loaded_at from kbli_list_load")
        .query(
            (rs, n) ->
                new ListStatus(
                    rs.getInt("version"),
                    rs.getInt("entries"),
                    rs.getString("file_name"),
                    rs.getString("loaded_by"),
                    rs.getTimestamp("loaded_at").toInstant()))
        .list()
        .forEach(s -> byVersion.put(s.version(), s));
    return List.copyOf(byVersion.values());
  }

  /** Entries of a version whose code starts with, or whose title contains, the query. */
  public Page<Entry> search(int version, String query, Pageable pageable) {
    checkVersion(version);
    String q = query == null ? "" : query.strip().toLowerCase(Locale.ROOT);
    String like = "%" + q.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
    String where =
        " from kbli_reference where version = ? and (code like ? or lower(title) like ?)";
    Long total =
        jdbc.sql("select count(*)" + where)
            .params(version, q.replace("%", "") + "%", like)
            .query(Long.class)
            .single();
    List<Entry> rows =
        jdbc.sql("select version, code, title" + where + " order by code limit ? offset ?")
            .params(
                version,
                q.replace("%", "") + "%",
                like,
                pageable.getPageSize(),
                pageable.getOffset())
            .query((rs, n) -> new Entry(rs.getInt(1), rs.getString(2), rs.getString(3)))
            .list();
    return new PageImpl<>(rows, pageable, total);
  }

  public Entry find(int version, String code) {
    checkVersion(version);
    return jdbc.sql(
            "select version, code, title from kbli_reference where version = ? and code = ?")
        .params(version, code)
        .query((rs, n) -> new Entry(rs.getInt(1), rs.getString(2), rs.getString(3)))
        .optional()
        .orElseThrow(() -> new NotFoundException("kbli", code));
  }

  /**
   * Replaces the list of a version with the file's entries (header {@code kode;judul} or {@code
   * code;title}). The file is checked whole first: one bad row refuses it and the old list stays.
   */
  public ListStatus load(Actor by, int version, String fileName, InputStream content) {
    requireDeploymentAdmin(by);
    checkVersion(version);
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
    ListStatus before = status(version);
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
    codes.invalidate(version);
    return after;
  }

  /**
   * Loads the list a new deployment starts with, unless a list of that version is already recorded;
   * answers whether it loaded. Nodes starting together load it once: the first to record the load
   * wins, the others find the record and leave.
   */
  boolean loadStarter(int version, String fileName, List<Entry> entries) {
    checkVersion(version);
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
                          STARTER,
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
    codes.invalidate(version);
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

  /** Drops the cached codes of a version, after the table was changed other than by a load. */
  void forget(int version) {
    codes.invalidate(version);
  }

  private ListStatus status(int version) {
    return lists().stream().filter(s -> s.version() == version).findFirst().orElseThrow();
  }

  private static Map<String, Object> summary(ListStatus s) {
    return Map.of("entries", s.entries(), "fileName", s.fileName());
  }

  private void requireDeploymentAdmin(Actor by) {
    if (by.role() != Role.ADMIN || !by.covers(regions.deploymentRoot())) {
      throw new ForbiddenException("problem.forbidden");
    }
  }

  private static void checkVersion(int version) {
    if (!VERSIONS.contains(version)) {
      throw new InvalidInputException("version", "registry.kbli.version");
    }
  }

  private static String safeName(String fileName) {
    String name = fileName == null ? "kbli" : Path.of(fileName).getFileName().toString();
    name = name.replaceAll("[^\\p{L}\\p{N}._ -]", "_");
    return name.length() > 200 ? name.substring(0, 200) : name;
  }

  private static Set<String> divisions2020() {
    int[][] ranges = {
      {1, 3}, {5, 9}, {10, 33}, {35, 35}, {36, 39}, {41, 43}, {45, 47}, {49, 53}, {55, 56},
      {58, 63}, {64, 66}, {68, 68}, {69, 75}, {77, 82}, {84, 84}, {85, 85}, {86, 88}, {90, 93},
      {94, 96}, {97, 98}, {99, 99}
    };
    Set<String> divisions = new HashSet<>();
    for (int[] range : ranges) {
      for (int d = range[0]; d <= range[1]; d++) {
        divisions.add(String.format(Locale.ROOT, "%02d", d));
      }
    }
    return Set.copyOf(divisions);
  }
}
