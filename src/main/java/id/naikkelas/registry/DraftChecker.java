package id.naikkelas.registry;

import id.naikkelas.access.Actor;
import id.naikkelas.platform.FieldProblem;
import id.naikkelas.platform.Nik;
import id.naikkelas.platform.WebLinks;
import id.naikkelas.region.Region;
import id.naikkelas.region.RegionLevel;
import id.naikkelas.region.Regions;
import id.naikkelas.registry.OwnerFieldChecker.OwnerFields;
import id.naikkelas.registry.kbli.KbliReference;
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
public class DraftChecker {

  /** What checking a draft found: the parsed draft, or the problems; warnings in both cases. */
  public record Result(
      CheckedDraft draft, List<FieldProblem> problems, List<FieldProblem> warnings) {
    public boolean valid() {
      return draft != null;
    }
  }

  static final ZoneId WIB = ZoneId.of("Asia/Jakarta");
  private static final Pattern NIB = Pattern.compile(BusinessDraft.NIB);

  /** The order problems are listed in, as the form shows the fields. */
  private static final List<String> FIELD_ORDER =
      List.of(
          "nik",
          "sex",
          "ownerName",
          "phone",
          "email",
          "ownerAddress",
          "ownerVillageCode",
          "businessName",
          "nib",
          "kbliVersion",
          "kbliCodes",
          "capital",
          "annualSales",
          "employees",
          "yearFounded",
          "villageCode",
          "address",
          "onlineChannels",
          "pirtNumber",
          "halalNumber",
          "trademarkNumber");

  private final Regions regions;
  private final KbliReference kbliReference;
  private final Clock clock;

  DraftChecker(Regions regions, KbliReference kbliReference, Clock clock) {
    this.regions = regions;
    this.kbliReference = kbliReference;
    this.clock = clock;
  }

  /** Checks a draft whose owner may live anywhere (self-registration). */
  public Result check(BusinessDraft d, Actor by) {
    return check(d, by, OwnerFields.ANYWHERE);
  }

  /** Checks a draft, reading its owner fields as told. */
  public Result check(BusinessDraft d, Actor by, OwnerFields ownerFields) {
    return check(
        d,
        by,
        code -> regions.find(code).filter(r -> r.level() == RegionLevel.VILLAGE),
        ownerFields);
  }

  /** Checks with the given village look-up (the importer passes its in-memory directory). */
  public Result check(
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
        DraftFields.nameText(
            d.businessName(), "businessName", BusinessDraft.BUSINESS_NAME_MAX, true, problems);
    String nib = null;
    if (DraftFields.present(d.nib())) {
      nib = d.nib().strip();
      if (!NIB.matcher(nib).matches()) {
        problems.add(new FieldProblem("nib", "registry.nib.format"));
      }
    }
    KbliCodeRules.Checked kbliChecked = KbliCodeRules.check(d, kbliReference, problems);
    int kbliVersion = kbliChecked.version();
    List<String> kbli = kbliChecked.codes();
    BigDecimal capital = DraftFields.amount(d.capital(), "capital", problems);
    BigDecimal sales = DraftFields.amount(d.annualSales(), "annualSales", problems);
    Integer employees =
        DraftFields.number(
            d.employees(),
            "employees",
            BusinessDraft.EMPLOYEES_MIN,
            BusinessDraft.EMPLOYEES_MAX,
            problems);
    Integer founded =
        DraftFields.number(
            d.yearFounded(),
            "yearFounded",
            BusinessDraft.YEAR_FOUNDED_MIN,
            today.getYear(),
            problems);

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
    String address =
        DraftFields.nameText(d.address(), "address", BusinessDraft.ADDRESS_MAX, false, problems);
    List<String> channels = d.onlineChannels().stream().map(String::strip).distinct().toList();
    if (channels.size() > BusinessDraft.CHANNELS_MAX) {
      problems.add(
          new FieldProblem(
              "onlineChannels", "registry.channel.tooMany", BusinessDraft.CHANNELS_MAX));
    }
    for (String channel : channels) {
      if (!WebLinks.isHttp(channel) || channel.length() > BusinessDraft.CHANNEL_MAX) {
        problems.add(new FieldProblem("onlineChannels", "registry.channel.invalid", channel));
      }
    }
    String pirt =
        DraftFields.text(d.pirtNumber(), "pirtNumber", BusinessDraft.PIRT_MAX, false, problems);
    String halal =
        DraftFields.text(
            d.halalNumber(), "halalNumber", BusinessDraft.CERTIFICATE_MAX, false, problems);
    String trademark =
        DraftFields.text(
            d.trademarkNumber(), "trademarkNumber", BusinessDraft.CERTIFICATE_MAX, false, problems);
    for (FieldProblem p : d.unread()) {
      if (!kept || !OwnerFieldChecker.OWNER_FIELDS.contains(p.field())) {
        problems.add(p); // a kept owner's fields are not read
      }
    }

    if (kept) {
      warnings.add(new FieldProblem("nik", "registry.owner.kept"));
    } else if (nik.valid()
        && owner.villageCode() != null
        && !owner.villageCode().startsWith(nik.nik().districtCode())) {
      warnings.add(new FieldProblem("nik", "registry.nik.regionDiffers", nik.nik().districtCode()));
    }
    if (!problems.isEmpty()) {
      return new Result(null, inFieldOrder(problems), warnings);
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

  private static List<FieldProblem> inFieldOrder(List<FieldProblem> problems) {
    List<FieldProblem> sorted = new ArrayList<>(problems);
    sorted.sort(
        java.util.Comparator.comparingInt(
            p -> FIELD_ORDER.contains(p.field()) ? FIELD_ORDER.indexOf(p.field()) : 99));
    return sorted;
  }
}
