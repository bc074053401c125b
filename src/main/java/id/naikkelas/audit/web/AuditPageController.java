package id.naikkelas.audit.web;

import id.naikkelas.audit.AuditAction;
import id.naikkelas.audit.AuditEntry;
import id.naikkelas.audit.AuditFilter;
import id.naikkelas.audit.AuditTrail;
import id.naikkelas.platform.web.Htmx;
import id.naikkelas.platform.web.PageLinks;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestParam;

/** The admin page that lists and filters the audit trail. */
@Controller
class AuditPageController {

  private static final int PAGE_SIZE = 50;

  private final AuditTrail trail;

  AuditPageController(AuditTrail trail) {
    this.trail = trail;
  }

  @GetMapping("/admin/audit")
  String list(
      @ModelAttribute("filter") AuditFilter filter,
      @RequestParam(defaultValue = "0") int page,
      HttpServletRequest request,
      Model model) {
    Page<AuditEntry> entries = trail.find(filter, PageRequest.of(Math.max(page, 0), PAGE_SIZE));
    model.addAttribute("entries", entries.getContent());
    model.addAttribute("pages", PageLinks.of(entries, request));
    model.addAttribute("actions", AuditAction.values());
    model.addAttribute("entityTypes", trail.entityTypes());
    return Htmx.pageOrFragment(request, "audit/list", "results");
  }
}
