package id.naikkelas.training.certificate.web;

import id.naikkelas.access.CurrentActor;
import id.naikkelas.platform.NotFoundException;
import id.naikkelas.platform.web.PageActions;
import id.naikkelas.training.certificate.Certificates;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Locale;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Officers issue, print and revoke certificates; holders download theirs; anyone checks one. */
@Controller
class CertificatePageController {

  private final Certificates certificates;
  private final CurrentActor current;

  CertificatePageController(Certificates certificates, CurrentActor current) {
    this.certificates = certificates;
    this.current = current;
  }

  @PostMapping("/training/events/{id}/certificates")
  String issue(@PathVariable long id, RedirectAttributes redirect) {
    int n = certificates.issue(current.require(), id);
    redirect.addFlashAttribute("done", "training.done.issued");
    redirect.addFlashAttribute("doneCount", n);
    return back(id);
  }

  @PostMapping("/training/certificates/{code}/revoke")
  String revoke(
      @PathVariable String code,
      @RequestParam long eventId,
      @RequestParam(required = false) String reason,
      RedirectAttributes redirect) {
    PageActions.run(
        redirect,
        "training.done.revoked",
        () -> certificates.revoke(current.require(), code, reason));
    return back(eventId);
  }

  @GetMapping(value = "/training/certificates/{code}.pdf")
  ResponseEntity<byte[]> pdf(@PathVariable String code, Locale locale) {
    return ResponseEntity.ok()
        .contentType(MediaType.APPLICATION_PDF)
        .header("Content-Disposition", "inline; filename=\"sertifikat-" + code + ".pdf\"")
        .body(certificates.pdfForOfficer(current.require(), code, locale));
  }

  @GetMapping(value = "/acara/tiket/{ticket}/sertifikat.pdf")
  ResponseEntity<byte[]> forTicket(@PathVariable String ticket, Locale locale) {
    return ResponseEntity.ok()
        .contentType(MediaType.APPLICATION_PDF)
        .header("Content-Disposition", "attachment; filename=\"sertifikat.pdf\"")
        .body(certificates.pdfForTicket(ticket, locale));
  }

  /** A valid certificate; one answer (404, naming nothing) for unknown, mistyped and revoked. */
  @GetMapping("/sertifikat/{code}")
  String check(@PathVariable String code, Model model, HttpServletResponse response) {
    try {
      model.addAttribute("certificate", certificates.check(code));
    } catch (NotFoundException e) {
      response.setStatus(HttpServletResponse.SC_NOT_FOUND);
      model.addAttribute("certificate", null);
    }
    return "training/certificate-check";
  }

  private static String back(long id) {
    return "redirect:/training/events/" + id;
  }
}
