package id.naikkelas.region.web;

import id.naikkelas.platform.NotFoundException;
import id.naikkelas.platform.web.Htmx;
import id.naikkelas.platform.web.PageLinks;
import id.naikkelas.region.Region;
import id.naikkelas.region.Regions;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/** Public pages to browse the region tree and find a region by name. */
@Controller
class RegionPageController {

  private static final int PAGE_SIZE = 25;

  private final Regions regions;

  RegionPageController(Regions regions) {
    this.regions = regions;
  }

  @GetMapping("/regions")
  String served(Model model) {
    model.addAttribute("served", regions.served());
    model.addAttribute("provinces", regions.children(null));
    return "region/index";
  }

  @GetMapping("/regions/{code}")
  String region(@PathVariable String code, Model model) {
    Region region = regions.find(code).orElseThrow(() -> new NotFoundException("region", code));
    model.addAttribute("region", region);
    model.addAttribute("path", regions.path(code));
    model.addAttribute("children", regions.children(region.code()));
    return "region/detail";
  }

  @GetMapping("/regions/search")
  String search(
      @RequestParam(defaultValue = "") String q,
      @RequestParam(defaultValue = "0") int page,
      HttpServletRequest request,
      Model model) {
    String text = q.strip();
    model.addAttribute("q", text);
    if (text.length() >= 2) {
      Page<Region> results =
          regions.search(text, null, PageRequest.of(Math.max(page, 0), PAGE_SIZE));
      model.addAttribute("results", results.getContent());
      model.addAttribute("pages", PageLinks.of(results, request));
    }
    return Htmx.pageOrFragment(request, "region/search", "results");
  }
}
