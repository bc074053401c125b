package id.naikkelas.catalogue.showroom;

import id.naikkelas.access.Actor;
import id.naikkelas.catalogue.showroom.Showrooms.ConsignmentLine;
import id.naikkelas.platform.NotFoundException;
import id.naikkelas.platform.RegionScope;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * The showroom ledger: which showrooms and consignment lines a caller sees, with the counts and
 * money of each line. Reached through {@link Showrooms}.
 */
@Service
class ShowroomLedger {

  private final JdbcClient jdbc;

  ShowroomLedger(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  List<Map<String, Object>> list(Actor by) {
    String scope = by.officerScope();
    return jdbc.sql(
            "select id, name, place from showroom where region_scope = ? or region_scope like ?"
                + " or ? like region_scope || '.%' order by name")
        .params(scope, scope + ".%", scope)
        .query()
        .listOfRows();
  }

  /**
   * The consignments of a showroom the caller sees, with what is owed to each business. The
   * showroom itself is seen by officers of its region, of a region inside it, or covering it (a
   * district officer places stock in the regency's gallery); a consignment line — placed, sold,
   * sold value, paid, owed — only when the caller's scope covers the business's village, filtered
   * here in SQL. The showroom's figures are therefore always the caller's share.
   */
  List<ConsignmentLine> lines(Actor by, long showroomId) {
    showroom(by, showroomId);
    String scope = by.officerScope();
    return jdbc.sql(LINES + " where c.showroom_id = ?" + IN_SCOPE + " order by c.id")
        .params(showroomId, scope, scope + ".%")
        .query(ShowroomLedger::line)
        .list();
  }

  /** One consignment of a business in the caller's scope; 404 otherwise. */
  ConsignmentLine line(Actor by, long consignmentId) {
    String scope = by.officerScope();
    return jdbc.sql(LINES + " where c.id = ?" + IN_SCOPE)
        .params(consignmentId, scope, scope + ".%")
        .query(ShowroomLedger::line)
        .optional()
        .orElseThrow(() -> new NotFoundException("consignment", consignmentId));
  }

  void showroom(Actor by, long showroomId) {
    String scope = by.officerScope();
    String region =
        jdbc.sql("select region_scope from showroom where id = ?")
            .param(showroomId)
            .query(String.class)
            .optional()
            .orElseThrow(() -> new NotFoundException("showroom", showroomId));
    if (!RegionScope.covers(scope, region) && !RegionScope.covers(region, scope)) {
      throw new NotFoundException("showroom", showroomId);
    }
  }

  private static final String IN_SCOPE = " and (c.village_code = ? or c.village_code like ?)";

  private static final String LINES =
      """
      select c.id, c.product_id, p.name, p.business_name, c.quantity,
        coalesce((select sum(m.quantity) from consignment_movement m where m.consignment_id = c.id and m.kind = 'SOLD'), 0) as sold,
        coalesce((select sum(m.quantity) from consignment_movement m where m.consignment_id = c.id and m.kind = 'RETURNED'), 0) as returned,
        coalesce((select sum(m.amount) from consignment_movement m where m.consignment_id = c.id and m.kind = 'SOLD'), 0) as sold_value,
        coalesce((select sum(m.amount) from consignment_movement m where m.consignment_id = c.id and m.kind = 'PAID'), 0) as paid
      from consignment c join product p on p.id = c.product_id""";

  private static ConsignmentLine line(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
    int placed = rs.getInt(5);
    int sold = rs.getInt("sold");
    int returned = rs.getInt("returned");
    BigDecimal value = rs.getBigDecimal("sold_value");
    BigDecimal paid = rs.getBigDecimal("paid");
    return new ConsignmentLine(
        rs.getLong(1),
        rs.getLong(2),
        rs.getString(3),
        rs.getString(4),
        placed,
        sold,
        returned,
        placed - sold - returned,
        value,
        paid,
        value.subtract(paid));
  }
}
