package id.naikkelas.training.registration;

import id.naikkelas.access.Actor;
import id.naikkelas.access.Role;
import id.naikkelas.platform.ConflictException;
import id.naikkelas.platform.InvalidInputException;
import id.naikkelas.platform.NotFoundException;
import id.naikkelas.platform.RandomCodes;
import id.naikkelas.registry.OwnerLookup;
import id.naikkelas.training.Events;
import id.naikkelas.training.Question;
import id.naikkelas.training.TrainingEvent;
import id.naikkelas.training.selection.SelectionState;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.NamedInterface;
import org.springframework.stereotype.Service;

/**
 * Registrations for events. A place is decided by one SQL statement ({@link Arrivals}) that counts
 * the arrival on the event row and inserts the registration with its place, so a rush holds exactly
 * the quota and waitlists the rest in arrival order. From the public, a place is only held pending
 * the confirmation from the phone given ({@link Confirmations}) within {@code
 * naikkelas.training.confirm-within}; unconfirmed places are released to the next in line ({@link
 * Releases}). A second registration of a NIK is answered like a first one.
 */
@NamedInterface("registration")
@Service
public class EventRegistrations {

  private final JdbcClient jdbc;
  private final Events events;
  private final OwnerLookup owners;
  private final RegistrationChecker checker;
  private final RegistrationLimits limits;
  private final Arrivals arrivals;
  private final Releases releases;
  private final Clock clock;
  private final Duration confirmWithin;

  EventRegistrations(
      JdbcClient jdbc,
      Events events,
      OwnerLookup owners,
      RegistrationChecker checker,
      RegistrationLimits limits,
      Arrivals arrivals,
      Releases releases,
      Clock clock,
      @Value("${naikkelas.training.confirm-within:30m}") Duration confirmWithin) {
    this.jdbc = jdbc;
    this.events = events;
    this.owners = owners;
    this.checker = checker;
    this.limits = limits;
    this.arrivals = arrivals;
    this.releases = releases;
    this.clock = clock;
    this.confirmWithin = confirmWithin;
  }

  /**
   * A candidate registers through the public page or the API: the place is held until the code sent
   * to the phone comes back. The answer is the same whether or not the NIK was registered.
   */
  public Pending request(long eventId, RegistrationRequest request, String clientAddress) {
    limits.address(clientAddress);
    TrainingEvent event = open(eventId);
    RegistrationChecker.Checked c = checker.check(event, request);
    return pending(event, c, null);
  }

  /**
   * A signed-in owner registers with the data the registry holds: the code goes to the phone the
   * registry holds (the registry does not verify phones, so the owner confirms like anyone else).
   */
  public Pending requestOwner(long eventId, Actor owner, String clientAddress) {
    if (owner.role() != Role.OWNER) {
      throw new InvalidInputException("account", "training.owner.only");
    }
    limits.address(clientAddress);
    OwnerLookup.OwnerFacts facts =
        owners
            .ownerOfAccount(owner.id())
            .orElseThrow(() -> new InvalidInputException("account", "training.owner.noRecord"));
    if (facts.phone() == null) {
      throw new InvalidInputException("account", "training.owner.noPhone");
    }
    TrainingEvent event = open(eventId);
    boolean already =
        jdbc.sql(
                    "select count(*) from training_registration where event_id = ? and account_id = ?"
                        + " and status in (?, ?, ?, ?)")
                .params(
                    eventId,
                    owner.id(),
                    RegistrationStatus.PENDING.name(),
                    RegistrationStatus.APPLIED.name(),
                    RegistrationStatus.CONFIRMED.name(),
                    RegistrationStatus.WAITLISTED.name())
                .query(Long.class)
                .single()
            > 0;
    if (already) {
      // the account's own registration (by account, not by NIK): no oracle
      throw new ConflictException("account", "training.owner.already");
    }
    RegistrationChecker.Checked c = checker.check(event, ownerRequest(event, facts));
    return pending(event, c, owner.id());
  }

