package id.naikkelas.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
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
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Issue 16 #5: the catalogue on a phone shows products first, the facets behind a "Filter"
 * disclosure that opens with and without JavaScript; on a wide screen the facets are simply open.
 */
@IntegrationTest
class PhoneCatalogueBrowserTest extends ChromiumPages {

  private static final Actor SUKODADI = new Actor(0, "test", "test", Role.OFFICER, "35.24.17");

  @Autowired Registry registry;
  @Autowired Products products;

  @BeforeEach
  void aPublishedProduct() {
    long business =
        registry
            .register(SUKODADI, BusinessDraftFixture.draft("35.24.17.2007"), BusinessSource.FORM)
            .id();
    registry.verify(SUKODADI, business);
    long product =
        products.create(
            SUKODADI,
            new ProductDraft(
                business,
                "Tempe Saring",
                null,
                Category.FOOD_DRINK,
                new BigDecimal("5000"),
                null,
                "papan",
                1,
                null,
                List.of()));
    products.publish(SUKODADI, product);
  }

  @Test
  void on_a_phone_products_come_first_and_the_filter_opens_on_a_tap() {
    page.setViewportSize(360, 740);
    page.navigate(url("/katalog"));
    assertThat(page.locator("#filter")).not().hasAttribute("open", "");
    assertThat(page.locator("#facet-category")).isHidden();
    assertThat(page.locator("#products .card").first()).isInViewport();
    page.locator("#filter summary").click();
    assertThat(page.locator("#facet-category")).isVisible();
    var link = page.locator("#facet-category a").first().boundingBox();
    assertThat(link.height).as("touch target height").isGreaterThanOrEqualTo(24);
    assertThat(consoleErrors).as("console errors, e.g. CSP violations").isEmpty();
  }

  @Test
  void without_javascript_the_filter_still_opens_and_its_links_filter() {
    try (BrowserContext noScript =
        otherContext(
            new Browser.NewContextOptions()
                .setViewportSize(360, 740)
                .setJavaScriptEnabled(false))) {
      Page phone = noScript.newPage();
      phone.navigate(url("/katalog"));
      assertThat(phone.locator("#facet-category")).isHidden();
      phone.locator("#filter summary").click();
      assertThat(phone.locator("#facet-category")).isVisible();
      phone.locator("#facet-category a").first().click();
      assertThat(phone).hasURL(java.util.regex.Pattern.compile(".*/katalog\\?.*category=.*"));
      assertThat(phone.locator("#products .card").first()).isVisible();
    }
  }

  @Test
  void on_a_wide_screen_the_facets_are_open_without_a_tap() {
    page.setViewportSize(1280, 900);
    page.navigate(url("/katalog"));
    assertThat(page.locator("#filter summary")).isHidden();
    assertThat(page.locator("#facet-category")).isVisible();
    assertThat(page.locator("#facet-category a").first()).isVisible();
  }
}
