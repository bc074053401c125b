package id.naikkelas.export.importing;

import id.naikkelas.access.Actor;
import id.naikkelas.audit.AuditAction;
import id.naikkelas.audit.AuditTrail;
import id.naikkelas.export.shipment.ExportShipments;
import id.naikkelas.platform.InvalidInputException;
import id.naikkelas.platform.sheets.ImportFiles;
import id.naikkelas.platform.sheets.ImportJobState;
import id.naikkelas.platform.sheets.SheetFormat;
import id.naikkelas.registry.OwnerLookup;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Runs one shipment import: reads the whole file once first (its header and every row), so a broken
 * file fails before anything is recorded; then records its rows one by one through the ledger, each
 * in its own transaction, so valid rows are stored even when others are refused. A dry run records
 * each row in a transaction it rolls back.
 */
@Component
class ShipmentImportRunner {

  private static final Logger log = LoggerFactory.getLogger(ShipmentImportRunner.class);

  private final ShipmentImportStore jobs;
  private final ExportShipments shipments;
  private final CountryNames countries;
  private final OwnerLookup owners;
  private final TransactionTemplate transactions;
  private final AuditTrail audit;
  private final Clock clock;

  ShipmentImportRunner(
      ShipmentImportStore jobs,
      ExportShipments shipments,
      CountryNames countries,
      OwnerLookup owners,
      TransactionTemplate transactions,
      AuditTrail audit,
      Clock clock) {
    this.jobs = jobs;
    this.shipments = shipments;
    this.countries = countries;
    this.owners = owners;
    this.transactions = transactions;
    this.audit = audit;
    this.clock = clock;
  }

  void run(UUID id, Actor by, Path file, SheetFormat format, boolean dryRun, int maxRows) {
    try {
      jobs.total(id, ImportFiles.count(file, format, maxRows, this::reader));
      ShipmentImportRows rows =
          new ShipmentImportRows(id, by, dryRun, jobs, shipments, transactions, h -> reader(h));
      format.read(file, maxRows, rows);
      rows.flush();
      jobs.finish(id, ImportJobState.DONE, null, null, clock.instant());
      if (!dryRun) {
        transactions.executeWithoutResult(
            tx ->
                audit.record(
                    AuditAction.CREATE,
                    "export-shipment-import",
                    id,
                    by.scope(),
                    null,
                    Map.of(
                        "file", file.getFileName().toString(),
                        "stored", rows.stored(),
                        "refused", rows.refused())));
      }
    } catch (InvalidInputException e) {
      var problem = e.problems().get(0);
      jobs.finish(
          id,
          ImportJobState.FAILED,
          problem.messageKey(),
          ImportFiles.joinArgs(problem.args()),
          clock.instant());
    } catch (RuntimeException e) {
      log.error("Shipment import {} failed", id, e);
      jobs.finish(id, ImportJobState.FAILED, "import.failed", null, clock.instant());
    } finally {
      ImportFiles.deleteQuietly(file);
    }
  }

  private ShipmentRowReader reader(List<String> header) {
    return ShipmentRowReader.of(header, countries, owners);
  }
}
