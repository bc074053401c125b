package id.naikkelas.registry.importing;

import id.naikkelas.platform.PersonalDataCipher;
import id.naikkelas.platform.PhoneNumbers;
import id.naikkelas.platform.RegionScope;
import id.naikkelas.registry.CheckedDraft;
import id.naikkelas.registry.SizeClassification;
import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.postgresql.PGConnection;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.stereotype.Component;

/**
 * Writes one batch of checked rows in the caller's transaction: {@code COPY} into a staging table,
 * owners inserted unless their NIK is known, businesses inserted unless the same owner has the same
 * name or the NIB exists ({@code ON CONFLICT DO NOTHING}). Rows that were not inserted are
 * duplicates, or errors when their NIB belongs to another owner. An owner already stored is never
 * changed; a row linked to an owner who lives outside the uploader's scope is reported with a
 * warning (that owner's data follows the owner's address, not the business).
 */
@Component
public class ImportBatchWriter {

  /**
   * What became of a batch: how many were stored, the row numbers of the rest, and of the stored
   * rows linked to an owner of another scope.
   */
  record Outcome(
      int imported,
      List<Integer> duplicateRows,
      List<Integer> nibTakenRows,
      List<Integer> keptOwnerRows) {

    /** The batch's findings for the report, by row and column. */
    List<ImportProblem> problems() {
      List<ImportProblem> all = new ArrayList<>();
      for (int row : nibTakenRows) {
        all.add(ImportProblem.of(row, ImportColumn.NIB.header(), "registry.nib.takenInImport"));
      }
      for (int row : duplicateRows) {
        all.add(ImportProblem.of(row, ImportColumn.BUSINESS_NAME.header(), "import.duplicate"));
      }
      for (int row : keptOwnerRows) {
        all.add(ImportProblem.of(row, ImportColumn.NIK.header(), "import.owner.kept"));
      }
      return all;
    }
  }

  /** A checked row with its spreadsheet row number. */
  record StagedRow(int row, CheckedDraft draft) {}

  private static final String STAGE =
      """
      create temp table import_stage (
          row_no integer, source_ref varchar(60), nik_hash varchar(64), nik_cipher text, nik_masked varchar(16),
          owner_name varchar(120), sex varchar(6), birth_date date, phone_cipher text,
          phone_hash varchar(64), phone_masked varchar(20), email varchar(120),
          owner_address varchar(300), owner_village varchar(13), name varchar(160),
          name_key varchar(160), nib varchar(13), kbli_codes varchar(5)[], size_class varchar(6),
          size_criterion varchar(12), capital numeric(18, 2), annual_sales numeric(18, 2),
          employees integer, year_founded smallint, village_code varchar(13),
          address varchar(300), sells_online boolean, ikm boolean, exporter boolean
      ) on commit drop""";

  private final DataSource dataSource;
  private final JdbcClient jdbc;
  private final PersonalDataCipher cipher;

  ImportBatchWriter(DataSource dataSource, JdbcClient jdbc, PersonalDataCipher cipher) {
    this.dataSource = dataSource;
    this.jdbc = jdbc;
    this.cipher = cipher;
  }

