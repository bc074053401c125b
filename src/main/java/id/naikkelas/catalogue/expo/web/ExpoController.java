package id.naikkelas.catalogue.expo.web;

import id.naikkelas.catalogue.expo.Expos;
import id.naikkelas.catalogue.inquiry.Inquiries;
import id.naikkelas.catalogue.inquiry.InquiryRequest;
import id.naikkelas.platform.InvalidInputException;
import id.naikkelas.platform.NotFoundException;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Locale;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Public pages of the virtual expos, in Indonesian and English. */
@Controller
class ExpoController {

  private final Expos expos;
  private final Inquiries inquiries;

  ExpoController(Expos expos, Inquiries inquiries) {
    this.expos = expos;
    this.inquiries = inquiries;
  }

  @GetMapping("/expo")
  String list(Model model) {
    model.addAttribute("expos", expos.all());
    return "catalogue/expos";
  }

  @GetMapping("/expo/{id}")
  String expo(@PathVariable long id, Locale locale, Model model) {
    model.addAttribute("expo", expos.expo(id));
    model.addAttribute("english", "en".equals(locale.getLanguage()));
    model.addAttribute("booths", expos.booths(id));
    return "catalogue/expo";
  }

  /** A booth; opening it counts a visit. */
  @GetMapping("/expo/{id}/stan/{businessId}")
  String booth(@PathVariable long id, @PathVariable long businessId, Locale locale, Model model) {
    Expos.Booth booth =
        expos.booths(id).stream()
            .filter(b -> b.businessId() == businessId)
            .findFirst()
            .orElseThrow(() -> new NotFoundException("booth", businessId));
    expos.visited(id, businessId);
    model.addAttribute("expo", expos.expo(id));
    model.addAttribute("english", "en".equals(locale.getLanguage()));
    model.addAttribute("booth", booth);
    return "catalogue/booth";
  }

  @PostMapping("/expo/{id}/stan/{businessId}/tanya")
  String ask(
      @PathVariable long id,
      @PathVariable long businessId,
      @RequestParam long productId,
      @RequestParam(required = false) String buyerName,
      @RequestParam(required = false) String organisation,
      @RequestParam(required = false) String country,
      @RequestParam(required = false) String contact,
      @RequestParam(required = false) String quantity,
      @RequestParam(required = false) String message,
      @RequestParam(required = false) String website,
      HttpServletRequest request,
      RedirectAttributes redirect) {
    try {
      Inquiries.Asked asked =
          inquiries.ask(
              new InquiryRequest(
                  productId,
                  null,
                  buyerName,
                  organisation,
                  country,
                  contact,
                  quantity,
                  message,
                  website,
                  id),
              request.getRemoteAddr());
      return "redirect:/katalog/tanya/" + asked.token();
    } catch (InvalidInputException e) {
      redirect.addFlashAttribute("refusedProblem", e.problems().get(0));
      return "redirect:/expo/" + id + "/stan/" + businessId;
    }
  }
}
