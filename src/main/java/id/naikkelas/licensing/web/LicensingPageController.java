package id.naikkelas.licensing.web;

import id.naikkelas.access.Actor;
import id.naikkelas.access.CurrentActor;
import id.naikkelas.access.Role;
import id.naikkelas.licensing.LicenceKind;
import id.naikkelas.licensing.LicensingActions;
import id.naikkelas.licensing.LicensingApplication;
import id.naikkelas.licensing.LicensingAssignments;
import id.naikkelas.licensing.LicensingProgrammes;
import id.naikkelas.licensing.LicensingQueue;
import id.naikkelas.licensing.LicensingRequestView;
import id.naikkelas.licensing.LicensingRequests;
import id.naikkelas.licensing.OwnBusinesses;
import id.naikkelas.licensing.QueueItem;
import id.naikkelas.licensing.RequestStatus;
import id.naikkelas.licensing.Stage;
import id.naikkelas.licensing.documents.DocumentType;
import id.naikkelas.licensing.documents.LicensingDocuments;
import id.naikkelas.platform.PageResponse;
import id.naikkelas.platform.web.PageActions;
import id.naikkelas.platform.web.PageLinks;
import jakarta.servlet.http.HttpServletRequest;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The licensing pages: the work queue (officers: their scope; owners: their own requests), the
 * application form, and a request's page with its stages and the one action each state allows.
 */
@Controller
class LicensingPageController {

  private static final ZoneId WIB = ZoneId.of("Asia/Jakarta");

  private final LicensingRequests requests;
  private final LicensingActions actions;
  private final LicensingQueue queue;
  private final OwnBusinesses own;
  private final LicensingAssignments assignments;
  private final LicensingDocuments documents;
  private final LicensingProgrammes programmes;
  private final CurrentActor current;
  private final Clock clock;

  LicensingPageController(
      LicensingRequests requests,
      LicensingActions actions,
      LicensingQueue queue,
      OwnBusinesses own,
      LicensingAssignments assignments,
      LicensingDocuments documents,
      LicensingProgrammes programmes,
      CurrentActor current,
      Clock clock) {
    this.requests = requests;
    this.actions = actions;
    this.queue = queue;
    this.own = own;
    this.assignments = assignments;
    this.documents = documents;
    this.programmes = programmes;
    this.current = current;
    this.clock = clock;
  }

  @ModelAttribute("kinds")
  LicenceKind[] kinds() {
    return LicenceKind.values();
  }

  @GetMapping("/perizinan")
  String list(
      @RequestParam(required = false) LicenceKind kind,
      @RequestParam(required = false) Stage stage,
      @RequestParam(required = false) RequestStatus status,
      @RequestParam(required = false) String region,
      @RequestParam(required = false) String assignee,
      @RequestParam(name = "usaha", required = false) Long applyFor,
      @RequestParam(defaultValue = "0") int page,
      HttpServletRequest request,
      Model model) {
    Actor by = current.require();
    int size = 25;
    PageResponse<QueueItem> items =
        queue.list(
            by,
            new LicensingQueue.Filter(
                kind,
                stage,
                status,
                blank(region) ? null : region.strip(),
                "mine".equals(assignee) ? Long.valueOf(by.id()) : null,
                "none".equals(assignee)),
            Math.max(page, 0),
            size);
    model.addAttribute("assignee", assignee);
    model.addAttribute("applyFor", applyFor);
    model.addAttribute("items", items.items());
    model.addAttribute(
        "pages",
        PageLinks.of(
            new PageImpl<>(items.items(), PageRequest.of(items.page(), size), items.totalItems()),
            request));
    model.addAttribute("filter", new LicensingQueue.Filter(kind, stage, status, region));
    model.addAttribute("stages", Stage.values());
    model.addAttribute("statuses", RequestStatus.values());
    model.addAttribute("owner", by.role() == Role.OWNER);
    model.addAttribute("own", own.of(by));
    model.addAttribute(
        "programmes", programmes.ofYear(LocalDate.now(clock.withZone(WIB)).getYear()));
    return "licensing/queue";
  }

  @PostMapping("/perizinan")
  String apply(@ModelAttribute ApplicationForm form, RedirectAttributes redirect) {
    return PageActions.run(
            redirect,
            "licensing.applied",
            () -> requests.apply(current.require(), form.toApplication()).id())
        .map(id -> "redirect:/perizinan/" + id)
        .orElse("redirect:/perizinan");
  }

  @GetMapping("/perizinan/{id}")
  String request(@PathVariable long id, Model model) {
    Actor by = current.require();
    LicensingRequestView r = requests.find(by, id);
    boolean owner = by.role() == Role.OWNER;
    model.addAttribute("r", r);
    model.addAttribute("owner", owner);
    model.addAttribute("documents", documents.list(by, id));
    model.addAttribute("documentTypes", DocumentType.of(r.kind()));
    model.addAttribute(
        "officers", owner || !r.status().open() ? List.of() : assignments.candidates(by, id));
    return "licensing/request";
  }

  @PostMapping("/perizinan/{id}/tugaskan")
  String assign(
      @PathVariable long id,
      @RequestParam(required = false) Long officerId,
      RedirectAttributes redirect) {
    PageActions.run(
        redirect, "licensing.assigned", () -> assignments.assign(current.require(), id, officerId));
    return "redirect:/perizinan/" + id;
  }

  @PostMapping("/perizinan/{id}/tahap/{stage}")
  String complete(
      @PathVariable long id,
      @PathVariable Stage stage,
      @ModelAttribute StageForm form,
      RedirectAttributes redirect) {
    PageActions.run(
        redirect,
        "licensing.stageDone",
        () -> actions.complete(current.require(), id, stage, form.toInput()));
    return "redirect:/perizinan/" + id;
  }

  @PostMapping("/perizinan/{id}/{action:kembalikan|tolak|ajukan-ulang|tarik}")
  String act(
      @PathVariable long id,
      @PathVariable String action,
      @RequestParam(required = false) String reason,
      RedirectAttributes redirect) {
    Actor by = current.require();
    PageActions.run(
        redirect,
        "licensing.done." + action,
        () ->
            switch (action) {
              case "kembalikan" -> actions.returnToOwner(by, id, reason);
              case "tolak" -> actions.refuse(by, id, reason);
              case "ajukan-ulang" -> actions.resubmit(by, id);
              default -> actions.withdraw(by, id);
            });
    return "redirect:/perizinan/" + id;
  }

  private static boolean blank(String s) {
    return s == null || s.isBlank();
  }

  /** The application form as typed: ids and classes as text, read here. */
  record ApplicationForm(
      Long businessId,
      LicenceKind kind,
      String productIds,
      Long programmeId,
      String markName,
      String niceClasses,
      String goodsServices,
      Long renewalOf) {

    LicensingApplication toApplication() {
      return new LicensingApplication(
          businessId,
          kind,
          FormLists.longs(productIds, "productIds"),
          programmeId,
          markName,
          FormLists.ints(niceClasses, "niceClasses"),
          goodsServices,
          renewalOf);
    }
  }
}
