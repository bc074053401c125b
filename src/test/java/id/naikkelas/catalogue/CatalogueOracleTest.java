package id.naikkelas.catalogue;

import static id.naikkelas.catalogue.MarketFixture.body;
import static id.naikkelas.catalogue.MarketFixture.withoutNumbers;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import id.naikkelas.IntegrationTest;
import id.naikkelas.access.AccountFixture;
import id.naikkelas.access.Role;
import id.naikkelas.catalogue.inquiry.Inquiries;
import id.naikkelas.catalogue.inquiry.InquiryRequest;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/**
 * Issue 9, finding 9: product, photo and inquiry endpoints answer an id the caller may not touch
 * exactly as an unknown id (no 403 against 404).
 */
@IntegrationTest
class CatalogueOracleTest {

  static final long UNKNOWN = 987654321L;

  @Autowired MockMvc mvc;
  @Autowired AccountFixture accounts;
  @Autowired MarketFixture market;
  @Autowired Products products;
  @Autowired Inquiries inquiries;

  @Test
  void a_viewer_or_another_regency_gets_the_same_answer_for_a_product_as_for_an_unknown_one()
      throws Exception {
    long product = market.product(market.business("35.24.17.2007"), "Keripik Uji Orakel");
    String viewer = accounts.token(accounts.open(Role.VIEWER, "35"));
    String lumajang = accounts.token(accounts.open(Role.OFFICER, "35.08"));
    for (String token : List.of(viewer, lumajang)) {
      assertSame(
          market.get(token, "/api/v1/products/" + product),
          market.get(token, "/api/v1/products/" + UNKNOWN));
      assertSame(
          market.post(token, "/api/v1/products/" + product + "/hide", Map.of()),
          market.post(token, "/api/v1/products/" + UNKNOWN + "/hide", Map.of()));
    }
  }

  @Test
  void a_photo_of_an_unpublished_product_answers_404_to_whoever_may_not_manage_it()
      throws Exception {
    long business = market.business("35.24.17.2007");
    long draft =
        products.create(
            MarketFixture.ROOT,
            new ProductDraft(
                business,
                "Draf Berfoto",
                null,
                Category.CRAFT,
                new java.math.BigDecimal("1000"),
                null,
                "buah",
                1,
                null,
                List.of()));
    BufferedImage image = new BufferedImage(40, 30, BufferedImage.TYPE_INT_RGB);
    ByteArrayOutputStream png = new ByteArrayOutputStream();
    ImageIO.write(image, "png", png);
    long photo = products.addPhoto(MarketFixture.ROOT, draft, png.toByteArray());
    // the photo page reads the signed-in session
    for (Role role : List.of(Role.VIEWER, Role.OFFICER)) {
      var as =
          authentication(
              accounts.signedIn(accounts.open(role, role == Role.VIEWER ? "35" : "35.08")));
      int known =
          mvc.perform(get("/katalog/foto/" + photo + ".jpg").with(as))
              .andReturn()
              .getResponse()
              .getStatus();
      int unknown =
          mvc.perform(get("/katalog/foto/" + UNKNOWN + ".jpg").with(as))
              .andReturn()
              .getResponse()
              .getStatus();
      assertThat(known).as(role.name()).isEqualTo(404).isEqualTo(unknown);
    }
  }

  @Test
  void an_inquiry_out_of_scope_answers_like_an_unknown_one() throws Exception {
    long product = market.product(market.business("35.24.17.2007"), "Batik Uji Orakel");
    long inquiry =
        inquiries
            .ask(
                new InquiryRequest(
                    product,
                    null,
                    "Pembeli Uji",
                    null,
                    "ID",
                    "pembeli@contoh.id",
                    null,
                    "Berapa harganya?",
                    null,
                    null),
                "10.77.0." + (System.nanoTime() % 200))
            .id();
    String viewer = accounts.token(accounts.open(Role.VIEWER, "35"));
    String lumajang = accounts.token(accounts.open(Role.OFFICER, "35.08"));
    for (String token : List.of(viewer, lumajang)) {
      assertSame(
          market.post(token, "/api/v1/inquiries/" + inquiry + "/close", Map.of()),
          market.post(token, "/api/v1/inquiries/" + UNKNOWN + "/close", Map.of()));
    }
  }

  private static void assertSame(ResultActions known, ResultActions unknown) throws Exception {
    int status = known.andReturn().getResponse().getStatus();
    assertThat(status).isIn(403, 404).isEqualTo(unknown.andReturn().getResponse().getStatus());
    assertThat(withoutNumbers(body(known))).isEqualTo(withoutNumbers(body(unknown)));
  }
}
