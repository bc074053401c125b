package id.naikkelas.training;

import id.naikkelas.access.Actor;
import id.naikkelas.platform.FieldProblem;
import id.naikkelas.platform.FormFields;
import id.naikkelas.platform.InvalidInputException;
import id.naikkelas.platform.WebLinks;
import id.naikkelas.region.Regions;
import id.naikkelas.training.selection.SelectionWeightsChecker;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/** Checks an {@link EventDraft}, collecting every problem with the field it belongs to. */
@Component
class EventChecker {

  static final ZoneId WIB = EventText.WIB;
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
    return check(d, by, List.of());
  }

  /**
   * The draft checked whole; {@code unreadable} are the problems a form found reading its text,
   * reported first and instead of the draft's own problems with the same fields.
   */
  Checked check(EventDraft d, Actor by, List<FieldProblem> unreadable) {
    List<FieldProblem> p = new ArrayList<>();
    String title = FormFields.text(d.title(), "title", 200, true, p);
    EventType type = required(d.type(), "type", p);
    EventMode mode = required(d.mode(), "mode", p);
    Integer quota = bounded(required(d.quota(), "quota", p), "quota", 1, 100_000, p);
    Instant opens = required(d.registrationOpens(), "registrationOpens", p);
    Instant closes = required(d.registrationCloses(), "registrationCloses", p);
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
    LocalDate startsOn = required(d.startsOn(), "startsOn", p);
    LocalDate endsOn = d.endsOn() == null ? startsOn : d.endsOn();
    if (startsOn != null && endsOn != null && endsOn.isBefore(startsOn)) {
      p.add(new FieldProblem("endsOn", "training.endsOn.beforeStart"));
    }
    Integer sessions = bounded(d.sessions(), "sessions", 1, 60, p);
    int s = sessions == null ? 1 : sessions;
    Integer minSessions = bounded(d.minSessions(), "minSessions", 1, 60, p);
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
    for (String given : d.eligibleKbli() == null ? List.<String>of() : d.eligibleKbli()) {
      for (String prefix : EventText.prefixes(given)) {
        if (!prefix.matches("\\d{2,5}")) {
          p.add(new FieldProblem("eligibleKbli", "training.kbli.invalid", prefix));
        } else if (!kbli.contains(prefix)) {
          kbli.add(prefix);
        }
      }
    }
    Audience audience = d.audience() == null ? Audience.ANYONE : d.audience();
    List<Question> questions = SelectionWeightsChecker.questions(d.questions(), p);
    Map<String, BigDecimal> criteria = SelectionWeightsChecker.criteria(d.criteria(), p);
    if (!p.isEmpty() || !unreadable.isEmpty()) {
      throw new InvalidInputException(together(unreadable, p));
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

  private static <T> T required(T value, String field, List<FieldProblem> p) {
    if (value == null) {
      p.add(new FieldProblem(field, "field.required"));
    }
    return value;
  }

  private static Integer bounded(Integer n, String field, int min, int max, List<FieldProblem> p) {
    if (n != null && (n < min || n > max)) {
      p.add(new FieldProblem(field, "training.number.range", min, max));
      return null;
    }
    return n;
  }

  private static List<FieldProblem> together(List<FieldProblem> first, List<FieldProblem> rest) {
    Set<String> named = first.stream().map(FieldProblem::field).collect(Collectors.toSet());
    List<FieldProblem> all = new ArrayList<>(first);
    rest.stream().filter(q -> !named.contains(q.field())).forEach(all::add);
    return all;
  }
}
