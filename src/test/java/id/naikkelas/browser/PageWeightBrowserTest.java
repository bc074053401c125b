package id.naikkelas.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Request;
import com.microsoft.playwright.options.LoadState;
import id.naikkelas.IntegrationTest;
import id.naikkelas.access.Actor;
import id.naikkelas.access.Role;
import id.naikkelas.catalogue.Category;
import id.naikkelas.catalogue.ProductDraft;
import id.naikkelas.catalogue.Products;
import id.naikkelas.registry.BusinessDraftFixture;
import id.naikkelas.registry.BusinessSource;
import id.naikkelas.registry.Registry;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Page weight as a phone receives it (issue 16): each public page is loaded in Chromium and the
 * encoded bytes the browser actually transferred are counted — bodies as they came over the wire
 * (compressed where the server compressed them) and headers — on the first load and on a repeat
 * load in the same browser, where immutable assets come from its cache. Budgets: first load at most
 * 350 KiB with at most 37 KiB of JavaScript; repeat load at most 30 KiB. The figures are printed.
 */
@IntegrationTest
class PageWeightBrowserTest extends ChromiumPages {

  private static final Actor ROOT = new Actor(0, "test", "test", Role.OFFICER, "35");

  @Autowired Registry registry;
  @Autowired Products products;

  /** What one load transferred. */
  record Load(long total, long script, int requests) {}

  @Test
  void public_pages_stay_within_their_budgets_as_received() {
    long business =
        registry
            .register(ROOT, BusinessDraftFixture.draft("35.24.17.2007"), BusinessSource.FORM)
            .id();
    registry.verify(ROOT, business);
    long product =
        products.create(
            ROOT,
            new ProductDraft(
                business,
                "Bandeng Presto Weight " + System.nanoTime() % 100_000,
                "<p>Bandeng presto duri lunak, khas Lamongan.</p>",
                Category.FOOD_DRINK,
                new BigDecimal("45000"),
                null,
                "kemasan",
                null,
                null,
                List.of()));
    products.publish(ROOT, product);

    List<String> pages =
        List.of(
            "/katalog",
            "/acara",
            "/umkm",
            "/expo",
            "/katalog/produk/" + product,
            "/katalog/usaha/" + business,
            "/umkm/" + business);
    for (String path : pages) {
      // a browser that has seen nothing yet: a phone opening the page for the first time
      BrowserContext fresh = otherContext(360, 800);
      Page phone = fresh.newPage();
      phone.onConsoleMessage(
          m -> {
            if ("error".equals(m.type())) {
              consoleErrors.add(m.text());
            }
          });
      Load first = load(phone, path);
      Load repeat = load(phone, path);
      fresh.close();
      System.out.printf(
          Locale.ROOT,
          "page weight %-28s first %7.1f KiB (JS %5.1f KiB, %d requests), repeat %5.1f KiB (%d"
              + " requests)%n",
          path,
          first.total() / 1024.0,
          first.script() / 1024.0,
          first.requests(),
          repeat.total() / 1024.0,
          repeat.requests());
      assertThat(first.total())
          .as(path + " first load, bytes received")
          .isLessThanOrEqualTo(350 * 1024);
      assertThat(first.script())
          .as(path + " first load, JavaScript received")
          .isLessThanOrEqualTo(37 * 1024);
      assertThat(repeat.total())
          .as(path + " repeat load, bytes received")
          .isLessThanOrEqualTo(30 * 1024);
      assertThat(first.total()).as(path + " counted something").isPositive();
    }
    assertThat(consoleErrors).as("console errors, e.g. CSP violations").isEmpty();
  }

  /** Loads the page in that browser and sums what the network delivered for it. */
  private Load load(Page phone, String path) {
    List<Request> finished = new ArrayList<>();
    java.util.function.Consumer<Request> collect = finished::add;
    phone.onRequestFinished(collect);
    phone.navigate(url(path));
    phone.waitForLoadState(LoadState.NETWORKIDLE);
    phone.offRequestFinished(collect);
    long total = 0;
    long script = 0;
    for (Request r : finished) {
      var sizes = r.sizes();
      long received = Math.max(0, sizes.responseBodySize) + Math.max(0, sizes.responseHeadersSize);
      total += received;
      if ("script".equals(r.resourceType())) {
        script += received;
      }
    }
    return new Load(total, script, finished.size());
  }
}
