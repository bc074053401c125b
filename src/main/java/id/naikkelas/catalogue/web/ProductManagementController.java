package id.naikkelas.catalogue.web;

import id.naikkelas.access.Actor;
import id.naikkelas.access.CurrentActor;
import id.naikkelas.access.Role;
import id.naikkelas.catalogue.Category;
import id.naikkelas.catalogue.Products;
import id.naikkelas.catalogue.curation.Curation;
import id.naikkelas.platform.InvalidInputException;
import id.naikkelas.platform.web.FormErrors;
import id.naikkelas.platform.web.PageActions;
import id.naikkelas.registry.OwnerLookup;
import java.io.IOException;
import java.io.InputStream;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Owners and officers manage products (the inquiries inbox: InquiryPageController). */
@Controller
class ProductManagementController {

  private final Products products;
  private final OwnerLookup owners;
  private final Curation curation;
  private final CurrentActor current;

  ProductManagementController(
      Products products, OwnerLookup owners, Curation curation, CurrentActor current) {
    this.curation = curation;
    this.products = products;
    this.owners = owners;
    this.current = current;
  }

  @GetMapping("/kelola/produk")
  String list(Model model) {
    model.addAttribute("products", products.mine(current.require()));
    return "catalogue/manage-list";
  }

  @GetMapping("/kelola/produk/baru")
  String form(@RequestParam(required = false) Long businessId, Model model) {
    ProductPageForm form = new ProductPageForm();
    form.setBusinessId(businessId);
    return form(form, null, model);
  }

  private String form(ProductPageForm form, Long id, Model model) {
    Actor by = current.require();
    model.addAttribute("form", form);
    model.addAttribute("id", id);
    model.addAttribute("categories", Category.values());
    Map<Long, String> mine = new LinkedHashMap<>();
    if (by.role() == Role.OWNER) {
      for (long b : owners.businessesOfAccount(by.id())) {
        owners.catalogueFacts(b).ifPresent(f -> mine.put(b, f.name()));
      }
    }
    model.addAttribute("ownBusinesses", mine);
    if (id != null) {
      var product = products.find(by, id);
      model.addAttribute("product", product);
      model.addAttribute("openRounds", curation.openFor(product.districtCode()));
    }
    return "catalogue/manage-form";
  }

  @PostMapping("/kelola/produk")
  String create(@ModelAttribute("form") ProductPageForm form, BindingResult binding, Model model) {
    try {
      long id = products.create(current.require(), form.toDraft());
      return "redirect:/kelola/produk/" + id;
    } catch (InvalidInputException e) {
      FormErrors.reject(binding, e);
      return form(form, null, model);
    }
  }

  @GetMapping("/kelola/produk/{id}")
  String edit(@PathVariable long id, Model model) {
    return form(ProductPageForm.of(products.find(current.require(), id)), id, model);
  }

  @PostMapping("/kelola/produk/{id}")
  String update(
      @PathVariable long id,
      @ModelAttribute("form") ProductPageForm form,
      BindingResult binding,
      Model model,
      RedirectAttributes redirect) {
    try {
      products.update(current.require(), id, form.toDraft());
      redirect.addFlashAttribute("done", "catalogue.done.saved");
      return "redirect:/kelola/produk/" + id;
    } catch (InvalidInputException e) {
      FormErrors.reject(binding, e);
      return form(form, id, model);
    }
  }

  @PostMapping("/kelola/produk/{id}/terbitkan")
  String publish(@PathVariable long id, RedirectAttributes redirect) {
    return act(
        id, redirect, "catalogue.done.published", () -> products.publish(current.require(), id));
  }

  @PostMapping("/kelola/produk/{id}/sembunyikan")
  String hide(@PathVariable long id, RedirectAttributes redirect) {
    return act(id, redirect, "catalogue.done.hidden", () -> products.hide(current.require(), id));
  }

  @PostMapping("/kelola/produk/{id}/foto")
  String photo(
      @PathVariable long id,
      @RequestParam("file") MultipartFile file,
      RedirectAttributes redirect) {
    return act(
        id,
        redirect,
        "catalogue.done.photo",
        () -> {
          try (InputStream in = file.getInputStream()) {
            products.addPhoto(current.require(), id, in.readNBytes(9 * 1024 * 1024));
          } catch (IOException e) {
            throw new InvalidInputException("photo", "catalogue.photo.notImage");
          }
        });
  }

  @PostMapping("/kelola/produk/{id}/kurasi")
  String enter(@PathVariable long id, @RequestParam long roundId, RedirectAttributes redirect) {
    return act(
        id,
        redirect,
        "catalogue.done.entered",
        () -> curation.submit(current.require(), roundId, id));
  }

  private String act(long id, RedirectAttributes redirect, String done, Runnable action) {
    PageActions.run(redirect, done, action);
    return "redirect:/kelola/produk/" + id;
  }
}
