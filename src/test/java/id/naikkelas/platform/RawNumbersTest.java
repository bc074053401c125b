package id.naikkelas.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

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
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * Issue 16 #6: numbers are written the Indonesian way ({@code 10.000}, {@code Rp20.000}). A run of
 * five or more digits in a page's visible text is a number printed raw; codes (region codes, NIB,
 * ticket codes) sit in elements of class {@code code} and are not read.
 */
@IntegrationTest
class RawNumbersTest {

  private static final Actor ROOT = new Actor(0, "test", "test", Role.OFFICER, "35");
  private static final Pattern RAW = Pattern.compile("(?<![\\d.,:/+\\-])\\d{5,}(?![\\d.,:/\\-])");

  @Autowired MockMvc mvc;
  @Autowired AccountFixture accounts;
  @Autowired Registry registry;
  @Autowired Products products;

  /** The raw numbers in the page's visible text. */
  static List<String> rawNumbers(String html) {
    Document page = Jsoup.parse(html);
    page.select(".code, code, script, style, input, textarea, select").remove();
    List<String> found = new ArrayList<>();
    Matcher m = RAW.matcher(page.body().text());
    while (m.find()) {
      found.add(m.group());
    }
    return found;
  }

  @Test
  void the_detector_tells_a_raw_number_from_a_written_one() {
    assertThat(rawNumbers("<p>10000 dari target</p>")).containsExactly("10000");
    assertThat(rawNumbers("<p>10.000 dari target Rp20.000</p>")).isEmpty();
    assertThat(rawNumbers("<p class='code'>35.24.17.2007 1234567890123</p>")).isEmpty();
  }

  @Test
  void pages_with_large_numbers_print_them_the_indonesian_way() throws Exception {
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
                "Kopi Angka",
                null,
                Category.FOOD_DRINK,
                new BigDecimal("125000"),
                new BigDecimal("1500000"),
                "kg",
                10000,
                null,
                List.of()));
    products.publish(ROOT, product);
    var officer = authentication(accounts.signedIn(accounts.open(Role.OFFICER, "35.24.17")));

    List<MockHttpServletRequestBuilder> pages =
        List.of(
            get("/training/outcomes").with(officer),
            get("/katalog").param("q", "Kopi Angka"),
            get("/katalog/produk/" + product),
            get("/katalog/usaha/" + business),
            get("/umkm/" + business));
    for (MockHttpServletRequestBuilder page : pages) {
      var result = mvc.perform(page).andExpect(status().isOk()).andReturn();
      String html = result.getResponse().getContentAsString();
      assertThat(rawNumbers(html)).as(result.getRequest().getRequestURI()).isEmpty();
    }
  }
}
