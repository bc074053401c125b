package id.naikkelas.training.registration;

import id.naikkelas.platform.PersonalDataCipher;
import id.naikkelas.platform.PhoneNumbers;
import id.naikkelas.registry.OwnerLookup;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * The one statement that decides a place (decision 0010): it counts the arrival on the event row,
 * takes a seat while the quota lasts, and inserts the registration with the place it got — held
 * pending the confirmation from the phone, or at once for callers that vouch for the phone. The
 * contended event row is locked only for the length of that statement, never across a round trip to
 * the application. A second registration of a NIK with the same phone while the first still waits
 * for its confirmation adds nothing (the statement finds no row to update).
 */
@Component
class Arrivals {

  /** The row the statement inserted. */
  record Arrived(
      long id,
      RegistrationStatus status,
      RegistrationStatus place,
      int arrival,
      Instant confirmBy) {}

  private static final String ARRIVE =
      """
      with e as (
        update training_event
           set registered_count = registered_count + 1,
               confirmed_count = confirmed_count
                 + case when mode = 'FIRST_COME' and confirmed_count < quota then 1 else 0 end,
               last_outcome = case when mode = 'SELECTION' then 'APPLIED'
                                   when confirmed_count < quota then 'CONFIRMED'
                                   else 'WAITLISTED' end
         where id = ? and registration_opens <= ? and registration_closes > ?
           and selection_state = 'OPEN'
           and not exists (select 1 from training_registration p where p.event_id = ?
             and p.nik_hash = ? and p.phone_hash = ? and p.status = 'PENDING' and p.confirm_by > ?)
        returning id, registered_count, last_outcome)
      insert into training_registration (event_id, arrival, status, pending_place, nik_cipher,
        nik_hash, nik_masked, name, phone_cipher, phone_hash, phone_masked, village_code,
        account_id, business_id, size_class, new_entrepreneur, answers, ticket, confirm_hash,
        confirm_cipher, confirm_by, confirmed_at, created_at)
      select e.id, e.registered_count, case when ? then e.last_outcome else 'PENDING' end,
        case when ? then null else e.last_outcome end, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?,
        cast(? as jsonb), ?, ?, ?, ?, ?, ?
      from e
      returning id, status, coalesce(pending_place, status) as place, arrival, confirm_by""";

  private final JdbcClient jdbc;
  private final PersonalDataCipher cipher;
  private final JsonMapper json;

  Arrivals(JdbcClient jdbc, PersonalDataCipher cipher, JsonMapper json) {
    this.jdbc = jdbc;
    this.cipher = cipher;
    this.json = json;
  }

  /**
   * Registers {@code c}: confirmed at once when {@code code} is null (the ticket is given now),
   * otherwise pending until {@code code} comes back before {@code confirmBy}. Empty when the window
   * closed or the same NIK and phone already wait for their confirmation.
   */
  Optional<Arrived> arrive(
      long eventId,
      RegistrationChecker.Checked c,
      Long accountId,
      String ticket,
      String code,
      Instant now,
      Instant confirmBy) {
    Timestamp at = Timestamp.from(now);
    boolean atOnce = code == null;
    return jdbc.sql(ARRIVE)
        .params(
            eventId,
            at,
            at,
            eventId,
            c.nikHash(),
            c.phoneHash(),
            at,
            atOnce,
            atOnce,
            cipher.encrypt(c.nik()),
            c.nikHash(),
            RegistrationChecker.mask(c.nik()),
            c.name(),
            cipher.encrypt(c.phone()),
            c.phoneHash(),
            PhoneNumbers.mask(c.phone()),
            c.villageCode(),
            accountId,
            c.business().map(OwnerLookup.BusinessFacts::businessId).orElse(null),
            c.business().map(OwnerLookup.BusinessFacts::sizeClass).orElse(null),
            c.business().isEmpty(),
            json.writeValueAsString(c.answers()),
            ticket,
            atOnce ? null : cipher.hash(code),
            atOnce ? null : cipher.encrypt(code),
            atOnce ? null : Timestamp.from(confirmBy),
            atOnce ? at : null,
            at)
        .query(
            (rs, n) ->
                new Arrived(
                    rs.getLong("id"),
                    RegistrationStatus.valueOf(rs.getString("status")),
                    RegistrationStatus.valueOf(rs.getString("place")),
                    rs.getInt("arrival"),
                    rs.getTimestamp("confirm_by") == null
                        ? null
                        : rs.getTimestamp("confirm_by").toInstant()))
        .optional();
  }

  /** A registration of this NIK and phone that still waits for its confirmation. */
  Optional<Arrived> waiting(long eventId, String nikHash, String phoneHash, Instant now) {
    return jdbc.sql(
            """
            select id, status, pending_place as place, arrival, confirm_by
            from training_registration where event_id = ? and nik_hash = ? and phone_hash = ?
              and status = 'PENDING' and confirm_by > ? order by id limit 1""")
        .params(eventId, nikHash, phoneHash, Timestamp.from(now))
        .query(
            (rs, n) ->
                new Arrived(
                    rs.getLong("id"),
                    RegistrationStatus.PENDING,
                    RegistrationStatus.valueOf(rs.getString("place")),
                    rs.getInt("arrival"),
                    rs.getTimestamp("confirm_by").toInstant()))
        .optional();
  }

  /** Sends the confirmation message of a waiting registration again (the notifier does it). */
  void tellAgain(long id) {
    jdbc.sql("update training_registration set notified_status = null where id = ?")
        .param(id)
        .update();
  }
}
