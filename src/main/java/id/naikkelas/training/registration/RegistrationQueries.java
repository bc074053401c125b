package id.naikkelas.training.registration;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Reading registrations: lists for officers, a ticket for its holder. */
final class RegistrationQueries {

  private RegistrationQueries() {}

  private static final String ROW =
      """
      select r.id, r.event_id, r.arrival, r.status, r.rank, r.score, r.adjustment,
        r.adjustment_reason, r.nik_masked, r.name, r.phone_masked, r.village_code, r.business_id,
        r.size_class, r.new_entrepreneur, r.created_at,
        (select count(*) from training_attendance a where a.registration_id = r.id) as attended,
        (select c.code from training_certificate c where c.registration_id = r.id
           and c.revoked_at is null) as certificate
      from training_registration r""";

  static Page<RegistrationRow> page(
      JdbcClient jdbc, long eventId, RegistrationStatus status, Pageable pageable) {
    String where = " where r.event_id = ?" + (status == null ? "" : " and r.status = ?");
    List<Object> params = new ArrayList<>(List.of(eventId));
    if (status != null) {
      params.add(status.name());
    }
    long total =
        jdbc.sql("select count(*) from training_registration r" + where)
            .params(params)
            .query(Long.class)
            .single();
    params.add(pageable.getPageSize());
    params.add(pageable.getOffset());
    List<RegistrationRow> rows =
        jdbc.sql(ROW + where + " order by r.rank nulls last, r.arrival limit ? offset ?")
            .params(params)
            .query(RegistrationQueries::row)
            .list();
    return new PageImpl<>(rows, pageable, total);
  }

  static List<RegistrationRow> all(JdbcClient jdbc, long eventId) {
    return jdbc.sql(ROW + " where r.event_id = ? order by r.rank nulls last, r.arrival")
        .param(eventId)
        .query(RegistrationQueries::row)
        .list();
  }

  static Optional<RegistrationRow> one(JdbcClient jdbc, long registrationId) {
    return jdbc.sql(ROW + " where r.id = ?")
        .param(registrationId)
        .query(RegistrationQueries::row)
        .optional();
  }

  static Optional<Ticket> ticket(JdbcClient jdbc, String ticket) {
    if (ticket == null || !ticket.matches("[A-Z2-9]{10}")) {
      return Optional.empty();
    }
    return jdbc.sql(
            """
            select r.id, r.event_id, e.title, r.name, r.status, r.rank, r.ticket,
              (select count(*) from training_attendance a where a.registration_id = r.id) as attended,
              c.code, c.revoked_at is not null as revoked
            from training_registration r join training_event e on e.id = r.event_id
            left join training_certificate c on c.registration_id = r.id
            where r.ticket = ?""")
        .param(ticket)
        .query(
            (rs, n) ->
                new Ticket(
                    rs.getLong(1),
                    rs.getLong(2),
                    rs.getString(3),
                    rs.getString(4),
                    RegistrationStatus.valueOf(rs.getString(5)),
                    (Integer) rs.getObject(6),
                    rs.getString(7),
                    rs.getInt(8),
                    rs.getString(9),
                    rs.getBoolean(10)))
        .optional();
  }

  static RegistrationRow row(ResultSet rs, int n) throws SQLException {
    return new RegistrationRow(
        rs.getLong("id"),
        rs.getLong("event_id"),
        rs.getInt("arrival"),
        RegistrationStatus.valueOf(rs.getString("status")),
        (Integer) rs.getObject("rank"),
        rs.getBigDecimal("score"),
        rs.getBigDecimal("adjustment"),
        rs.getString("adjustment_reason"),
        rs.getString("nik_masked"),
        rs.getString("name"),
        rs.getString("phone_masked"),
        rs.getString("village_code"),
        (Long) rs.getObject("business_id"),
        rs.getString("size_class"),
        rs.getBoolean("new_entrepreneur"),
        rs.getInt("attended"),
        rs.getString("certificate"),
        rs.getTimestamp("created_at").toInstant());
  }
}
