package id.naikkelas.catalogue.api;

import id.naikkelas.access.CurrentActor;
import id.naikkelas.catalogue.Inquiries;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
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

  record Move(String status, BigDecimal dealValue, String currency) {}

  private final Inquiries inquiries;
  private final CurrentActor current;

  InquiryApiController(Inquiries inquiries, CurrentActor current) {
    this.inquiries = inquiries;
    this.current = current;
  }

  @PostMapping("/api/v1/inquiries")
  @Operation(summary = "Ask about a product (productId) or a business (businessId); public")
  ResponseEntity<Map<String, Object>> ask(@RequestBody Inquiries.Ask ask, HttpServletRequest http) {
    Inquiries.Asked asked = inquiries.ask(ask, http.getRemoteAddr());
    return ResponseEntity.created(URI.create("/api/v1/inquiries/" + asked.id()))
        .body(Map.of("id", asked.id(), "token", asked.token(), "status", "NEW"));
  }

  @GetMapping("/api/v1/inquiries")
  @Operation(summary = "Inquiries of the owner's businesses, or of the officer's scope")
  List<Inquiries.Row> list() {
    return inquiries.list(current.require());
  }

  @PostMapping("/api/v1/inquiries/{id}/status")
  @Operation(summary = "Move to ANSWERED, DEAL (dealValue, currency) or CLOSED")
  ResponseEntity<Void> move(@PathVariable long id, @RequestBody Move move) {
    inquiries.move(current.require(), id, move.status(), move.dealValue(), move.currency());
    return ResponseEntity.noContent().build();
  }

  @GetMapping("/api/v1/public/inquiries/{token}")
  @Operation(summary = "The buyer's own inquiry, by its private token")
  Inquiries.Row mine(@PathVariable String token) {
    return inquiries.byToken(token);
  }
}
