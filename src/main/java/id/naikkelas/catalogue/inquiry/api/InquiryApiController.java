package id.naikkelas.catalogue.inquiry.api;

import id.naikkelas.access.CurrentActor;
import id.naikkelas.catalogue.inquiry.Inquiries;
import id.naikkelas.catalogue.inquiry.InquiryRequest;
import id.naikkelas.catalogue.inquiry.InquiryState;
import id.naikkelas.catalogue.inquiry.InquiryView;
import id.naikkelas.platform.Throttled;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirements;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import java.math.BigDecimal;
import java.net.URI;
import java.util.List;
import java.util.Map;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** Buyers' inquiries: asked by anyone, read by the owner and the officers of the scope. */
@RestController
@Tag(name = "Inquiries", description = "Buyers ask about a product or a business")
class InquiryApiController {

  /** The deal an inquiry ended in; the currency is ISO 4217, IDR when left out. */
  record InquiryDealRequest(
      @NotNull @PositiveOrZero BigDecimal dealValue,
      @Pattern(regexp = "[A-Za-z]{3}") String currency) {}

  private final Inquiries inquiries;
  private final CurrentActor current;

  InquiryApiController(Inquiries inquiries, CurrentActor current) {
    this.inquiries = inquiries;
    this.current = current;
  }

  @PostMapping("/api/v1/inquiries")
  @SecurityRequirements
  @Throttled
  @Operation(summary = "Ask about a product (productId) or a business (businessId); public")
  ResponseEntity<Map<String, Object>> ask(
      @Valid @RequestBody InquiryRequest ask, HttpServletRequest http) {
    Inquiries.Asked asked = inquiries.ask(ask, http.getRemoteAddr());
    return ResponseEntity.created(URI.create("/api/v1/inquiries/" + asked.id()))
        .body(Map.of("id", asked.id(), "token", asked.token(), "status", InquiryState.NEW.name()));
  }

  @GetMapping("/api/v1/inquiries")
  @Operation(summary = "Inquiries of the owner's businesses, or of the officer's scope")
  List<InquiryView> list() {
    return inquiries.list(current.require());
  }

  @PostMapping("/api/v1/inquiries/{id}/answer")
  @Operation(summary = "Mark a NEW inquiry answered (the owner or an officer in scope)")
  InquiryView answer(@PathVariable long id) {
    return inquiries.answer(current.require(), id);
  }

  @PostMapping("/api/v1/inquiries/{id}/deal")
  @Operation(summary = "Record the deal a NEW or ANSWERED inquiry ended in: value and currency")
  InquiryView deal(@PathVariable long id, @Valid @RequestBody InquiryDealRequest deal) {
    return inquiries.recordDeal(current.require(), id, deal.dealValue(), deal.currency());
  }

  @PostMapping("/api/v1/inquiries/{id}/close")
  @Operation(summary = "Close a NEW or ANSWERED inquiry without a deal")
  InquiryView close(@PathVariable long id) {
    return inquiries.close(current.require(), id);
  }

  @GetMapping("/api/v1/public/inquiries/{token}")
  @SecurityRequirements
  @Operation(summary = "The buyer's own inquiry, by its private token")
  InquiryView mine(@PathVariable String token) {
    return inquiries.byToken(token);
  }
}
