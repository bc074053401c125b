package id.naikkelas.registry;

import id.naikkelas.access.Actor;
import id.naikkelas.platform.FieldProblem;
import id.naikkelas.platform.Nik;
import id.naikkelas.platform.WebLinks;
import id.naikkelas.region.Region;
import id.naikkelas.region.RegionLevel;
import id.naikkelas.region.Regions;
import id.naikkelas.registry.OwnerFieldChecker.OwnerFields;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.springframework.stereotype.Component;

/**
 * Checks a {@link BusinessDraft} against the domain rules of DESIGN.md §2 and the caller's region
 * scope, collecting every problem with the field it belongs to. Shared by the form, the API and the
 * importer.
 */
@Component
class DraftChecker {

  /** What checking a draft found: the parsed draft, or the problems; warnings in both cases. */
  record Result(CheckedDraft draft, List<FieldProblem> problems, List<FieldProblem> warnings) {
    boolean valid() {
      return draft != null;
    }
  }

  static final ZoneId WIB = ZoneId.of("Asia/Jakarta");
  private static final Pattern NIB = Pattern.compile("\\d{13}");
  private static final Pattern KBLI = Pattern.compile("\\d{5}");
  private static final int MAX_CHANNELS = 10;

  private final Regions regions;
  private final KbliReference kbliReference;
  private final Clock clock;

  DraftChecker(Regions regions, KbliReference kbliReference, Clock clock) {
    this.regions = regions;
    this.kbliReference = kbliReference;
    this.clock = clock;
  }

  /** Checks a draft whose owner may live anywhere (self-registration). */
  Result check(BusinessDraft d, Actor by) {
    return check(d, by, OwnerFields.ANYWHERE);
  }

  /** Checks a draft, reading its owner fields as told. */
  Result check(BusinessDraft d, Actor by, OwnerFields ownerFields) {
    return check(
        d,
        by,
        code -> regions.find(code).filter(r -> r.level() == RegionLevel.VILLAGE),
        ownerFields);
  }

  /** Checks with the given village look-up (the importer passes its in-memory directory). */
  Result check(
      BusinessDraft d,
      Actor by,
      Function<String, Optional<Region>> villages,
      OwnerFields ownerFields) {
    List<FieldProblem> problems = new ArrayList<>();
    List<FieldProblem> warnings = new ArrayList<>();
    LocalDate today = LocalDate.now(clock.withZone(WIB));
    boolean kept = ownerFields == OwnerFields.KEPT;

    Nik.Parsed nik = Nik.parse(d.nik(), today);
    if (!nik.valid() && !kept) { // a kept owner's NIK is not read: the owner is already linked
      problems.add(new FieldProblem("nik", nik.problem().messageKey()));
    }
    int ownerProblemsAt = problems.size(); // the owner's fields come first, as in the form
    String businessName =
        DraftFields.nameText(d.businessName(), "businessName", 160, true, problems);
    String nib = null;
    if (DraftFields.present(d.nib())) {
      nib = d.nib().strip();
      if (!NIB.matcher(nib).matches()) {
        problems.add(new FieldProblem("nib", "registry.nib.format"));
      }
    }
    int kbliVersion = 2020;
    if (DraftFields.present(d.kbliVersion())) {
      kbliVersion =
          "2025".equals(d.kbliVersion().strip())
              ? 2025
              : "2020".equals(d.kbliVersion().strip()) ? 2020 : -1;
      if (kbliVersion < 0) {
        problems.add(new FieldProblem("kbliVersion", "registry.kbli.version"));
      }
    }
    List<String> kbli = DraftFields.split(d.kbliCodes());
    if (kbli.isEmpty()) {
      problems.add(new FieldProblem("kbliCodes", "registry.kbli.required"));
    }
    for (String code : kbli) {
      if (!KBLI.matcher(code).matches()) {
        problems.add(new FieldProblem("kbliCodes", "registry.kbli.format", code));
      } else if (kbliVersion > 0) {
        final int version = kbliVersion;
        kbliReference
            .problem(version, code)
            .ifPresent(
                key ->
                    problems.add(
                        new FieldProblem("kbliCodes", key, code, String.valueOf(version))));
      }
    }
    BigDecimal capital = DraftFields.amount(d.capital(), "capital", problems);
    BigDecimal sales = DraftFields.amount(d.annualSales(), "annualSales", problems);
    Integer employees = DraftFields.number(d.employees(), "employees", 0, 1_000_000, problems);
    Integer founded =
        DraftFields.number(d.yearFounded(), "yearFounded", 1900, today.getYear(), problems);

    String village = null;
    if (!DraftFields.present(d.villageCode())) {
      problems.add(new FieldProblem("villageCode", "registry.village.required"));
    } else {
      Optional<Region> region = villages.apply(d.villageCode().strip());
      if (region.isEmpty()) {
        problems.add(
            new FieldProblem("villageCode", "registry.village.unknown", d.villageCode().strip()));
      } else if (!by.covers(region.get().code())) {
        problems.add(
            new FieldProblem("villageCode", "registry.village.outsideScope", region.get().code()));
      } else {
        village = region.get().code();
      }
    }
    List<FieldProblem> ownerProblems = new ArrayList<>();
    OwnerFieldChecker.Checked owner =
        OwnerFieldChecker.check(d, nik, village, by, ownerFields, villages, ownerProblems);
    problems.addAll(ownerProblemsAt, ownerProblems);
    String address = DraftFields.nameText(d.address(), "address", 300, false, problems);
    List<String> channels = DraftFields.split(d.onlineChannels());
    if (channels.size() > MAX_CHANNELS) {
      problems.add(new FieldProblem("onlineChannels", "registry.channel.tooMany", MAX_CHANNELS));
    }
    for (String channel : channels) {
      if (!WebLinks.isHttp(channel) || channel.length() > 300) {
        problems.add(new FieldProblem("onlineChannels", "registry.channel.invalid", channel));
      }
    }
    String pirt = DraftFields.text(d.pirtNumber(), "pirtNumber", 40, false, problems);
    String halal = DraftFields.text(d.halalNumber(), "halalNumber", 60, false, problems);
    String trademark =
        DraftFields.text(d.trademarkNumber(), "trademarkNumber", 60, false, problems);

    if (kept) {
      warnings.add(new FieldProblem("nik", "registry.owner.kept"));
    } else if (nik.valid()
        && owner.villageCode() != null
        && !owner.villageCode().startsWith(nik.nik().districtCode())) {
      warnings.add(new FieldProblem("nik", "registry.nik.regionDiffers", nik.nik().districtCode()));
    }
    if (!problems.isEmpty()) {
      return new Result(null, problems, warnings);
    }
    return new Result(
        new CheckedDraft(
            kept ? null : nik.nik(),
            owner.name(),
            owner.phone(),
            owner.email(),
            owner.address(),
            owner.villageCode(),
            businessName,
            BusinessNames.key(businessName),
            nib,
            kbliVersion,
            kbli,
            capital,
            sales,
            employees,
            founded,
            village,
            address,
            channels,
            d.sellsOnline() || !channels.isEmpty(),
            d.ikm(),
            d.exporter(),
            pirt,
            halal,
            trademark,
            d.whatsappConsent()),
        List.of(),
        warnings);
  }
}
