package id.naikkelas.training;

import id.naikkelas.access.Actor;
import id.naikkelas.platform.FieldProblem;
import id.naikkelas.platform.FormFields;
import id.naikkelas.platform.InvalidInputException;
import id.naikkelas.platform.WebLinks;
import id.naikkelas.region.Regions;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;

/** Checks an {@link EventDraft}, collecting every problem with the field it belongs to. */
@Component
class EventChecker {

  static final ZoneId WIB = ZoneId.of("Asia/Jakarta");
  private static final Set<String> SIZES = Set.of("MICRO", "SMALL", "MEDIUM");

  /** A draft that passed: typed values ready to store. */
  record Checked(
      String title,
      EventType type,
      EventMode mode,
      int quota,
      Instant opens,
      Instant closes,
      String regionScope,
      LocalDate startsOn,
      LocalDate endsOn,
      int sessions,
      int minSessions,
      String place,
      String onlineLink,
      String organiser,
      String partners,
      String description,
      String programme,
      String eligibleRegion,
      List<String> eligibleSizes,
      List<String> eligibleKbli,
      Audience audience,
      List<Question> questions,
      Map<String, BigDecimal> criteria) {}

  private final Regions regions;

  EventChecker(Regions regions) {
    this.regions = regions;
  }

  Checked check(EventDraft d, Actor by) {
    List<FieldProblem> p = new ArrayList<>();
    String title = FormFields.text(d.title(), "title", 200, true, p);
    EventType type = FormFields.choice(EventType.class, d.type(), "type", p);
    EventMode mode = FormFields.choice(EventMode.class, d.mode(), "mode", p);
    Integer quota = EventFields.number(d.quota(), "quota", 1, 100_000, true, p);
    Instant opens = EventFields.time(d.registrationOpens(), "registrationOpens", false, p);
    Instant closes = EventFields.time(d.registrationCloses(), "registrationCloses", true, p);
    if (opens != null && closes != null && !closes.isAfter(opens)) {
      p.add(new FieldProblem("registrationCloses", "training.closes.beforeOpens"));
    }
    String scope = null;
    if (FormFields.blank(d.regionScope())) {
      p.add(new FieldProblem("regionScope", "field.required"));
    } else if (regions.find(d.regionScope().strip()).isEmpty()) {
      p.add(new FieldProblem("regionScope", "training.region.unknown", d.regionScope().strip()));
    } else if (!by.covers(d.regionScope().strip())) {
      p.add(new FieldProblem("regionScope", "training.region.outsideScope", by.scope()));
    } else {
      scope = d.regionScope().strip();
    }
    LocalDate startsOn = EventFields.date(d.startsOn(), "startsOn", p);
    LocalDate endsOn =
        FormFields.blank(d.endsOn()) ? startsOn : EventFields.date(d.endsOn(), "endsOn", p);
    if (startsOn != null && endsOn != null && endsOn.isBefore(startsOn)) {
      p.add(new FieldProblem("endsOn", "training.endsOn.beforeStart"));
    }
    Integer sessions = EventFields.number(d.sessions(), "sessions", 1, 60, false, p);
    int s = sessions == null ? 1 : sessions;
    Integer minSessions = EventFields.number(d.minSessions(), "minSessions", 1, 60, false, p);
    int min = minSessions == null ? s : minSessions;
    if (min > s) {
      p.add(new FieldProblem("minSessions", "training.minSessions.tooMany", s));
    }
    String place = FormFields.text(d.place(), "place", 300, false, p);
    String link = FormFields.text(d.onlineLink(), "onlineLink", 300, false, p);
    if (link != null && !WebLinks.isHttp(link)) {
      p.add(new FieldProblem("onlineLink", "training.link.invalid"));
    }
    if (place == null && link == null) {
      p.add(new FieldProblem("place", "training.place.required"));
    }
    String organiser = FormFields.text(d.organiser(), "organiser", 200, true, p);
    String partners = FormFields.text(d.partners(), "partners", 400, false, p);
    String description = FormFields.text(d.description(), "description", 4000, false, p);
    String programme = FormFields.text(d.programme(), "programme", 200, false, p);
    String eligibleRegion = null;
    if (!FormFields.blank(d.eligibleRegion())) {
      eligibleRegion = d.eligibleRegion().strip();
      if (regions.find(eligibleRegion).isEmpty()) {
        p.add(new FieldProblem("eligibleRegion", "training.region.unknown", eligibleRegion));
      }
    }
    List<String> sizes = new ArrayList<>();
    for (String size : d.eligibleSizes() == null ? List.<String>of() : d.eligibleSizes()) {
      String v = size == null ? "" : size.strip().toUpperCase(Locale.ROOT);
      if (v.isEmpty()) {
        continue;
      }
      if (!SIZES.contains(v)) {
        p.add(new FieldProblem("eligibleSizes", "training.size.invalid", v));
      } else if (!sizes.contains(v)) {
        sizes.add(v);
      }
    }
    List<String> kbli = new ArrayList<>();
    if (!FormFields.blank(d.eligibleKbli())) {
      for (String prefix : d.eligibleKbli().split("[,;\\s]+")) {
        if (prefix.isBlank()) {
          continue;
        }
        if (!prefix.matches("\\d{2,5}")) {
          p.add(new FieldProblem("eligibleKbli", "training.kbli.invalid", prefix));
        } else if (!kbli.contains(prefix)) {
          kbli.add(prefix);
        }
      }
    }
    Audience audience =
        FormFields.blank(d.audience())
            ? Audience.ANYONE
            : FormFields.choice(Audience.class, d.audience(), "audience", p);
    List<Question> questions = SelectionWeightsChecker.questions(d.questions(), p);
    Map<String, BigDecimal> criteria = SelectionWeightsChecker.criteria(d.criteria(), p);
    if (!p.isEmpty()) {
      throw new InvalidInputException(p);
    }
    return new Checked(
        title,
        type,
        mode,
        quota,
        opens,
        closes,
        scope,
        startsOn,
        endsOn,
        s,
        min,
        place,
        link,
        organiser,
        partners,
        description,
        programme,
        eligibleRegion,
        sizes,
        kbli,
        audience,
        questions,
        criteria);
  }
}
