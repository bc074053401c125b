package id.naikkelas.catalogue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import id.naikkelas.IntegrationTest;
import id.naikkelas.access.AccountFixture;
import id.naikkelas.access.Actor;
import id.naikkelas.access.Role;
import id.naikkelas.registry.BusinessSource;
import id.naikkelas.registry.Registry;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import javax.imageio.ImageIO;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

@IntegrationTest
class CataloguePagesTest {

  @Autowired MockMvc mvc;
  @Autowired AccountFixture accounts;
  @Autowired Registry registry;

  @Test
  void an_officer_adds_a_product_with_a_photo_and_a_buyer_finds_it_and_asks() throws Exception {
    Actor sukodadi = new Actor(0, "test", "test", Role.OFFICER, "35.24.17");
    var draft = id.naikkelas.registry.BusinessDraftFixture.draft("35.24.17.2007");
    long business = registry.register(sukodadi, draft, BusinessSource.FORM).id();
    registry.verify(sukodadi, business);
    RequestPostProcessor officer =
        authentication(accounts.signedIn(accounts.open(Role.OFFICER, "35.24.17")));
    String tag = "w" + System.nanoTime() % 1_000_000;

    mvc.perform(
            post("/kelola/produk")
                .param("businessId", String.valueOf(business))
                .param("name", "")
                .param("priceMin", "-5")
                .with(officer)
                .with(csrf()))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("href=\"#name\"")))
        .andExpect(content().string(containsString("href=\"#priceMin\"")));
    String location =
        mvc.perform(
                post("/kelola/produk")
                    .param("businessId", String.valueOf(business))
                    .param("name", "Kerupuk Udang " + tag)
                    .param("category", "FOOD_DRINK")
                    .param("description", "<b>Gurih</b> <a href=\"javascript:x()\">klik</a>")
                    .param("priceMin", "Rp20.000")
                    .param("unit", "bungkus")
                    .param("minOrder", "10")
                    .param("availability", "AVAILABLE")
                    .with(officer)
                    .with(csrf()))
            .andExpect(status().is3xxRedirection())
            .andReturn()
            .getResponse()
            .getRedirectedUrl();
    long product = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
    mvc.perform(
            multipart("/kelola/produk/" + product + "/foto")
                .file(new MockMultipartFile("file", "kerupuk.jpg", "image/jpeg", jpeg()))
                .with(officer)
                .with(csrf()))
        .andExpect(status().is3xxRedirection());
    mvc.perform(get("/katalog/produk/" + product)).andExpect(status().isNotFound()); // a draft
    mvc.perform(post("/kelola/produk/" + product + "/terbitkan").with(officer).with(csrf()))
        .andExpect(status().is3xxRedirection());

    mvc.perform(get("/katalog").param("q", "krupuk " + tag))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("Kerupuk Udang " + tag)))
        .andExpect(content().string(containsString("facet-category")));
    mvc.perform(get("/katalog").param("q", "krupuk " + tag).header("HX-Request", "true"))
        .andExpect(content().string(not(containsString("<html"))))
        .andExpect(content().string(containsString("Kerupuk Udang " + tag)));
    String page =
        mvc.perform(get("/katalog/produk/" + product).param("lang", "en"))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString();
    Document doc = Jsoup.parse(page);
    assertThat(doc.select("meta[property=og:title]").attr("content")).contains("Kerupuk Udang");
    assertThat(doc.select("meta[property=og:image]").attr("content")).contains("/katalog/foto/");
    assertThat(doc.select("#whatsapp").attr("href")).startsWith("https://wa.me/62");
    assertThat(doc.select(".product-description").html())
        .contains("<b>Gurih</b>")
        .doesNotContain("javascript");
    assertThat(page).doesNotContain(draft.nik()).doesNotContain("Jl. Raya Sukodadi");
    String photo = doc.select("#main-photo").attr("src");
    byte[] jpeg =
        mvc.perform(get(photo))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsByteArray();
    assertThat(jpeg[0]).isEqualTo((byte) 0xFF);

    mvc.perform(get("/katalog/usaha/" + business))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("Kerupuk Udang " + tag)))
        .andExpect(content().string(not(containsString(draft.nik()))));
    mvc.perform(post("/katalog/produk/" + product + "/tanya").param("buyerName", "").with(csrf()))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("href=\"#buyerName\"")));
    String asked =
        mvc.perform(
                post("/katalog/produk/" + product + "/tanya")
                    .param("buyerName", "Budi")
                    .param("contact", "0812 5555 1234")
                    .param("quantity", "50 bungkus")
                    .param("message", "Apakah bisa kirim ke Surabaya?")
                    .with(
                        r -> {
                          r.setRemoteAddr("10.50.0.1");
                          return r;
                        })
                    .with(csrf()))
            .andExpect(status().is3xxRedirection())
            .andReturn()
            .getResponse()
            .getRedirectedUrl();
    mvc.perform(get(asked)).andExpect(content().string(containsString("inquiry-status")));
    // a flood from one address gets the 429 page, not another form
    int status = 0;
    for (int i = 0; i < 6; i++) {
      status =
          mvc.perform(
                  post("/katalog/produk/" + product + "/tanya")
                      .param("buyerName", "")
                      .with(
                          r -> {
                            r.setRemoteAddr("10.50.0.9");
                            return r;
                          })
                      .with(csrf()))
              .andReturn()
              .getResponse()
              .getStatus();
    }
    assertThat(status).isEqualTo(429);
    mvc.perform(get("/kelola/pertanyaan").with(officer))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("Apakah bisa kirim ke Surabaya?")));
  }

  @Test
  void the_public_catalogue_pages_stay_within_the_first_load_budget() throws Exception {
    for (String path : List.of("/katalog", "/umkm", "/acara")) {
      String html = mvc.perform(get(path)).andReturn().getResponse().getContentAsString();
      Document doc = Jsoup.parse(html);
      long js = 0;
      long total = gzip(html.getBytes());
      for (var script : doc.select("script[src]")) {
        long size = gzip(fetch(script.attr("src")));
        js += size;
        total += size;
      }
      for (var css : doc.select("link[rel=stylesheet]")) {
        total += gzip(fetch(css.attr("href")));
      }
      for (var img : doc.select("img[src]")) {
        total += fetch(img.attr("src")).length;
      }
      assertThat(js).as(path + " first-load JavaScript, gzip").isLessThanOrEqualTo(37 * 1024);
      assertThat(total).as(path + " first-load weight").isLessThanOrEqualTo(350 * 1024);
    }
  }

  private byte[] fetch(String path) throws Exception {
    return mvc.perform(get(path))
        .andExpect(status().isOk())
        .andReturn()
        .getResponse()
        .getContentAsByteArray();
  }

  private static long gzip(byte[] bytes) throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (GZIPOutputStream z = new GZIPOutputStream(out)) {
      z.write(bytes);
    }
    return out.size();
  }

  private static byte[] jpeg() throws Exception {
    BufferedImage image = new BufferedImage(800, 600, BufferedImage.TYPE_INT_RGB);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ImageIO.write(image, "jpg", out);
    return out.toByteArray();
  }
}
