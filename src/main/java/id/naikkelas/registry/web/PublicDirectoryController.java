package id.naikkelas.registry.web;

import id.naikkelas.platform.PublicUrl;
import id.naikkelas.platform.web.Htmx;
import id.naikkelas.platform.web.PageLinks;
import id.naikkelas.platform.web.StructuredData;
import id.naikkelas.region.Regions;
import id.naikkelas.registry.PublicBusiness;
import id.naikkelas.registry.PublicDirectory;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/** The public directory of verified UMKM, mobile first, no sign-in. */
@Controller
class PublicDirectoryController {

  private final PublicDirectory directory;
  private final Regions regions;
  private final MessageSource messages;
  private final PublicUrl publicUrl;

  PublicDirectoryController(
      PublicDirectory directory, Regions regions, MessageSource messages, PublicUrl publicUrl) {
    this.directory = directory;
    this.regions = regions;
    this.messages = messages;
    this.publicUrl = publicUrl;
  }

  @GetMapping("/umkm")
  String list(
      @RequestParam(defaultValue = "") String q,
      @RequestParam(defaultValue = "") String region,
      @RequestParam(defaultValue = "0") int page,
      HttpServletRequest request,
      Model model) {
    Page<PublicBusiness> found = directory.search(q, region, PageRequest.of(Math.max(page, 0), 24));
    model.addAttribute("businesses", found.getContent());
    model.addAttribute("pages", PageLinks.of(found, request));
    model.addAttribute("q", q);
    model.addAttribute("region", region);
    model.addAttribute("served", regions.served());
    return Htmx.pageOrFragment(request, "registry/public-list", "results");
  }

  @GetMapping("/umkm/{id}")
  String detail(@PathVariable long id, Model model) {
    PublicBusiness business = directory.find(id);
    model.addAttribute("business", business);
    model.addAttribute(
        "pageDescription",
        messages.getMessage(
            "phone.description.business",
            new Object[] {business.name(), business.districtName()},
            LocaleContextHolder.getLocale()));
    model.addAttribute(
        "structuredData",
        StructuredData.of(
            Map.of(
                "@context",
                "https://schema.org",
                "@type",
                "LocalBusiness",
                "name",
                business.name(),
                "url",
                publicUrl.of("/umkm/" + business.id()),
                "address",
                Map.of(
                    "@type",
                    "PostalAddress",
                    "addressLocality",
                    business.districtName(),
                    "addressRegion",
                    business.regencyName(),
                    "addressCountry",
                    "ID"))));
    return "registry/public-detail";
  }
}