  /**
   * Registers someone whose phone the caller vouches for (demo data; never a public endpoint):
   * confirmed at once, with the ticket. A second registration of the NIK is refused (409).
   */
  public Registered register(long eventId, RegistrationRequest request, String clientAddress) {
    limits.address(clientAddress);
    TrainingEvent event = open(eventId);
    RegistrationChecker.Checked c = checker.check(event, request);
    String ticket = RandomCodes.of(10);
    try {
      Arrivals.Arrived a =
          arrivals
              .arrive(eventId, c, null, ticket, null, clock.instant(), null)
              .orElseThrow(() -> new ConflictException("event", "training.registration.closed"));
      return new Registered(a.id(), a.status(), a.arrival(), ticket);
    } catch (DuplicateKeyException sameNik) {
      throw new ConflictException("nik", "training.registration.duplicate");
    }
  }

  private Pending pending(TrainingEvent event, RegistrationChecker.Checked c, Long accountId) {
    limits.person(c.phoneHash(), c.nikHash());
    releases.whenDue(event.id());
    Instant now = clock.instant();
    String code = RandomCodes.of(Confirmations.CODE_LENGTH);
    return arrivals
        .arrive(event.id(), c, accountId, null, code, now, now.plus(confirmWithin))
        .map(a -> new Pending(a.place(), a.confirmBy()))
        .orElseGet(
            () -> {
              // no row: the same NIK and phone already wait (send the code again), or it closed
              Arrivals.Arrived waiting =
                  arrivals
                      .waiting(event.id(), c.nikHash(), c.phoneHash(), now)
                      .orElseThrow(
                          () -> new ConflictException("event", "training.registration.closed"));
              arrivals.tellAgain(waiting.id());
              return new Pending(waiting.place(), waiting.confirmBy());
            });
  }

  private TrainingEvent open(long eventId) {
    TrainingEvent event = events.forRegistration(eventId);
    Instant now = clock.instant();
    if (now.isBefore(event.registrationOpens())) {
      throw new ConflictException("event", "training.registration.notOpen");
    }
    if (event.closedAt(now) || !SelectionState.OPEN.name().equals(event.selectionState())) {
      throw new ConflictException("event", "training.registration.closed");
    }
    return event;
  }

  private static RegistrationRequest ownerRequest(
      TrainingEvent event, OwnerLookup.OwnerFacts facts) {
    Map<String, Object> answers = new LinkedHashMap<>();
    for (Question q : event.questions()) {
      answers.put(q.key(), false);
    }
    return new RegistrationRequest(
        facts.nik(), facts.name(), facts.phone(), facts.villageCode(), answers, null);
  }

  /** Changes the per-address ceiling (tests of the limit; a rush test turns it off). */
  void limitPerMinute(int limit) {
    limits.perMinute(limit);
  }

  /** Changes the per-phone and per-NIK hourly limits (tests; 0 turns them off). */
  void limitPerHour(int perPhone, int perNik) {
    limits.perHour(perPhone, perNik);
  }

  /** Registrations of an event the officer runs, by rank then arrival. */
  public org.springframework.data.domain.Page<RegistrationRow> list(
      Actor by,
      long eventId,
      RegistrationStatus status,
      org.springframework.data.domain.Pageable pageable) {
    events.findInScope(by, eventId);
    releases.due(eventId);
    return RegistrationQueries.page(jdbc, eventId, status, pageable);
  }

  /** A signed-in owner's own confirmed registrations, newest first, with their tickets. */
  public java.util.List<Ticket> ofAccount(Actor owner) {
    return jdbc
        .sql(
            "select ticket from training_registration where account_id = ?"
                + " and ticket is not null order by id desc")
        .param(owner.id())
        .query(String.class)
        .list()
        .stream()
        .map(this::byTicket)
        .toList();
  }

  /** A registration by its ticket (the ticket is the person's key: it is never listed). */
  public Ticket byTicket(String ticket) {
    return RegistrationQueries.ticket(jdbc, ticket)
        .orElseThrow(() -> new NotFoundException("ticket", ticket));
  }
}
