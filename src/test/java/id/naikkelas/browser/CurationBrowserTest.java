package id.naikkelas.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import id.naikkelas.IntegrationTest;
import id.naikkelas.access.AccountFixture;
import id.naikkelas.access.Actor;
import id.naikkelas.access.Role;
import id.naikkelas.catalogue.Category;
import id.naikkelas.catalogue.ProductDraft;
import id.naikkelas.catalogue.Products;
import id.naikkelas.registry.BusinessDraftFixture;
import id.naikkelas.registry.BusinessSource;
import id.naikkelas.registry.Registry;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Curation scoring in real Chromium: an officer opens a round, enters a product, scores it, sees it
 * pass, closes the round and is refused a further score. Skipped like {@link BrowserTest} when
 * Chromium is missing outside CI.
 */
@IntegrationTest
class CurationBrowserTest extends ChromiumPages {

  @Autowired AccountFixture accounts;
  @Autowired Registry registry;
  @Autowired Products products;

  @Test
  void an_officer_opens_a_round_scores_a_product_and_closes_the_round() {
    Actor sukodadi = new Actor(0, "test", "test", Role.OFFICER, "35.24.17");
    long business =
        registry
            .register(sukodadi, BusinessDraftFixture.draft("35.24.17.2007"), BusinessSource.FORM)
            .id();
    registry.verify(sukodadi, business);
    String name = "Sambal Bawang " + System.nanoTime() % 100_000;
    long product =
        products.create(
            sukodadi,
            new ProductDraft(
                business,
                name,
                null,
                Category.FOOD_DRINK,
                new java.math.BigDecimal("20000"),
                null,
                "botol",
                1,
                null,
                List.of()));
    products.publish(sukodadi, product);
    String title = "Kurasi Sambal " + System.nanoTime() % 100_000;

    signIn(accounts.open(Role.OFFICER, "35.24.17"), AccountFixture.PASSWORD);
    page.navigate(url("/pasar"));
    page.locator("#round-form input[name=title]").fill(title);
    page.locator("#round-form button[type=submit]").click();
    assertThat(page.locator("#round-status")).containsText(title);
    assertThat(page.locator("#round-status")).containsText("Dibuka");

    page.locator("#submit-form input[name=productId]").fill(String.valueOf(product));
    page.locator("#submit-form button[type=submit]").click();
    Locator row = page.locator("#submissions tbody tr", new Page.LocatorOptions().setHasText(name));
    assertThat(row).containsText("Diajukan");

    score(row, Map.of("originality", "9", "supply", "8", "capacity", "7", "innovation", "8"));
    assertThat(row).containsText("Lolos");
    assertThat(row).containsText("82");
    assertThat(page.locator("#round-report")).containsText("1 produk diajukan, 1 lolos");

    page.locator("#close-round-form button").click();
    assertThat(page.locator("#round-status")).containsText("Ditutup");
    assertThat(page.locator("#close-round-form")).hasCount(0);

    score(row, Map.of("originality", "1", "supply", "1", "capacity", "1", "innovation", "1"));
    assertThat(page.locator("#refused")).containsText("score");
    assertThat(row).containsText("Lolos");
    assertThat(consoleErrors).as("console errors, e.g. CSP violations").isEmpty();
  }

  /** Opens the row's score form, fills the criteria given (packaging always 9) and saves. */
  private void score(Locator row, Map<String, String> scores) {
    row.locator("summary").click();
    scores.forEach((key, value) -> row.locator("input[name='score." + key + "']").fill(value));
    row.locator("input[name='score.packaging']").fill("9");
    row.locator("textarea[name=feedback]").fill("Rasa khas, kemasan rapi");
    row.locator("form[action$='/nilai'] button[type=submit]").click();
  }
}
