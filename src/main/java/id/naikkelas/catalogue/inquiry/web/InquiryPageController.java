package id.naikkelas.catalogue.inquiry.web;

import id.naikkelas.access.Actor;
import id.naikkelas.access.CurrentActor;
import id.naikkelas.catalogue.inquiry.Inquiries;
import id.naikkelas.platform.Amounts;
import id.naikkelas.platform.InvalidInputException;
import id.naikkelas.platform.web.PageActions;
import java.math.BigDecimal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Inquiry pages: the buyer's own inquiry, by its private token, and the inbox where owners and
 * officers answer, record a deal or close (the question is asked on the product page,
 * ProductPageController, or at an expo booth, ExpoController).
 */
@Controller
class InquiryPageController {

  private final Inquiries inquiries;
  private final CurrentActor current;

  InquiryPageController(Inquiries inquiries, CurrentActor current) {
    this.inquiries = inquiries;
    this.current = current;
  }

  @GetMapping("/katalog/tanya/{token}")
  String inquiry(@PathVariable String token, Model model) {
    model.addAttribute("inquiry", inquiries.byToken(token));
    return "catalogue/inquiry";
  }

  @GetMapping("/kelola/pertanyaan")
  String inbox(Model model) {
    model.addAttribute("inquiries", inquiries.list(current.require()));
    return "catalogue/inbox";
  }

  /** The inbox's one form: answer, record a deal (value, currency) or close. */
  @PostMapping("/kelola/pertanyaan/{id}/tindakan")
  String inquiryAction(
      @PathVariable long id,
      @RequestParam String action,
      @RequestParam(required = false) String dealValue,
      @RequestParam(required = false) String currency,
      RedirectAttributes redirect) {
    PageActions.run(
        redirect,
        "catalogue.done.inquiry",
        () -> {
          Actor by = current.require();
          switch (action) {
            case "answer" -> inquiries.answer(by, id);
            case "close" -> inquiries.close(by, id);
            case "deal" -> {
              BigDecimal value = null;
              if (dealValue != null && !dealValue.isBlank()) {
                value =
                    Amounts.parse(dealValue)
                        .orElseThrow(
                            () -> new InvalidInputException("dealValue", "inquiry.dealValue"));
              }
              inquiries.recordDeal(by, id, value, currency);
            }
            default -> throw new InvalidInputException("action", "field.required");
          }
        });
    return "redirect:/kelola/pertanyaan";
  }
}
