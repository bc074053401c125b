package id.naikkelas.training.registration;

import id.naikkelas.access.Actor;
import id.naikkelas.audit.AuditAction;
import id.naikkelas.audit.AuditTrail;
import id.naikkelas.platform.FieldProblem;
import id.naikkelas.platform.FormFields;
import id.naikkelas.platform.InvalidInputException;
import id.naikkelas.platform.PersonalDataCipher;
import id.naikkelas.platform.PhoneNumbers;
import id.naikkelas.platform.RandomCodes;
import id.naikkelas.training.Events;
import id.naikkelas.training.Question;
import id.naikkelas.training.TrainingEvent;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/**
 * Settles a disputed NIK: someone registered a person's NIK first, and the person shows their KTP
 * to an officer of the event's scope. The earlier registration is cancelled and the person takes
 * its place — its arrival, its status (a pending one's place, confirmed at the desk), its rank — so
 * no counter moves and nobody else's place changes. Both steps are audited; the notifier tells the
 * earlier holder and sends the person their ticket.
 */
@Service
public class Disputes {

  /** The person as the officer saw them (answers default to "no" when the event asks any). */
  public record DisputeRequest(
      @NotBlank @Pattern(regexp = PersonText.NIK) String nik,
      @NotBlank @Size(min = 1, max = 120) String name,
      @NotBlank @Pattern(regexp = PersonText.PHONE) String phone,
      @NotBlank @Pattern(regexp = PersonText.VILLAGE) String villageCode,
      @NotBlank @Size(min = 1, max = 300) String note,
      Map<String, Object> answers) {}

  /** What settling cancels, for the officer's confirmation step. */
  public record Preview(RegistrationRow earlier, String name, String phoneMasked) {}

  /** The cancelled registration and the one that took its place. */
  public record Settled(
      long cancelled, long registration, RegistrationStatus status, int arrival) {}

  private record Checked(RegistrationChecker.Checked person, String note, TrainingEvent event) {}

  private final JdbcClient jdbc;
  private final Events events;
  private final RegistrationChecker checker;
  private final PersonalDataCipher cipher;
  private final JsonMapper json;
  private final AuditTrail audit;
  private final Clock clock;

  Disputes(
      JdbcClient jdbc,
      Events events,
      RegistrationChecker checker,
      PersonalDataCipher cipher,
      JsonMapper json,
      AuditTrail audit,
      Clock clock) {
    this.jdbc = jdbc;
    this.events = events;
    this.checker = checker;
    this.cipher = cipher;
    this.json = json;
    this.audit = audit;
    this.clock = clock;
  }

  /** What {@link #settle} would do; changes nothing. */
  public Preview preview(Actor by, long eventId, DisputeRequest r) {
    Checked c = check(by, eventId, r);
    long earlier = earlier(eventId, c.person().nikHash(), false);
    return new Preview(
        RegistrationQueries.one(jdbc, earlier).orElseThrow(),
        c.person().name(),
        PhoneNumbers.mask(c.person().phone()));
  }