  /** Writes the rows of an upload of {@code scope}. */
  Outcome write(UUID job, String scope, List<StagedRow> rows) {
    if (rows.isEmpty()) {
      return new Outcome(0, List.of(), List.of(), List.of());
    }
    jdbc.sql(STAGE).update();
    copy(job, rows);
    jdbc.sql(
            """
            insert into owner (nik_cipher, nik_hash, nik_masked, name, sex, birth_date, phone_cipher,
                               phone_hash, phone_masked, email, address, village_code, created_at, updated_at)
            select distinct on (nik_hash) nik_cipher, nik_hash, nik_masked, owner_name, sex, birth_date,
                   phone_cipher, phone_hash, phone_masked, email, owner_address, owner_village, now(), now()
            from import_stage order by nik_hash, row_no
            on conflict (nik_hash) do nothing""")
        .update();
    int imported =
        jdbc.sql(
                """
                insert into business (owner_id, name, name_key, nib, kbli_version, kbli_codes, size_class,
                                      size_criterion, capital, annual_sales, employees, year_founded,
                                      village_code, address, sells_online, ikm, exporter, status,
                                      source, source_ref, created_at, updated_at)
                select o.id, s.name, s.name_key, s.nib, 2020, s.kbli_codes, s.size_class, s.size_criterion,
                       s.capital, s.annual_sales, s.employees, s.year_founded, s.village_code, s.address,
                       s.sells_online, s.ikm, s.exporter, 'DRAFT', 'IMPORT', s.source_ref, now(), now()
                from import_stage s join owner o on o.nik_hash = s.nik_hash
                order by s.row_no
                on conflict do nothing""")
            .update();
    List<Integer> duplicates = new ArrayList<>();
    List<Integer> nibTaken = new ArrayList<>();
    Map<String, Integer> rowByRef = new HashMap<>();
    rows.forEach(r -> rowByRef.put(ref(job, r.row()), r.row()));
    jdbc.sql(
            """
            select s.source_ref,
                   s.nib is not null and exists (
                       select 1 from business b where b.nib = s.nib and b.owner_id <> o.id) as nib_taken
            from import_stage s join owner o on o.nik_hash = s.nik_hash
            where not exists (select 1 from business b2 where b2.source_ref = s.source_ref)""")
        .query(
            (rs, i) -> {
              int row = rowByRef.get(rs.getString(1));
              (rs.getBoolean(2) ? nibTaken : duplicates).add(row);
              return row;
            })
        .list();
    List<Integer> kept =
        jdbc.sql(
                """
                select s.source_ref from import_stage s join owner o on o.nik_hash = s.nik_hash
                where not OWNER_IN_SCOPE
                  and exists (select 1 from business b where b.source_ref = s.source_ref)
                order by s.row_no"""
                    .replace("OWNER_IN_SCOPE", RegionScope.sql("o.village_code")))
            .params(scope, scope)
            .query((rs, i) -> rowByRef.get(rs.getString(1)))
            .list();
    return new Outcome(imported, duplicates, nibTaken, kept);
  }

  private void copy(UUID job, List<StagedRow> rows) {
    StringWriter csv = new StringWriter(rows.size() * 400);
    try (CSVPrinter out = new CSVPrinter(csv, CSVFormat.POSTGRESQL_CSV)) {
      for (StagedRow staged : rows) {
        CheckedDraft d = staged.draft();
        SizeClassification size = SizeClassification.of(d.annualSales(), d.capital());
        String phone = d.phoneE164();
        out.printRecord(
            staged.row(),
            ref(job, staged.row()),
            cipher.hash(d.nik().value()),
            cipher.encrypt(d.nik().value()),
            d.nik().masked(),
            d.ownerName(),
            d.nik().sex().name(),
            d.nik().birthDate(),
            phone == null ? null : cipher.encrypt(phone),
            phone == null ? null : cipher.hash(phone),
            phone == null ? null : PhoneNumbers.mask(phone),
            d.email(),
            d.ownerAddress(),
            d.ownerVillageCode(),
            d.businessName(),
            d.nameKey(),
            d.nib(),
            "{" + String.join(",", d.kbliCodes()) + "}",
            size == null ? null : size.sizeClass().name(),
            size == null ? null : size.criterion().name(),
            d.capital(),
            d.annualSales(),
            d.employees(),
            d.yearFounded(),
            d.villageCode(),
            d.address(),
            d.sellsOnline(),
            d.ikm(),
            d.exporter());
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    Connection connection = DataSourceUtils.getConnection(dataSource);
    try {
      connection
          .unwrap(PGConnection.class)
          .getCopyAPI()
          .copyIn("COPY import_stage FROM STDIN (FORMAT csv)", new StringReader(csv.toString()));
    } catch (SQLException e) {
      throw new IllegalStateException("COPY into the import staging table failed", e);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } finally {
      DataSourceUtils.releaseConnection(connection, dataSource);
    }
  }

  /** The LIKE pattern of every business one import stored. */
  public static String refs(UUID job) {
    return "import:" + job + ":%";
  }

  static String ref(UUID job, int row) {
    return "import:" + job + ":" + row;
  }
}
