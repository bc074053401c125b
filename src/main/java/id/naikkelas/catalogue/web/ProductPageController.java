package id.naikkelas.catalogue.web;

import id.naikkelas.catalogue.ProductView;
import id.naikkelas.catalogue.Products;
import id.naikkelas.catalogue.inquiry.Inquiries;
import id.naikkelas.catalogue.inquiry.web.InquiryPageForm;
import id.naikkelas.platform.Amounts;
import id.naikkelas.platform.InvalidInputException;
import id.naikkelas.platform.PublicUrl;
import id.naikkelas.platform.web.FormErrors;
import id.naikkelas.platform.web.StructuredData;
import id.naikkelas.region.Region;
import id.naikkelas.region.Regions;
import jakarta.servlet.http.HttpServletRequest;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;

/**
 * A published product's public page with its Open Graph tags and the buyer's question form, which
 * it shows again with the problems when the question is refused (the buyer's own inquiry page:
 * InquiryPageController).
 */
@Controller
class ProductPageController {

  private final Products products;
  private final Inquiries inquiries;
  private final Regions regions;
  private final MessageSource messages;
  private final PublicUrl publicUrl;

  ProductPageController(
      Products products,
      Inquiries inquiries,
      Regions regions,
      MessageSource messages,
      PublicUrl publicUrl) {
    this.products = products;
    this.inquiries = inquiries;
    this.regions = regions;
    this.messages = messages;
    this.publicUrl = publicUrl;
  }

  @GetMapping("/katalog/produk/{id}")
  String product(@PathVariable long id, Model model) {
    return product(id, new InquiryPageForm(), model);
  }

  private String product(long id, InquiryPageForm form, Model model) {
    ProductView p = products.published(id);
    model.addAttribute("product", p);
    String district = regions.find(p.districtCode()).map(Region::name).orElse("");
    model.addAttribute("district", district);
    model.addAttribute("form", form);
    String price = Amounts.format(p.price()) + " / " + p.unit();
    model.addAttribute(
        "pageDescription",
        messages.getMessage(
            "phone.description.product",
            new Object[] {p.name(), p.businessName(), district, price},
            LocaleContextHolder.getLocale()));
    Map<String, String> og = new LinkedHashMap<>();
    og.put("og:title", p.name() + " · " + p.businessName());
    og.put("og:type", "product");
    og.put("og:url", publicUrl.of("/katalog/produk/" + p.id()));
    if (!p.photoIds().isEmpty()) {
      og.put("og:image", publicUrl.of("/katalog/foto/" + p.photoIds().get(0) + ".jpg"));
    }
    og.put("og:description", price);
    model.addAttribute("og", og);
    model.addAttribute("structuredData", structuredData(p));
    return "catalogue/product";
  }

  /** A schema.org Product with its offer in rupiah, for search engines. */
  private String structuredData(ProductView p) {
    Map<String, Object> offer = new LinkedHashMap<>();
    offer.put("@type", "Offer");
    offer.put("price", p.price().stripTrailingZeros().toPlainString());
    offer.put("priceCurrency", "IDR");
    if (p.availability() != null) {
      offer.put(
          "availability",
          switch (p.availability()) {
            case AVAILABLE -> "https://schema.org/InStock";
            case PRE_ORDER -> "https://schema.org/PreOrder";
            case OUT_OF_STOCK -> "https://schema.org/OutOfStock";
          });
    }
    offer.put("url", publicUrl.of("/katalog/produk/" + p.id()));
    Map<String, Object> product = new LinkedHashMap<>();
    product.put("@context", "https://schema.org");
    product.put("@type", "Product");
    product.put("name", p.name());
    product.put(
        "brand",
        Map.of(
            "@type",
            "Organization",
            "name",
            p.businessName(),
            "url",
            publicUrl.of("/katalog/usaha/" + p.businessId())));
    if (!p.photoIds().isEmpty()) {
      product.put("image", publicUrl.of("/katalog/foto/" + p.photoIds().get(0) + ".jpg"));
    }
    product.put("offers", offer);
    return StructuredData.of(product);
  }

  @PostMapping("/katalog/produk/{id}/tanya")
  String ask(
      @PathVariable long id,
      @ModelAttribute("form") InquiryPageForm form,
      BindingResult binding,
      HttpServletRequest request,
      Model model) {
    try {
      Inquiries.Asked asked = inquiries.ask(form.toAsk(id), request.getRemoteAddr());
      return "redirect:/katalog/tanya/" + asked.token();
    } catch (InvalidInputException e) {
      FormErrors.reject(binding, e);
      return product(id, form, model);
    }
  }
}
