package id.naikkelas.licensing;

import id.naikkelas.access.Actor;
import id.naikkelas.audit.AuditAction;
import id.naikkelas.audit.AuditTrail;
import id.naikkelas.catalogue.ProductView;
import id.naikkelas.catalogue.Products;
import id.naikkelas.platform.FieldProblem;
import id.naikkelas.platform.FormFields;
import id.naikkelas.platform.InvalidInputException;
import id.naikkelas.platform.NotFoundException;
import id.naikkelas.registry.OwnerLookup.CatalogueFacts;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Opening licensing requests and reading them. An application is checked whole (every wrong field
 * named), holds its subjects (one open request per kind and product, business or mark: 409), and
 * takes a programme place or waits in order; nothing is written when any of it fails.
 */
@Service
public class LicensingRequests {

  static final ZoneId WIB = ZoneId.of("Asia/Jakarta");

  private final LicensingRequestRepository requests;
  private final RequestAccess access;
  private final OpenSubjects subjects;
  private final ProgrammeJoining joining;
  private final Products products;
  private final RecommendationLetters letters;
  private final AuditTrail audit;
  private final Assignees assignees;
  private final Clock clock;

  LicensingRequests(
      LicensingRequestRepository requests,
      RequestAccess access,
      OpenSubjects subjects,
      ProgrammeJoining joining,
      Products products,
      RecommendationLetters letters,
      AuditTrail audit,
      Assignees assignees,
      Clock clock) {
    this.requests = requests;
    this.access = access;
    this.subjects = subjects;
    this.joining = joining;
    this.products = products;
    this.letters = letters;
    this.audit = audit;
    this.assignees = assignees;
    this.clock = clock;
  }

  @Transactional
  public LicensingRequestView apply(Actor by, LicensingApplication a) {
    requireIdentity(a);
    CatalogueFacts business = access.business(by, a.businessId(), "business", a.businessId());
    LocalDate today = LocalDate.now(clock.withZone(WIB));
    Application checked = check(a, business, today);
    LicensingRequest r = new LicensingRequest(checked, today, by.id(), clock.instant());
    requests.saveAndFlush(r);
    subjects.hold(checked.kind(), checked.subjects(), r.id());
    if (a.programmeId() != null) {
      joining.join(r, a.programmeId());
    }
    LicensingRequestView view =
        LicensingRequestView.of(requests.save(r), business.name(), null, null);
    audit.record(
        AuditAction.CREATE,
        "licensing-request",
        r.id(),
        r.villageCode(),
        null,
        Map.of("kind", r.kind().name(), "businessId", r.businessId(), "stage", r.stage().name()));
    return view;
  }

  @Transactional(readOnly = true)
  public LicensingRequestView find(Actor by, long id) {
    LicensingRequest r =
        requests.findById(id).orElseThrow(() -> new NotFoundException("licensingRequest", id));
    CatalogueFacts business = access.request(by, r);
    return LicensingRequestView.of(r, business.name(), letters.codeOf(id), assignees.of(id));
  }

  /**
   * Locks the request's row until the transaction ends and answers its status as committed, for
   * work outside the aggregate's transitions that needs the request to stay open while it writes
   * (documents, assignment). 404 for an unknown id.
   */
  @Transactional
  public RequestStatus lockStatus(long id) {
    return requests
        .lockedStatus(id)
        .map(RequestStatus::valueOf)
        .orElseThrow(() -> new NotFoundException("licensingRequest", id));
  }

  /** The business and the kind come first: without them nothing else can be checked. */
  private static void requireIdentity(LicensingApplication a) {
    List<FieldProblem> p = new ArrayList<>();
    if (a.businessId() == null) {
      p.add(new FieldProblem("businessId", "field.required"));
    }
    if (a.kind() == null) {
      p.add(new FieldProblem("kind", "field.required"));
    }
    if (!p.isEmpty()) {
      throw new InvalidInputException(p);
    }
  }

  private Application check(LicensingApplication a, CatalogueFacts business, LocalDate today) {
    List<FieldProblem> p = new ArrayList<>();
    List<Long> productIds = a.productIds() == null ? List.of() : new ArrayList<>(a.productIds());
    SortedSet<Integer> classes = new TreeSet<>();
    String mark = null;
    String goods = null;
    if (productIds.size() > 50 || productIds.stream().anyMatch(id -> id == null || id < 1)) {
      p.add(new FieldProblem("productIds", "licensing.products.tooMany", 50));
      productIds = List.of();
    } else if (a.kind().coversProducts()) {
      Set<Long> own =
          products.ofBusiness(a.businessId()).stream()
              .map(ProductView::id)
              .collect(Collectors.toSet());
      if (productIds.isEmpty()) {
        p.add(new FieldProblem("productIds", "field.required"));
      } else if (!own.containsAll(productIds)) {
        p.add(new FieldProblem("productIds", "licensing.products.notOfBusiness"));
      }
    } else if (!productIds.isEmpty()) {
      p.add(new FieldProblem("productIds", "licensing.products.notForKind", a.kind().name()));
    }
    if (a.kind() == LicenceKind.TRADEMARK) {
      mark = FormFields.name(a.markName(), "markName", 120, true, p);
      classes = NiceClasses.check(a.niceClasses(), p);
      goods = FormFields.text(a.goodsServices(), "goodsServices", 2000, true, p);
    }
    if (a.renewalOf() != null) {
      renewal(a, today, p);
    }
    if (!p.isEmpty()) {
      throw new InvalidInputException(p);
    }
    return new Application(
        a.kind(),
        a.businessId(),
        business.villageCode(),
        productIds.stream().distinct().toList(),
        classes,
        mark,
        goods,
        a.renewalOf());
  }

  /** A renewal renews an issued permit of the same kind and business, inside its window. */
  private void renewal(LicensingApplication a, LocalDate today, List<FieldProblem> p) {
    LicensingRequest old = requests.findById(a.renewalOf()).orElse(null);
    if (old == null
        || old.businessId() != a.businessId()
        || old.kind() != a.kind()
        || old.status() != RequestStatus.ISSUED) {
      p.add(new FieldProblem("renewalOf", "licensing.renewal.notIssued"));
    } else if (!old.protection().renewable(today)) {
      p.add(new FieldProblem("renewalOf", "licensing.renewal.notYet"));
    }
  }
}
