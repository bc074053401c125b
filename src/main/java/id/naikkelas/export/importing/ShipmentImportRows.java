package id.naikkelas.export.importing;

import id.naikkelas.access.Actor;
import id.naikkelas.export.shipment.ExportShipments;
import id.naikkelas.export.shipment.ShipmentForm;
import id.naikkelas.export.shipment.ShipmentSource;
import id.naikkelas.platform.ConflictException;
import id.naikkelas.platform.FieldProblem;
import id.naikkelas.platform.InvalidInputException;
import id.naikkelas.platform.NotFoundException;
import id.naikkelas.platform.sheets.ImportFiles;
import id.naikkelas.platform.sheets.SheetCell;
import id.naikkelas.platform.sheets.SheetRowHandler;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import org.springframework.dao.DataAccessException;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Records the rows of one import through the ledger and reports what became of them every few rows
 * (counters and problems), so the job page shows its progress.
 */
final class ShipmentImportRows implements SheetRowHandler {

  static final int CHUNK = 25;

  private final UUID id;
  private final Actor by;
  private final boolean dryRun;
  private final ShipmentImportStore jobs;
  private final ExportShipments shipments;
  private final TransactionTemplate transactions;
  private final Function<List<String>, ShipmentRowReader> readers;
  private final Map<List<Object>, Integer> checkedRows = new HashMap<>();
  private final List<ShipmentImportProblem> problems = new ArrayList<>();
  private ShipmentRowReader reader;
  private int processed;
  private int storedInChunk;
  private int refusedInChunk;
  private int stored;
  private int refused;

  ShipmentImportRows(
      UUID id,
      Actor by,
      boolean dryRun,
      ShipmentImportStore jobs,
      ExportShipments shipments,
      TransactionTemplate transactions,
      Function<List<String>, ShipmentRowReader> readers) {
    this.id = id;
    this.by = by;
    this.dryRun = dryRun;
    this.jobs = jobs;
    this.shipments = shipments;
    this.transactions = transactions;
    this.readers = readers;
  }

  @Override
  public void header(List<String> headers) {
    reader = readers.apply(headers);
  }

  @Override
  public void row(int rowNumber, List<SheetCell> cells) {
    if (ImportFiles.blank(cells)) {
      return;
    }
    List<ShipmentImportProblem> found = record(reader.read(rowNumber, cells));
    processed++;
    if (found.isEmpty()) {
      storedInChunk++;
    } else {
      refusedInChunk++;
      problems.addAll(found);
    }
    if (processed >= CHUNK) {
      flush();
    }
  }

  void flush() {
    jobs.progress(id, processed, storedInChunk, refusedInChunk, problems);
    stored += storedInChunk;
    refused += refusedInChunk;
    problems.clear();
    processed = 0;
    storedInChunk = 0;
    refusedInChunk = 0;
  }

  int stored() {
    return stored;
  }

  int refused() {
    return refused;
  }

  /** Records the row (or tries it and rolls it back) and answers its problems; none: stored. */
  private List<ShipmentImportProblem> record(ShipmentRowReader.Read row) {
    List<ShipmentImportProblem> found = new ArrayList<>(row.problems());
    boolean tryOnly = dryRun || !found.isEmpty();
    try {
      if (tryOnly) {
        transactions.executeWithoutResult(
            tx -> {
              tx.setRollbackOnly();
              shipments.record(by, row.form(), ShipmentSource.IMPORT);
            });
      } else {
        shipments.record(by, row.form(), ShipmentSource.IMPORT);
      }
      if (dryRun && found.isEmpty()) {
        Integer earlier = checkedRows.putIfAbsent(key(row.form()), row.row());
        if (earlier != null) {
          found.add(problem(row, "value", "export.import.duplicateRow", earlier));
        }
      }
    } catch (ConflictException e) {
      FieldProblem p = e.problems().get(0);
      Object other = p.args().length > 0 ? p.args()[0] : "";
      found.add(problem(row, p.field(), "export.import.duplicate", other));
    } catch (InvalidInputException e) {
      for (FieldProblem p : e.problems()) {
        String column =
            "businessId".equals(p.field()) ? row.businessColumn() : reader.headerOfField(p.field());
        if (found.stream().noneMatch(f -> f.column().equals(column))) {
          found.add(ShipmentImportProblem.of(row.row(), column, p.messageKey(), p.args()));
        }
      }
    } catch (NotFoundException e) {
      found.add(
          ShipmentImportProblem.of(
              row.row(), row.businessColumn(), "export.import.business.notFound", row.business()));
    } catch (DataAccessException e) {
      found.add(problem(row, "value", "export.import.row.unstorable"));
    }
    return found;
  }

  private ShipmentImportProblem problem(
      ShipmentRowReader.Read row, String field, String key, Object... args) {
    return ShipmentImportProblem.of(row.row(), reader.headerOfField(field), key, args);
  }

  /** What makes two rows the same shipment, as the ledger's duplicate refusal sees it. */
  private static List<Object> key(ShipmentForm f) {
    List<Object> key = new ArrayList<>();
    key.add(f.businessId());
    key.add(f.hsCode() == null ? null : f.hsCode().replaceAll("[.\\s]", ""));
    key.add(
        f.destinationCountry() == null ? null : f.destinationCountry().toUpperCase(Locale.ROOT));
    key.add(f.value() == null ? null : f.value().stripTrailingZeros());
    key.add(f.currency() == null ? null : f.currency().strip().toUpperCase(Locale.ROOT));
    key.add(f.shippedOn() != null ? f.shippedOn().getYear() : f.year());
    key.add(f.shippedOn() != null ? f.shippedOn().getMonthValue() : f.month());
    key.add(f.shippedOn());
    return key;
  }
}
