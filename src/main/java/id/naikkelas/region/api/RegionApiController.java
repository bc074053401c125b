package id.naikkelas.region.api;

import id.naikkelas.platform.InvalidInputException;
import id.naikkelas.platform.NotFoundException;
import id.naikkelas.platform.PageResponse;
import id.naikkelas.region.Region;
import id.naikkelas.region.RegionCode;
import id.naikkelas.region.Regions;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirements;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.springframework.data.domain.PageRequest;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The public region API: reference data, no token needed. */
@RestController
@SecurityRequirements
@RequestMapping("/api/v1/regions")
@Tag(name = "Regions", description = "Kemendagri regions: province, regency, district, village")
class RegionApiController {

  private final Regions regions;

  RegionApiController(Regions regions) {
    this.regions = regions;
  }

  @GetMapping
  @Operation(summary = "Search regions by name, or list the provinces when no text is given")
  PageResponse<RegionResponse> search(
      @RequestParam(defaultValue = "") String q,
      @RequestParam(required = false) String within,
      @RequestParam(defaultValue = "0") int page,
      @RequestParam(defaultValue = "20") int size) {
    if (within != null && RegionCode.parse(within).isEmpty()) {
      throw new InvalidInputException("within", "region.code.malformed", within);
    }
    if (size < 1 || size > 200) {
      throw new InvalidInputException("size", "problem.pageSize", 1, 200);
    }
    if (q.isBlank()) {
      List<Region> provinces = regions.children(null);
      return new PageResponse<>(
          provinces.stream().map(RegionResponse::of).toList(),
          0,
          provinces.size(),
          provinces.size(),
          1);
    }
    return PageResponse.of(
        regions.search(q, within, PageRequest.of(Math.max(page, 0), size)), RegionResponse::of);
  }

  @GetMapping("/{code}")
  @Operation(summary = "One region by its dotted Kemendagri code, e.g. 35.24.01.2001")
  RegionResponse region(@PathVariable String code) {
    return RegionResponse.of(existing(code));
  }

  @GetMapping("/{code}/children")
  @Operation(summary = "The regions one level below, ordered by code")
  List<RegionResponse> children(@PathVariable String code) {
    Region region = existing(code);
    return regions.children(region.code()).stream().map(RegionResponse::of).toList();
  }

  private Region existing(String code) {
    if (RegionCode.parse(code).isEmpty()) {
      throw new InvalidInputException("code", "region.code.malformed", code);
    }
    return regions.find(code).orElseThrow(() -> new NotFoundException("region", code));
  }
}
