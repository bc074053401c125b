package id.naikkelas.training.registration;

import id.naikkelas.platform.ConflictException;
import id.naikkelas.platform.InvalidInputException;
import id.naikkelas.platform.PersonalDataCipher;
import id.naikkelas.platform.RandomCodes;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.Locale;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Confirms a registration with the code sent to the phone given (typed, or in the link of the
 * message). One statement turns the pending registration into the place its arrival holds and gives
 * it its ticket; the counters do not move, because the place was counted on arrival. An unknown,
 * mistyped or expired code changes nothing. A NIK that already holds a confirmed registration of
 * the event cannot be confirmed a second time: that registration gives its place up, and the person
 * is told to settle it with an officer (who sees the KTP) if the other registration is not theirs.
 */
@Service
public class Confirmations {

  /** Codes are as long as tickets: unguessable without an attempt limit per registration. */
  static final int CODE_LENGTH = 10;

  /** What the confirmation gave: the place and the ticket (the code came from the phone). */
  public record Confirmed(long eventId, RegistrationStatus status, String ticket) {}

  private static final String CONFIRM =
      """
      update training_registration r set status = r.pending_place, pending_place = null,
        confirm_hash = null, confirm_cipher = null, confirmed_at = ?, ticket = ?
      where r.confirm_hash = ? and r.status = 'PENDING' and r.confirm_by > ?
        and (r.pending_place <> 'APPLIED' or exists (select 1 from training_event e
          where e.id = r.event_id and e.selection_state = 'OPEN'))
      returning r.event_id, r.status, r.ticket""";

  private final JdbcClient jdbc;
  private final PersonalDataCipher cipher;
  private final RegistrationLimits limits;
  private final Places places;
  private final Clock clock;

  Confirmations(
      JdbcClient jdbc,
      PersonalDataCipher cipher,
      RegistrationLimits limits,
      Places places,
      Clock clock) {
    this.jdbc = jdbc;
    this.cipher = cipher;
    this.limits = limits;
    this.places = places;
    this.clock = clock;
  }

  public Confirmed confirm(String code, String clientAddress) {
    limits.confirmation(clientAddress);
    String typed = normal(code);
    if (typed.isEmpty()) {
      throw new InvalidInputException("code", "field.required");
    }
    if (!typed.matches("[A-Z2-9]{" + CODE_LENGTH + "}")) {
      throw new InvalidInputException("code", "training.confirm.invalid");
    }
    String hash = cipher.hash(typed);
    Instant now = clock.instant();
    try {
      return jdbc.sql(CONFIRM)
          .params(Timestamp.from(now), RandomCodes.of(10), hash, Timestamp.from(now))
          .query(
              (rs, n) ->
                  new Confirmed(
                      rs.getLong(1), RegistrationStatus.valueOf(rs.getString(2)), rs.getString(3)))
          .optional()
          .orElseThrow(() -> new InvalidInputException("code", "training.confirm.invalid"));
    } catch (DuplicateKeyException nikAlreadyConfirmed) {
      jdbc.sql("select id from training_registration where confirm_hash = ? and status = ?")
          .params(hash, RegistrationStatus.PENDING.name())
          .query(Long.class)
          .optional()
          .ifPresent(id -> places.leave(id, RegistrationAction.REFUSE, false, now));
      throw new ConflictException("nik", "training.confirm.nikTaken");
    }
  }

  /** The code of a link, as the confirmation page shows it in its field. */
  public static String shown(String code) {
    String s = normal(code);
    return s.length() > 40 ? s.substring(0, 40) : s;
  }

  /** The code as typed or pasted: spaces and dashes dropped, or the last part of the link. */
  static String normal(String code) {
    if (code == null) {
      return "";
    }
    String s = code.strip();
    s = s.substring(s.lastIndexOf('/') + 1);
    return s.replaceAll("[\\s-]", "").toUpperCase(Locale.ROOT);
  }
}
