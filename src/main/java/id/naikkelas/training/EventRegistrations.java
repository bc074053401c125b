package id.naikkelas.training;

import id.naikkelas.access.Actor;
import id.naikkelas.access.Role;
import id.naikkelas.platform.AddressThrottle;
import id.naikkelas.platform.ConflictException;
import id.naikkelas.platform.FieldProblem;
import id.naikkelas.platform.FormFields;
import id.naikkelas.platform.InvalidInputException;
import id.naikkelas.platform.NotFoundException;
import id.naikkelas.platform.PersonalDataCipher;
import id.naikkelas.platform.RandomCodes;
import id.naikkelas.platform.RegionScope;
import id.naikkelas.region.Region;
import id.naikkelas.region.RegionLevel;
import id.naikkelas.region.Regions;
import id.naikkelas.registry.Nik;
import id.naikkelas.registry.OwnerLookup;
import id.naikkelas.registry.PhoneNumbers;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import tools.jackson.databind.json.JsonMapper;

/**
 * Registrations for events. A place is decided by one SQL statement that counts the arrival on the
 * event row and inserts the registration with its status: the contended event row is locked only
 * for the length of that statement, never across a round trip to the application, so a rush of
 * registrations confirms exactly the quota and waitlists the rest in arrival order.
 */
@Service
public class EventRegistrations {

