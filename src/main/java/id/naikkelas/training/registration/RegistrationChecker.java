package id.naikkelas.training.registration;

import id.naikkelas.platform.FieldProblem;
import id.naikkelas.platform.FormFields;
import id.naikkelas.platform.InvalidInputException;
import id.naikkelas.platform.Nik;
import id.naikkelas.platform.PersonalDataCipher;
import id.naikkelas.platform.PhoneNumbers;
import id.naikkelas.platform.RegionScope;
import id.naikkelas.region.Region;
import id.naikkelas.region.RegionLevel;
import id.naikkelas.region.Regions;
import id.naikkelas.registry.OwnerLookup;
import id.naikkelas.training.Audience;
import id.naikkelas.training.EventText;
import id.naikkelas.training.Question;
import id.naikkelas.training.TrainingEvent;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * Checks a registration field by field: NIK, name, phone, village, the event's eligibility rules,
 * and the answers — only the event's yes/no questions, each answered, no other key.
 */
@Component
class RegistrationChecker {

  /** Unknown answer keys named in one refusal at most (the rest are refused with them). */
  private static final int UNKNOWN_KEYS_NAMED = 5;

  record Checked(
      String nik,
      String nikHash,
      String name,
      String phone,
      String phoneHash,
      String villageCode,
      Optional<OwnerLookup.BusinessFacts> business,
      Map<String, Boolean> answers) {}

  private final Regions regions;
  private final OwnerLookup owners;
  private final PersonalDataCipher cipher;
  private final Clock clock;

  RegistrationChecker(Regions regions, OwnerLookup owners, PersonalDataCipher cipher, Clock clock) {
    this.regions = regions;
    this.owners = owners;
    this.cipher = cipher;
    this.clock = clock;
  }

  Checked check(TrainingEvent event, RegistrationRequest r) {
    List<FieldProblem> p = new ArrayList<>();
    if (r.website() != null && !r.website().isBlank()) {
      p.add(new FieldProblem("website", "selfRegistration.rejected"));
    }
    Nik.Parsed nik = Nik.parse(r.nik(), LocalDate.now(clock.withZone(EventText.WIB)));
    if (!nik.valid()) {
      p.add(new FieldProblem("nik", nik.problem().messageKey()));
    }
    String name = FormFields.name(r.name(), "name", 120, true, p);
    String phone = null;
    if (FormFields.blank(r.phone())) {
      p.add(new FieldProblem("phone", "field.required"));
    } else {
      phone = PhoneNumbers.toE164(r.phone()).orElse(null);
      if (phone == null) {
        p.add(new FieldProblem("phone", "registry.phone.invalid", r.phone().strip()));
      }
    }
    String village = village(event, r.villageCode(), p);
    Map<String, Boolean> answers = answers(event, r.answers(), p);
    Optional<OwnerLookup.BusinessFacts> business = Optional.empty();
    String nikHash = null;
    if (nik.valid()) {
      nikHash = cipher.hash(nik.nik().value());
      business = owners.businessOf(nikHash);
      eligibility(event, business, p);
    }
    if (!p.isEmpty()) {
      throw new InvalidInputException(p);
    }
    return new Checked(
        nik.nik().value(), nikHash, name, phone, cipher.hash(phone), village, business, answers);
  }

  private String village(TrainingEvent event, String code, List<FieldProblem> p) {
    if (FormFields.blank(code)) {
      p.add(new FieldProblem("villageCode", "registry.village.required"));
      return null;
    }
    Optional<Region> region =
        regions.find(code.strip()).filter(v -> v.level() == RegionLevel.VILLAGE);
    if (region.isEmpty()) {
      p.add(new FieldProblem("villageCode", "registry.village.unknown", code.strip()));
      return null;
    }
    if (event.eligibleRegion() != null
        && !RegionScope.covers(event.eligibleRegion(), region.get().code())) {
      p.add(new FieldProblem("villageCode", "training.eligible.region", event.eligibleRegion()));
      return null;
    }
    return region.get().code();
  }

  /** The answers to the event's questions; any other key is refused by name. */
  private static Map<String, Boolean> answers(
      TrainingEvent event, Map<String, Object> given, List<FieldProblem> p) {
    Map<String, Object> all = given == null ? Map.of() : given;
    Set<String> keys = event.questions().stream().map(Question::key).collect(Collectors.toSet());
    all.keySet().stream()
        .filter(k -> !keys.contains(k))
        .limit(UNKNOWN_KEYS_NAMED)
        .forEach(k -> p.add(new FieldProblem("answers." + shown(k), "training.answer.unknown")));
    Map<String, Boolean> answers = new LinkedHashMap<>();
    for (Question q : event.questions()) {
      Boolean yes = yesNo(all.get(q.key()));
      if (yes == null) {
        p.add(new FieldProblem("answers." + q.key(), "training.answer.required", q.label()));
      } else {
        answers.put(q.key(), yes);
      }
    }
    return answers;
  }

  /** An unknown key as named in the refusal: printable characters, cut to a sensible length. */
  private static String shown(String key) {
    String printable = key == null ? "" : key.replaceAll("[^\\p{L}\\p{N}_.-]", "?");
    return printable.length() > 40 ? printable.substring(0, 40) + "…" : printable;
  }

  private static void eligibility(
      TrainingEvent event, Optional<OwnerLookup.BusinessFacts> business, List<FieldProblem> p) {
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

  static Boolean yesNo(Object v) {
    if (v instanceof Boolean b) {
      return b;
    }
    if (v instanceof String s) {
      String t = s.strip().toLowerCase(Locale.ROOT);
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
}
