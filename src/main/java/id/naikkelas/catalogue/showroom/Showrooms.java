package id.naikkelas.catalogue.showroom;

import id.naikkelas.access.Actor;
import id.naikkelas.audit.AuditAction;
import id.naikkelas.audit.AuditTrail;
import id.naikkelas.catalogue.ProductView;
import id.naikkelas.catalogue.Products;
import id.naikkelas.platform.FieldProblem;
import id.naikkelas.platform.InvalidInputException;
import java.math.BigDecimal;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.NamedInterface;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Showrooms and consignment (Kantor Bupati, WBL, Anjungan Jawa Timur TMII): products placed with
 * the stock handed over, sales and returns recorded, payments to the business, and what is owed.
 */
@NamedInterface("showroom")
@Service
public class Showrooms {

  /** One consignment with its counts and money. */
  public record ConsignmentLine(
      long id,
      long productId,
      String productName,
      String businessName,
      int placed,
      int sold,
      int returned,
      int inStock,
      BigDecimal soldValue,
      BigDecimal paid,
      BigDecimal owed) {}

  private final JdbcClient jdbc;
  private final Products products;
  private final AuditTrail audit;
  private final Clock clock;
  private final ShowroomLedger ledger;

  Showrooms(
      JdbcClient jdbc, Products products, AuditTrail audit, Clock clock, ShowroomLedger ledger) {
    this.jdbc = jdbc;
    this.products = products;
    this.audit = audit;
    this.clock = clock;
    this.ledger = ledger;
  }

  @Transactional
  public long create(Actor by, String name, String place) {
    String scope = by.officerScope();
    List<FieldProblem> p = new ArrayList<>();
    if (name == null || name.isBlank() || name.length() > 160) {
      p.add(new FieldProblem("name", "field.required"));
    }
    if (place == null || place.isBlank() || place.length() > 300) {
      p.add(new FieldProblem("place", "field.required"));
    }
    if (!p.isEmpty()) {
      throw new InvalidInputException(p);
    }
    long id =
        jdbc.sql(
                "insert into showroom (name, place, region_scope, created_at) values (?, ?, ?, ?) returning id")
            .params(name.strip(), place.strip(), scope, Timestamp.from(clock.instant()))
            .query(Long.class)
            .single();
    audit.record(AuditAction.CREATE, "showroom", id, scope, null, Map.of("name", name.strip()));
    return id;
  }

  /** Stock of a product handed over to a showroom. */
  @Transactional
  public long place(
      Actor by,
      long showroomId,
      long productId,
      Integer quantity,
      BigDecimal unitPrice,
      LocalDate on) {
    showroom(by, showroomId);
    ProductView product = products.manageableView(by, productId);
    List<FieldProblem> p = new ArrayList<>();
    if (quantity == null || quantity < 1 || quantity > 1_000_000) {
      p.add(new FieldProblem("quantity", "showroom.quantity"));
    }
    BigDecimal price = unitPrice == null ? product.price() : unitPrice;
    if (price.signum() < 0) {
      p.add(new FieldProblem("unitPrice", "catalogue.price.invalid", price.toPlainString()));
    }
    if (!p.isEmpty()) {
      throw new InvalidInputException(p);
    }
    String village =
        jdbc.sql("select village_code from product where id = ?")
            .param(productId)
            .query(String.class)
            .single();
    long id =
        jdbc.sql(
                """
                insert into consignment (showroom_id, product_id, business_id, village_code, quantity,
                  unit_price, placed_on, created_by) values (?, ?, ?, ?, ?, ?, ?, ?) returning id""")
            .params(
                showroomId,
                productId,
                product.businessId(),
                village,
                quantity,
                price,
                Date.valueOf(on == null ? today() : on),
                by.username())
            .query(Long.class)
            .single();
    audit.record(
        AuditAction.CREATE,
        "consignment",
        id,
        village,
        null,
        Map.of("quantity", quantity, "unitPrice", price));
    return id;
  }

  /** SOLD (quantity, amount defaults to quantity × price), RETURNED (quantity) or PAID (amount). */
  @Transactional
  public void record(
      Actor by,
      long consignmentId,
      String kind,
      Integer quantity,
      BigDecimal amount,
      LocalDate on) {
    ConsignmentLine line = line(by, consignmentId);
    String k = kind == null ? "" : kind.strip().toUpperCase(Locale.ROOT);
    int q = quantity == null ? 0 : quantity;
    BigDecimal a = amount;
    switch (k) {
      case "SOLD", "RETURNED" -> {
        if (q < 1 || q > line.inStock()) {
          throw new InvalidInputException("quantity", "showroom.stock", line.inStock());
        }
        if (k.equals("SOLD") && a == null) {
          BigDecimal price =
              jdbc.sql("select unit_price from consignment where id = ?")
                  .param(consignmentId)
                  .query(BigDecimal.class)
                  .single();
          a = price.multiply(BigDecimal.valueOf(q));
        }
        if (k.equals("RETURNED")) {
          a = BigDecimal.ZERO;
        }
      }
      case "PAID" -> {
        if (a == null || a.signum() <= 0 || a.compareTo(line.owed()) > 0) {
          throw new InvalidInputException(
              "amount", "showroom.payment", line.owed().toPlainString());
        }
        q = 0;
      }
      default -> throw new InvalidInputException("kind", "field.choice", String.valueOf(kind));
    }
    if (a.signum() < 0) {
      throw new InvalidInputException("amount", "catalogue.price.invalid", a.toPlainString());
    }
    jdbc.sql(
            """
            insert into consignment_movement (consignment_id, kind, quantity, amount, on_date,
              recorded_by, recorded_at) values (?, ?, ?, ?, ?, ?, ?)""")
        .params(
            consignmentId,
            k,
            q,
            a,
            Date.valueOf(on == null ? today() : on),
            by.username(),
            Timestamp.from(clock.instant()))
        .update();
    audit.record(
        AuditAction.CREATE,
        "consignment-movement",
        consignmentId,
        jdbc.sql("select village_code from consignment where id = ?")
            .param(consignmentId)
            .query(String.class)
            .single(),
        null,
        Map.of("kind", k, "quantity", q, "amount", a));
  }

  public List<Map<String, Object>> list(Actor by) {
    return ledger.list(by);
  }

  /** The consignments of a showroom the caller sees; see {@link ShowroomLedger#lines}. */
  public List<ConsignmentLine> lines(Actor by, long showroomId) {
    return ledger.lines(by, showroomId);
  }

  private ConsignmentLine line(Actor by, long consignmentId) {
    return ledger.line(by, consignmentId);
  }

  private void showroom(Actor by, long showroomId) {
    ledger.showroom(by, showroomId);
  }

  private LocalDate today() {
    return LocalDate.now(clock.withZone(ZoneId.of("Asia/Jakarta")));
  }
}
