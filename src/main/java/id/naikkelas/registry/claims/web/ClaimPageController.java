package id.naikkelas.registry.claims.web;

import id.naikkelas.access.CurrentActor;
import id.naikkelas.platform.InvalidInputException;
import id.naikkelas.platform.web.FormErrors;
import id.naikkelas.registry.claims.ClaimReview;
import id.naikkelas.registry.claims.OwnerClaims;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The claimant's page to prove a claim with the code sent to the phone on record, and the officers'
 * page of pending claims of their scope to approve (KTP seen) or reject.
 */
@Controller
class ClaimPageController {

  private static final String MY_CLAIM = "registry/my-claim";
  private static final String CLAIMS = "registry/claims";

  private final OwnerClaims claims;
  private final ClaimReview review;
  private final CurrentActor current;

  ClaimPageController(OwnerClaims claims, ClaimReview review, CurrentActor current) {
    this.claims = claims;
    this.review = review;
    this.current = current;
  }

  @GetMapping("/my/claim")
  String mine(Model model) {
    model.addAttribute("form", new ClaimForms.Code());
    return myClaim(model);
  }

  @PostMapping("/my/claim")
  String code(
      @ModelAttribute("form") ClaimForms.Code form,
      BindingResult binding,
      Model model,
      RedirectAttributes redirect) {
    try {
      claims.enterCode(current.require(), form.getCode());
      redirect.addFlashAttribute("claimed", true);
      return "redirect:/my/businesses";
    } catch (InvalidInputException e) {
      FormErrors.reject(binding, e);
      form.setCode("");
      return myClaim(model);
    }
  }

  @PostMapping("/my/claim/resend")
  String resend(
      @ModelAttribute("form") ClaimForms.Code form,
      BindingResult binding,
      Model model,
      RedirectAttributes redirect) {
    try {
      claims.resend(current.require());
      redirect.addFlashAttribute("resent", true);
      return "redirect:/my/claim";
    } catch (InvalidInputException e) {
      FormErrors.reject(binding, e);
      return myClaim(model);
    }
  }

  @GetMapping("/registry/claims")
  String pending(Model model) {
    model.addAttribute("decision", new ClaimForms.Decision());
    return claimList(model, null);
  }

  @PostMapping("/registry/claims/{id}/approve")
  String approve(
      @PathVariable long id,
      @ModelAttribute("decision") ClaimForms.Decision decision,
      BindingResult binding,
      Model model,
      RedirectAttributes redirect) {
    return decide(
        id,
        "approved",
        () -> review.approve(current.require(), id, decision.toDecision()),
        binding,
        model,
        redirect);
  }

  @PostMapping("/registry/claims/{id}/reject")
  String reject(
      @PathVariable long id,
      @ModelAttribute("decision") ClaimForms.Decision decision,
      BindingResult binding,
      Model model,
      RedirectAttributes redirect) {
    return decide(
        id,
        "rejected",
        () -> review.reject(current.require(), id, decision.toDecision()),
        binding,
        model,
        redirect);
  }

  /** An officer's decision: back to the list with what was decided, or the claim with why not. */
  private String decide(
      long id,
      String outcome,
      Runnable decision,
      BindingResult binding,
      Model model,
      RedirectAttributes redirect) {
    try {
      decision.run();
      redirect.addFlashAttribute("decided", outcome);
      return "redirect:/registry/claims";
    } catch (InvalidInputException e) {
      FormErrors.reject(binding, e);
      return claimList(model, id);
    }
  }

  private String myClaim(Model model) {
    model.addAttribute(
        "claim",
        claims
            .mine(current.require())
            .orElseThrow(
                () ->
                    new id.naikkelas.platform.NotFoundException("claim", current.require().id())));
    return MY_CLAIM;
  }

  private String claimList(Model model, Long failed) {
    model.addAttribute("claims", review.pending(current.require()));
    model.addAttribute("failed", failed);
    return CLAIMS;
  }
}