  @Transactional
  public Settled settle(Actor by, long eventId, DisputeRequest r) {
    Checked c = check(by, eventId, r);
    RegistrationChecker.Checked p = c.person();
    long earlierId = earlier(eventId, p.nikHash(), true);
    Map<String, Object> e =
        jdbc.sql(
                """
                select status, pending_place, arrival, rank, score, adjustment, adjustment_reason,
                  nik_masked from training_registration where id = ?""")
            .param(earlierId)
            .query()
            .singleRow();
    String was = (String) e.get("status");
    String status =
        RegistrationStatus.valueOf(was) == RegistrationStatus.PENDING
            ? (String) e.get("pending_place")
            : was;
    Timestamp now = Timestamp.from(clock.instant());
    jdbc.sql(
            """
            update training_registration set status = ?, withdrawn_at = ?,
              pending_place = null, confirm_hash = null, confirm_cipher = null, dispute_note = ?
            where id = ?""")
        .params(
            RegistrationAction.CANCEL.apply(RegistrationStatus.valueOf(was)).name(),
            now,
            c.note(),
            earlierId)
        .update();
    long id =
        jdbc.sql(
                """
                insert into training_registration (event_id, arrival, status, nik_cipher, nik_hash,
                  nik_masked, name, phone_cipher, phone_hash, phone_masked, village_code,
                  business_id, size_class, new_entrepreneur, answers, rank, score, adjustment,
                  adjustment_reason, ticket, confirmed_at, created_at, dispute_note)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, cast(? as jsonb), ?, ?, ?, ?, ?,
                  ?, ?, ?)
                returning id""")
            .params(
                eventId,
                e.get("arrival"),
                status,
                cipher.encrypt(p.nik()),
                p.nikHash(),
                RegistrationChecker.mask(p.nik()),
                p.name(),
                cipher.encrypt(p.phone()),
                p.phoneHash(),
                PhoneNumbers.mask(p.phone()),
                p.villageCode(),
                p.business().map(b -> b.businessId()).orElse(null),
                p.business().map(b -> b.sizeClass()).orElse(null),
                p.business().isEmpty(),
                json.writeValueAsString(p.answers()),
                e.get("rank"),
                e.get("score"),
                e.get("adjustment"),
                e.get("adjustment_reason"),
                RandomCodes.of(10),
                now,
                now,
                c.note())
            .query(Long.class)
            .single();
    jdbc.sql("update training_registration set replaced_by = ? where id = ?")
        .params(id, earlierId)
        .update();
    String scope = c.event().regionScope();
    audit.record(
        AuditAction.UPDATE,
        "registration",
        earlierId,
        scope,
        Map.of("status", was, "nikMasked", e.get("nik_masked")),
        Map.of(
            "status",
            RegistrationStatus.CANCELLED.name(),
            "replacedBy",
            id,
            "reason",
            "dispute",
            "note",
            c.note()));
    Map<String, Object> created = new LinkedHashMap<>();
    created.put("status", status);
    created.put("arrival", e.get("arrival"));
    created.put("nikMasked", RegistrationChecker.mask(p.nik()));
    created.put("disputeOf", earlierId);
    audit.record(AuditAction.CREATE, "registration", id, scope, null, created);
    int arrival = ((Number) e.get("arrival")).intValue();
    return new Settled(earlierId, id, RegistrationStatus.valueOf(status), arrival);
  }

  private Checked check(Actor by, long eventId, DisputeRequest r) {
    TrainingEvent event = events.findInScope(by, eventId);
    List<FieldProblem> p = new ArrayList<>();
    String note = FormFields.text(r.note(), "note", 300, true, p);
    Map<String, Object> answers = new LinkedHashMap<>();
    for (Question q : event.questions()) {
      answers.put(q.key(), false);
    }
    if (r.answers() != null) {
      answers.putAll(r.answers());
    }
    RegistrationChecker.Checked person = null;
    try {
      person =
          checker.check(
              event,
              new RegistrationRequest(
                  r.nik(), r.name(), r.phone(), r.villageCode(), answers, null));
    } catch (InvalidInputException e) {
      p.addAll(0, e.problems());
    }
    if (!p.isEmpty()) {
      throw new InvalidInputException(p);
    }
    return new Checked(person, note, event);
  }

  /** The registration of the NIK that holds the most: a confirmed one, else the oldest pending. */
  private long earlier(long eventId, String nikHash, boolean lock) {
    return jdbc.sql(
            """
            select id from training_registration where event_id = ? and nik_hash = ?
              and status in (?, ?, ?, ?)
            order by (status = ?), arrival limit 1"""
                + (lock ? " for update" : ""))
        .params(
            eventId,
            nikHash,
            RegistrationStatus.PENDING.name(),
            RegistrationStatus.APPLIED.name(),
            RegistrationStatus.CONFIRMED.name(),
            RegistrationStatus.WAITLISTED.name(),
            RegistrationStatus.PENDING.name())
        .query(Long.class)
        .optional()
        .orElseThrow(() -> new InvalidInputException("nik", "training.dispute.none"));
  }
}
