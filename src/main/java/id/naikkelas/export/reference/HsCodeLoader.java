package id.naikkelas.export.reference;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Loads the HS 2022 list shipped in {@code export/hs2022} (provenance in its README) at start, when
 * the table holds none of it or the files changed since the last load (by SHA-256). A load inserts
 * or updates the shipped codes and keeps what admins added: Indonesian descriptions and 8-digit
 * lines. The CSV's {@code TOTAL} line (all commodities) is not a code and is left out.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 1)
class HsCodeLoader implements ApplicationRunner {

  static final String CODES = "export/hs2022/harmonized-system.csv";
  static final String SECTIONS = "export/hs2022/sections.csv";
  private static final Logger log = LoggerFactory.getLogger(HsCodeLoader.class);

  /** One row of the shipped list. */
  record Row(String code, int level, String parent, String description, String section) {}

  private final JdbcClient jdbc;
  private final JdbcTemplate batch;
  private final TransactionTemplate tx;
  private final Clock clock;

  HsCodeLoader(JdbcClient jdbc, JdbcTemplate batch, TransactionTemplate tx, Clock clock) {
    this.jdbc = jdbc;
    this.batch = batch;
    this.tx = tx;
    this.clock = clock;
  }

  @Override
  public void run(ApplicationArguments args) {
    loadIfChanged();
  }

  /** Loads the shipped list unless that very list is loaded; answers whether it loaded. */
  boolean loadIfChanged() {
    String codes = text(CODES);
    String sections = text(SECTIONS);
    String checksum = sha256(codes + "\n" + sections);
    String loaded =
        jdbc.sql("select checksum from hs_code_load where id = 1")
            .query(String.class)
            .optional()
            .orElse(null);
    long stored =
        jdbc.sql("select count(*) from hs_code where level < 8").query(Long.class).single();
    if (checksum.equals(loaded) && stored > 0) {
      return false;
    }
    List<Row> rows = rows(codes);
    List<String[]> sectionRows = sections(sections);
    tx.executeWithoutResult(
        status -> {
          batch.batchUpdate(
              "insert into hs_section (section, name) values (?, ?)"
                  + " on conflict (section) do update set name = excluded.name",
              sectionRows.stream().map(s -> new Object[] {s[0], s[1]}).toList());
          batch.batchUpdate(
              "insert into hs_code (code, level, parent, description_en, section)"
                  + " values (?, ?, ?, ?, ?) on conflict (code) do update set"
                  + " level = excluded.level, parent = excluded.parent,"
                  + " description_en = excluded.description_en, section = excluded.section",
              rows.stream()
                  .map(
                      r ->
                          new Object[] {
                            r.code(), r.level(), r.parent(), r.description(), r.section()
                          })
                  .toList());
          jdbc.sql(
                  "insert into hs_code_load (id, checksum, entries, loaded_at) values (1, ?, ?, ?)"
                      + " on conflict (id) do update set checksum = excluded.checksum,"
                      + " entries = excluded.entries, loaded_at = excluded.loaded_at")
              .params(checksum, rows.size(), Timestamp.from(clock.instant()))
              .update();
        });
    log.info("HS 2022: loaded {} codes shipped with the application", rows.size());
    return true;
  }

  /** The shipped codes, parents before children. */
  static List<Row> rows(String csv) {
    List<Row> rows = new ArrayList<>();
    for (CSVRecord r : parse(csv)) {
      String code = r.get("hscode").strip();
      if (!code.matches("[0-9]{2}|[0-9]{4}|[0-9]{6}")) {
        continue; // the TOTAL line
      }
      String parent = r.get("parent").strip();
      rows.add(
          new Row(
              code,
              code.length(),
              code.length() == 2 ? null : parent,
              r.get("description").strip(),
              r.get("section").strip()));
    }
    rows.sort(Comparator.comparingInt(Row::level).thenComparing(Row::code));
    return rows;
  }

  static List<String[]> sections(String csv) {
    return parse(csv).stream()
        .map(r -> new String[] {r.get("section").strip(), r.get("name").strip()})
        .toList();
  }

  static String text(String resource) {
    try (InputStream in = new ClassPathResource(resource).getInputStream()) {
      String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      return text.startsWith("\uFEFF") ? text.substring(1) : text; // sections.csv has a BOM
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read the shipped HS list " + resource, e);
    }
  }

  private static List<CSVRecord> parse(String csv) {
    CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get();
    try (CSVParser parser = CSVParser.parse(new StringReader(csv), format)) {
      return parser.getRecords();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String sha256(String text) {
    try {
      return HexFormat.of()
          .formatHex(
              MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