  private static final String REGISTER =
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
        returning id, registered_count, last_outcome)
      insert into training_registration (event_id, arrival, status, nik_cipher, nik_hash,
        nik_masked, name, phone_cipher, phone_masked, village_code, account_id, business_id,
        size_class, new_entrepreneur, answers, ticket, created_at)
      select e.id, e.registered_count, e.last_outcome, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?,
        cast(? as jsonb), ?, ?
      from e
      returning id, status, arrival""";

  private final JdbcClient jdbc;
  private final Events events;
  private final Regions regions;
  private final OwnerLookup owners;
  private final PersonalDataCipher cipher;
  private final JsonMapper json;
  private final Clock clock;
  private final AddressThrottle throttle;

  EventRegistrations(
      JdbcClient jdbc,
      Events events,
      Regions regions,
      OwnerLookup owners,
      PersonalDataCipher cipher,
      JsonMapper json,
      Clock clock,
      @Value("${naikkelas.training.registrations-per-minute:30}") int perMinute) {
    this.jdbc = jdbc;
    this.events = events;
    this.regions = regions;
    this.owners = owners;
    this.cipher = cipher;
    this.json = json;
    this.clock = clock;
    this.throttle = new AddressThrottle(perMinute);
  }

  /** A candidate registers through the public page or the API. */
  public Registered register(long eventId, RegistrationRequest request, String clientAddress) {
    return register(eventId, request, clientAddress, null);
  }

  /** A signed-in owner registers with the data the registry holds: two clicks. */
  public Registered registerOwner(long eventId, Actor owner, String clientAddress) {
    if (owner.role() != Role.OWNER) {
      throw new InvalidInputException("account", "training.owner.only");
    }
    OwnerLookup.OwnerFacts facts =
        owners
            .ownerOfAccount(owner.id())
            .orElseThrow(() -> new InvalidInputException("account", "training.owner.noRecord"));
    TrainingEvent event = events.find(eventId);
    Map<String, Object> answers = new LinkedHashMap<>();
    for (Question q : event.questions()) {
      answers.put(q.key(), false);
    }
    return register(
        eventId,
        new RegistrationRequest(
            facts.nik(), facts.name(), facts.phone(), facts.villageCode(), answers, null),
        clientAddress,
        owner.id());
  }

  private Registered register(
      long eventId, RegistrationRequest r, String clientAddress, Long accountId) {
    throttle.check(clientAddress);
    TrainingEvent event = events.forRegistration(eventId);
    Instant now = clock.instant();
    if (now.isBefore(event.registrationOpens())) {
      throw new ConflictException("event", "training.registration.notOpen");
    }
    if (event.closedAt(now) || !"OPEN".equals(event.selectionState())) {
      throw new ConflictException("event", "training.registration.closed");
    }
    Checked c = check(event, r, accountId != null);
    // a second registration of the NIK fails on the unique key, and with it the whole statement
    String ticket = RandomCodes.of(10);
    Timestamp at = Timestamp.from(now);
    try {
      return jdbc.sql(REGISTER)
          .params(
              eventId,
              at,
              at,
              cipher.encrypt(c.nik()),
              c.nikHash(),
              mask(c.nik()),
              c.name(),
              c.phone() == null ? null : cipher.encrypt(c.phone()),
              c.phone() == null ? null : PhoneNumbers.mask(c.phone()),
              c.villageCode(),
              accountId,
              c.business().map(OwnerLookup.BusinessFacts::businessId).orElse(null),
              c.business().map(OwnerLookup.BusinessFacts::sizeClass).orElse(null),
              c.business().isEmpty(),
              json.writeValueAsString(c.answers()),
              ticket,
              at)
          .query(
              (rs, n) ->
                  new Registered(
                      rs.getLong("id"),
                      RegistrationStatus.valueOf(rs.getString("status")),
                      rs.getInt("arrival"),
                      ticket))
          .optional()
          // no row: the window closed between the check and the statement
          .orElseThrow(() -> new ConflictException("event", "training.registration.closed"));
    } catch (DuplicateKeyException sameNikAtTheSameMoment) {
      throw new ConflictException("nik", "training.registration.duplicate");
    }
  }

  private record Checked(
      String nik,
      String nikHash,
      String name,
      String phone,
      String villageCode,
      Optional<OwnerLookup.BusinessFacts> business,
      Map<String, Boolean> answers) {}

  private Checked check(TrainingEvent event, RegistrationRequest r, boolean owner) {
    List<FieldProblem> p = new ArrayList<>();
    if (r.website() != null && !r.website().isBlank()) {
      p.add(new FieldProblem("website", "selfRegistration.rejected"));
    }
    Nik.Parsed nik = Nik.parse(r.nik(), LocalDate.now(clock.withZone(EventChecker.WIB)));
    if (!nik.valid()) {
      p.add(new FieldProblem("nik", nik.problem().messageKey()));
    }
    String name = FormFields.text(r.name(), "name", 120, true, p);
    String phone = null;
    if (FormFields.blank(r.phone())) {
      if (!owner) {
        p.add(new FieldProblem("phone", "field.required"));
      }
    } else {
      phone = PhoneNumbers.toE164(r.phone()).orElse(null);
      if (phone == null) {
        p.add(new FieldProblem("phone", "registry.phone.invalid", r.phone().strip()));
      }
    }
    String village = null;
    if (FormFields.blank(r.villageCode())) {
      p.add(new FieldProblem("villageCode", "registry.village.required"));
    } else {
      Optional<Region> region =
          regions.find(r.villageCode().strip()).filter(v -> v.level() == RegionLevel.VILLAGE);
      if (region.isEmpty()) {
        p.add(new FieldProblem("villageCode", "registry.village.unknown", r.villageCode().strip()));
      } else if (event.eligibleRegion() != null
          && !RegionScope.covers(event.eligibleRegion(), region.get().code())) {
        p.add(new FieldProblem("villageCode", "training.eligible.region", event.eligibleRegion()));
      } else {
        village = region.get().code();
      }
    }
    Map<String, Boolean> answers = new LinkedHashMap<>();
    Map<String, Object> given = r.answers() == null ? Map.of() : r.answers();
    for (Question q : event.questions()) {
      Boolean yes = yesNo(given.get(q.key()));
      if (yes == null) {
        p.add(new FieldProblem("answers." + q.key(), "training.answer.required", q.label()));
      } else {
        answers.put(q.key(), yes);
      }
    }
    Optional<OwnerLookup.BusinessFacts> business = Optional.empty();
    String nikHash = null;
    if (nik.valid()) {
      nikHash = cipher.hash(nik.nik().value());
      business = owners.businessOf(nikHash);
      if (event.audience() == Audience.REGISTERED_BUSINESS && business.isEmpty()) {
        p.add(new FieldProblem("nik", "training.eligible.business"));
      } else if (event.audience() == Audience.NEW_ENTREPRENEUR && business.isPresent()) {
        p.add(new FieldProblem("nik", "training.eligible.newEntrepreneur"));
      } else if (!event.eligibleSizes().isEmpty()
          && business.map(b -> !event.eligibleSizes().contains(b.sizeClass())).orElse(true)) {
        p.add(
            new FieldProblem(
                "nik", "training.eligible.size", String.join(", ", event.eligibleSizes())));
      } else if (!event.eligibleKbli().isEmpty()
          && business
              .map(
                  b ->
                      b.kbliCodes().stream()
                          .noneMatch(
                              code -> event.eligibleKbli().stream().anyMatch(code::startsWith)))
              .orElse(true)) {
        p.add(
            new FieldProblem(
                "nik", "training.eligible.sector", String.join(", ", event.eligibleKbli())));
      }
    }
    if (!p.isEmpty()) {
      throw new InvalidInputException(p);
    }
    return new Checked(nik.nik().value(), nikHash, name, phone, village, business, answers);
  }

  private static Boolean yesNo(Object v) {
    if (v instanceof Boolean b) {
      return b;
    }
    if (v instanceof String s) {
      String t = s.strip().toLowerCase(java.util.Locale.ROOT);
      if (t.equals("true") || t.equals("ya") || t.equals("yes")) {
        return true;
      }
      if (t.equals("false") || t.equals("tidak") || t.equals("no")) {
        return false;
      }
    }
    return null;
  }

  static String mask(String nik) {
    return nik.substring(0, 4) + "********" + nik.substring(12);
  }

  /** Changes the per-address limit (tests of the limit; a rush test turns it off). */
  void limitPerMinute(int limit) {
    throttle.limit(limit);
  }

  /** Registrations of an event the officer runs, by rank then arrival. */
  public org.springframework.data.domain.Page<RegistrationRow> list(
      Actor by,
      long eventId,
      RegistrationStatus status,
      org.springframework.data.domain.Pageable pageable) {
    events.findInScope(by, eventId);
    return RegistrationQueries.page(jdbc, eventId, status, pageable);
  }

  /** A signed-in owner's own registrations, newest first, with their tickets. */
  public java.util.List<Ticket> ofAccount(Actor owner) {
    return jdbc
        .sql("select ticket from training_registration where account_id = ? order by id desc")
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
