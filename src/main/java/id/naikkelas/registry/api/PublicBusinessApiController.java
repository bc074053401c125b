package id.naikkelas.registry.api;

import id.naikkelas.platform.InvalidInputException;
import id.naikkelas.platform.PageResponse;
import id.naikkelas.region.RegionCode;
import id.naikkelas.registry.PublicBusiness;
import id.naikkelas.registry.PublicDirectory;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirements;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.data.domain.PageRequest;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Verified businesses for anyone: public fields only, no token needed. */
@RestController
@Tag(name = "Public directory", description = "Verified UMKM, public fields only")
class PublicBusinessApiController {

  private final PublicDirectory directory;

  PublicBusinessApiController(PublicDirectory directory) {
    this.directory = directory;
  }

  @GetMapping("/api/v1/public/businesses")
  @SecurityRequirements
  @Operation(summary = "Verified businesses by name and region; never NIK, phone or address")
  PageResponse<PublicBusiness> list(
      @RequestParam(required = false) String q,
      @RequestParam(required = false) String region,
      @RequestParam(defaultValue = "0") int page,
      @RequestParam(defaultValue = "20") int size) {
    if (size < 1 || size > 100) {
      throw new InvalidInputException("size", "problem.pageSize", 1, 100);
    }
    if (region != null && !region.isBlank() && RegionCode.parse(region).isEmpty()) {
      throw new InvalidInputException("region", "region.code.malformed", region);
    }
    return PageResponse.of(
        directory.search(q, region, PageRequest.of(Math.max(page, 0), size)), b -> b);
  }

  @GetMapping("/api/v1/public/businesses/{id}")
  @SecurityRequirements
  @Operation(summary = "One verified business; 404 for any other")
  PublicBusiness get(@PathVariable long id) {
    return directory.find(id);
  }
}
