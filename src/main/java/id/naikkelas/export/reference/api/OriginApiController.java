package id.naikkelas.export.reference.api;

import id.naikkelas.access.CurrentActor;
import id.naikkelas.export.reference.Countries;
import id.naikkelas.export.reference.OriginRule;
import id.naikkelas.export.reference.OriginRules;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirements;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Destination countries and the certificate of origin each needs. */
@RestController
@Tag(name = "Export reference")
class OriginApiController {

  private final Countries countries;
  private final OriginRules rules;
  private final CurrentActor current;

  OriginApiController(Countries countries, OriginRules rules, CurrentActor current) {
    this.countries = countries;
    this.rules = rules;
    this.current = current;
  }

  @GetMapping("/api/v1/countries")
  @SecurityRequirements // public reference data
  @Operation(
      operationId = "exportCountries",
      summary = "ISO 3166-1 countries with Indonesian and English names and their origin rule")
  List<CountryResponse> countries() {
    Map<String, OriginRule> stored =
        rules.all().stream().collect(Collectors.toMap(OriginRule::country, Function.identity()));
    return countries.all().stream()
        .map(
            c ->
                CountryResponse.of(
                    c,
                    stored.containsKey(c.code())
                        ? stored.get(c.code())
                        : rules.forCountry(c.code())))
        .toList();
  }

  @GetMapping("/api/v1/origin-rules")
  @SecurityRequirements // public reference data
  @Operation(
      operationId = "exportOriginRules",
      summary =
          "The rule for one country (non-preferential when it has none), or every stored rule"
              + " when no country is given")
  List<OriginRule> originRules(@RequestParam(required = false) String country) {
    return country == null || country.isBlank() ? rules.all() : List.of(rules.forCountry(country));
  }

  @PutMapping("/api/v1/origin-rules/{country}")
  @Operation(
      operationId = "exportSetOriginRule",
      summary = "Set the certificate-of-origin rule of a country (admins)")
  OriginRule update(@PathVariable String country, @Valid @RequestBody OriginRuleRequest r) {
    return rules.update(current.require(), country, r.form(), r.agreement(), r.source());
  }
}
