package id.naikkelas.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.FilePayload;
import com.microsoft.playwright.options.SelectOption;
import id.naikkelas.IntegrationTest;
import id.naikkelas.access.AccountFixture;
import id.naikkelas.access.Actor;
import id.naikkelas.access.Role;
import id.naikkelas.catalogue.Category;
import id.naikkelas.catalogue.ProductDraft;
import id.naikkelas.catalogue.Products;
import id.naikkelas.registry.BusinessDraftFixture;
import id.naikkelas.registry.Registry;
import id.naikkelas.registry.selfservice.SelfRegistration;
import id.naikkelas.registry.selfservice.SelfRegistrationForm;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Licensing in real Chromium: an owner on a phone applies for a P-IRT from their businesses page
 * and uploads a product photo; an officer on a desktop takes the request, moves it through its
 * stages to the issued number; the number is on the business and the P-IRT badge on the product in
 * the public catalogue.
 */
@IntegrationTest
class LicensingBrowserTest extends ChromiumPages {

  private static final String SUKODADI = "35.24.17.2007";
  private static final Actor ROOT = new Actor(0, "test", "test", Role.OFFICER, "35");

  @Autowired AccountFixture accounts;
  @Autowired SelfRegistration selfRegistration;
  @Autowired Registry registry;
  @Autowired Products products;
  @Autowired JdbcClient jdbc;

  @Test
  void an_owner_applies_on_a_phone_and_the_officer_issues_the_pirt() throws Exception {
    String owner = "pemilik.pirt" + System.nanoTime() % 1_000_000;
    selfRegistration.register(
        new SelfRegistrationForm(
            owner,
            AccountFixture.PASSWORD,
            AccountFixture.PASSWORD,
            BusinessDraftFixture.draft(SUKODADI),
            true,
            ""),
        "10.78.1." + (System.nanoTime() % 200));
    long business =
        jdbc.sql(
                "select b.id from business b join owner o on o.id = b.owner_id"
                    + " join account a on a.id = o.account_id where a.username = ?")
            .param(owner)
            .query(Long.class)
            .single();
    registry.verify(ROOT, business);
    String productName = "Sambal Roa " + owner;
    long product =
        products.create(
            ROOT,
            new ProductDraft(
                business,
                productName,
                null,
                Category.FOOD_DRINK,
                new BigDecimal("25000"),
                null,
                "botol",
                null,
                null,
                List.of()));
    products.publish(ROOT, product);

    // the owner, on a phone: from their businesses to the application
    signIn(owner, AccountFixture.PASSWORD);
    page.navigate(url("/my/businesses"));
    page.locator("#licensing-" + business).click();
    page.locator("#kind").selectOption("PIRT");
    page.locator("#product-" + product).check();
    page.locator("#apply-form button[type=submit]").click();
    Matcher m = Pattern.compile("/perizinan/(\\d+)$").matcher(page.url());
    assertThat(m.find()).as("on the request's page: " + page.url()).isTrue();
    long request = Long.parseLong(m.group(1));
    assertThat(page.locator("#status")).containsText("Diproses");
    page.locator("#document-type").selectOption("PRODUCT_PHOTO");
    page.locator("#document-file")
        .setInputFiles(new FilePayload("sambal.png", "image/png", png(1200, 900)));
    page.locator("#document-form button[type=submit]").click();
    assertThat(page.locator("#documents")).containsText("Foto produk");

    // the officer, at a desk: takes the request and moves it stage by stage
    String officer = accounts.open(Role.OFFICER, "35.24");
    BrowserContext desk = otherContext(1280, 900);
    Page p = desk.newPage();
    p.onDialog(d -> d.accept());
    p.navigate(url("/login"));
    p.locator("#username").fill(officer);
    p.locator("#password").fill(AccountFixture.PASSWORD);
    p.locator("main button[type=submit]").click();
    assertThat(p).hasURL(url("/home"));
    p.navigate(url("/perizinan/" + request));
    p.locator("#assign-form select")
        .selectOption(new SelectOption().setLabel("Akun Uji " + officer));
    p.locator("#assign-form button[type=submit]").click();
    assertThat(p.locator("#assignee")).hasText("Akun Uji " + officer);

    String today = LocalDate.now(ZoneId.of("Asia/Jakarta")).toString();
    String expiry = LocalDate.parse(today).plusYears(5).toString();
    complete(p, today, null, null);
    complete(p, today, "#reference", "PKP-2026-031");
    complete(p, today, "#result", "PASS");
    complete(p, today, "#reference", "OSS-2026-0099");
    p.locator("#permit-number").fill("P-IRT No. 2063524010123-" + expiry.substring(2, 4));
    p.locator("#issuedOn").fill(today);
    p.locator("#expiresOn").fill(expiry);
    complete(p, today, null, null);
    assertThat(p.locator("#number")).containsText("2063524010123" + expiry.substring(2, 4));
    assertThat(p.locator("#status")).containsText("Terbit");

    // the number on the business, the badge on the product in the public catalogue
    p.navigate(url("/registry/" + business));
    assertThat(p.locator("body")).containsText("2063524010123" + expiry.substring(2, 4));
    boolean badge = false;
    for (int i = 0; i < 40 && !badge; i++) {
      page.navigate(url("/katalog/produk/" + product));
      badge = page.locator("#badges").textContent().contains("P-IRT");
      if (!badge) {
        Thread.sleep(250);
      }
    }
    assertThat(badge).as("P-IRT badge on the product page").isTrue();
    desk.close();
    assertThat(consoleErrors).as("console errors, e.g. CSP violations").isEmpty();
  }

  /** Completes the page's next stage with its date and, where given, the one field it needs. */
  private static void complete(Page p, String today, String field, String value) {
    String before = p.locator("#stage-form h2").textContent();
    p.locator("#completedOn").fill(today);
    if (field != null) {
      if (field.equals("#result")) {
        p.locator(field).selectOption(value);
      } else {
        p.locator(field).fill(value);
      }
    }
    p.locator("#stage-form button[type=submit]").click();
    assertThat(p.locator("#stage-form h2").or(p.locator("#number"))).not().hasText(before);
  }

  private static byte[] png(int w, int h) throws Exception {
    BufferedImage image = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ImageIO.write(image, "png", out);
    return out.toByteArray();
  }
}
