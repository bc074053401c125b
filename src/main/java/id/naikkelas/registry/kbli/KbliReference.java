package id.naikkelas.registry.kbli;

import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.LoadingCache;
import id.naikkelas.access.Actor;
import id.naikkelas.platform.InvalidInputException;
import id.naikkelas.platform.NotFoundException;
import io.swagger.v3.oas.annotations.media.Schema;
import java.io.InputStream;
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
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

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
  private final KbliListWriter writer;
  private final LoadingCache<Integer, Set<String>> codes;

  KbliReference(JdbcClient jdbc, KbliListWriter writer) {
    this.jdbc = jdbc;
    this.writer = writer;
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
  public Optional<String> problem(int version, String code) {
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
    writer.requireDeploymentAdmin(by);
    checkVersion(version);
    ListStatus after = writer.replace(by, version, fileName, content, status(version));
    codes.invalidate(version);
    return after;
  }

  /**
   * Loads the list a new deployment starts with, unless a list of that version is already recorded;
   * answers whether it loaded.
   */
  boolean loadStarter(int version, String fileName, List<Entry> entries) {
    checkVersion(version);
    boolean loaded = writer.loadStarter(version, fileName, entries);
    codes.invalidate(version);
    return loaded;
  }

  /** Drops the cached codes of a version, after the table was changed other than by a load. */
  void forget(int version) {
    codes.invalidate(version);
  }

  private ListStatus status(int version) {
    return lists().stream().filter(s -> s.version() == version).findFirst().orElseThrow();
  }

  static void checkVersion(int version) {
    if (!VERSIONS.contains(version)) {
      throw new InvalidInputException("version", "registry.kbli.version");
    }
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
