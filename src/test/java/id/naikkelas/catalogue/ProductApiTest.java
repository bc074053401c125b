package id.naikkelas.catalogue;

import static id.naikkelas.access.AccountFixture.bearer;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import id.naikkelas.IntegrationTest;
import id.naikkelas.access.AccountFixture;
import id.naikkelas.access.Actor;
import id.naikkelas.access.Role;
import id.naikkelas.registry.BusinessDraftFixture;
import id.naikkelas.registry.BusinessSource;
import id.naikkelas.registry.Registry;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import tools.jackson.databind.json.JsonMapper;

@IntegrationTest
class ProductApiTest {

  static final String VILLAGE = "35.24.17.2007";

  @Autowired MockMvc mvc;
  @Autowired AccountFixture accounts;
  @Autowired JsonMapper json;
  @Autowired JdbcClient jdbc;
  @Autowired Registry registry;

  String officer;
  long business;
  String tag;
  String nikOfBusiness;

  @BeforeEach
  void aVerifiedBusiness() {
    officer = accounts.token(accounts.open(Role.OFFICER, "35.24.17"));
    Actor sukodadi = new Actor(0, "test", "test", Role.OFFICER, "35.24.17");
    var draft = BusinessDraftFixture.draft(VILLAGE);
    nikOfBusiness = draft.nik();
    business = registry.register(sukodadi, draft, BusinessSource.FORM).id();
    registry.verify(sukodadi, business);
    tag = "t" + System.nanoTime() % 1_000_000;
  }

  @Test
  void search_stems_forgives_a_typo_ranks_and_counts_facets() throws Exception {
    long keripik =
        publish(
            product("Keripik Tempe " + tag, "Camilan renyah khas Lamongan", "FOOD_DRINK", "15000"));
    long makan =
        publish(product("Nasi Boranan " + tag, "Makan siang khas Lamongan", "FOOD_DRINK", "25000"));
    long sarung =
        publish(
            product(
                "Sarung Tenun Ikat " + tag, "Tenun tangan Parengan", "FASHION_TEXTILE", "350000"));
    product("Keripik Draf " + tag, "belum tampil", "FOOD_DRINK", "1000"); // not published

    // the typo and the stem alone find the products (no other word of the query helps)
    mvc.perform(get("/api/v1/products").param("q", "kripik").param("size", "100"))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.items[*].id").value(hasItem((int) keripik)))
        .andExpect(jsonPath("$.items[*].name").value(not(hasItem("Keripik Draf " + tag))));
    mvc.perform(get("/api/v1/products").param("q", "makanan").param("size", "100"))
        .andExpect(jsonPath("$.items[*].id").value(hasItem((int) makan)));
    mvc.perform(get("/api/v1/products").param("q", "kripik " + tag))
        .andExpect(jsonPath("$.items[0].id").value(keripik));
    mvc.perform(get("/api/v1/products").param("q", tag).param("category", "FASHION_TEXTILE"))
        .andExpect(jsonPath("$.total").value(1))
        .andExpect(jsonPath("$.items[0].id").value(sarung))
        .andExpect(jsonPath("$.items[0].businessId").value(business))
        .andExpect(jsonPath("$.items[0].price").value(350000.0))
        .andExpect(jsonPath("$.items[0].badges").value(hasItem("PIRT")));
    mvc.perform(get("/api/v1/products").param("q", tag))
        .andExpect(jsonPath("$.total").value(3))
        .andExpect(jsonPath("$.facets.category.FOOD_DRINK").value(2))
        .andExpect(jsonPath("$.facets.category.FASHION_TEXTILE").value(1))
        .andExpect(jsonPath("$.facets.district['35.24.17']").value(3))
        .andExpect(jsonPath("$.facets.price['0-25000']").value(1));
    mvc.perform(
            get("/api/v1/products")
                .param("q", tag)
                .param("priceTo", "Rp30.000")
                .param("region", "35.24.17"))
        .andExpect(jsonPath("$.total").value(2));
    mvc.perform(get("/api/v1/products").param("category", "WEAPONS"))
        .andExpect(status().isUnprocessableContent());
  }

  @Test
  void hostile_descriptions_links_prices_and_photos_are_refused_or_neutralised() throws Exception {
    Map<String, Object> p =
        draft(
            "Kerupuk " + tag,
            "<p>Enak <script>alert(1)</script><img src=x onerror=alert(2)>"
                + "<a href=\"javascript:alert(3)\">klik</a> <a href=\"https://shopee.co.id/x\">toko</a></p>",
            "FOOD_DRINK",
            "12000");
    long id = idOf(create(p));
    String html =
        jdbc.sql("select description_html from product where id = ?")
            .param(id)
            .query(String.class)
            .single();
    assertThat(html)
        .doesNotContain("script")
        .doesNotContain("onerror")
        .doesNotContain("javascript")
        .doesNotContain("<img")
        .contains("https://shopee.co.id/x");

    long before = count();
    // a negative price is refused while the body is read, so the bad link goes in a second body
    create(draft("Kerupuk " + tag, null, "FOOD_DRINK", "-5"))
        .andExpect(status().isUnprocessableContent())
        .andExpect(jsonPath("$.errors[*].field").value(hasItem("priceMin")));
    Map<String, Object> bad = draft("Kerupuk " + tag, null, "FOOD_DRINK", "12000");
    bad.put("marketplaceLinks", List.of("javascript:alert(1)"));
    create(bad)
        .andExpect(status().isUnprocessableContent())
        .andExpect(jsonPath("$.errors[*].field").value(hasItem("marketplaceLinks")));
    assertThat(count()).isEqualTo(before);

    byte[] pdf = "%PDF-1.4\n1 0 obj<<>>endobj\n".getBytes();
    mvc.perform(
            multipart("/api/v1/products/" + id + "/photos")
                .file(new MockMultipartFile("file", "foto.jpg", "image/jpeg", pdf))
                .header("Authorization", bearer(officer))
                .header("Accept-Language", "en"))
        .andExpect(status().isUnprocessableContent())
        .andExpect(jsonPath("$.errors[0].message").value(containsString("not a photo")));
    mvc.perform(
            multipart("/api/v1/products/" + id + "/photos")
                .file(
                    new MockMultipartFile(
                        "file", "besar.jpg", "image/jpeg", new byte[8 * 1024 * 1024 + 1]))
                .header("Authorization", bearer(officer)))
        .andExpect(status().isPayloadTooLarge())
        .andExpect(jsonPath("$.errors[0].field").value("photo"));
    mvc.perform(
            multipart("/api/v1/products/" + id + "/photos")
                .file(new MockMultipartFile("file", "foto.png", "image/png", png(3000, 2000)))
                .header("Authorization", bearer(officer)))
        .andExpect(status().isCreated());
    Map<String, Object> photo =
        jdbc.sql("select width, height from product_photo where product_id = ?")
            .param(id)
            .query()
            .singleRow();
    assertThat(photo).containsEntry("width", 1600).containsEntry("height", 1067);

    // another district's officer and an owner of another business see nothing
    String lumajang = accounts.token(accounts.open(Role.OFFICER, "35.08"));
    mvc.perform(get("/api/v1/products/" + id).header("Authorization", bearer(lumajang)))
        .andExpect(status().isNotFound());
    mvc.perform(
            put("/api/v1/products/" + id)
                .header("Authorization", bearer(lumajang))
                .contentType(MediaType.APPLICATION_JSON)
                .content(json.writeValueAsString(p)))
        .andExpect(status().isNotFound());
    Map<String, Object> elsewhere = draft("Produk " + tag, null, "FOOD_DRINK", "1000");
    elsewhere.put("businessId", business);
    mvc.perform(
            post("/api/v1/products")
                .header("Authorization", bearer(lumajang))
                .contentType(MediaType.APPLICATION_JSON)
                .content(json.writeValueAsString(elsewhere)))
        .andExpect(status().isNotFound());
  }

  @Test
  void a_product_follows_its_business_when_the_registry_changes_it() throws Exception {
    long id = publish(product("Abon Lele " + tag, null, "FOOD_DRINK", "30000"));
    Actor sukodadi = new Actor(0, "test", "test", Role.OFFICER, "35.24.17");
    var detail = registry.find(sukodadi, business);
    var draft = BusinessDraftFixture.draft("35.24.17.2007");
    var changed =
        new id.naikkelas.registry.BusinessDraft(
            nikOfBusiness,
            draft.ownerName(),
            draft.sex(),
            draft.phone(),
            draft.email(),
            draft.ownerAddress(),
            draft.ownerVillageCode(),
            "Abon Lele Bu Tin " + tag,
            detail.nib(),
            2020,
            java.util.List.of("10792"),
            draft.capital(),
            draft.annualSales(),
            draft.employees(),
            draft.yearFounded(),
            "35.24.17.2007",
            draft.address(),
            draft.onlineChannels(),
            true,
            false,
            true,
            draft.pirtNumber(),
            "ID35110000123456789",
            null,
            true);
    registry.update(sukodadi, business, changed);
    // the copy is made by an event listener after the commit, possibly on another thread
    await()
        .atMost(Duration.ofSeconds(10))
        .untilAsserted(
            () ->
                mvc.perform(get("/api/v1/products").param("q", "Abon Lele " + tag))
                    .andExpect(jsonPath("$.items[0].id").value(id))
                    .andExpect(jsonPath("$.items[0].businessName").value("Abon Lele Bu Tin " + tag))
                    .andExpect(jsonPath("$.items[0].badges").value(hasItem("HALAL")))
                    .andExpect(jsonPath("$.items[0].badges").value(hasItem("EXPORTER"))));
  }

  private long publish(long id) throws Exception {
    mvc.perform(
            post("/api/v1/products/" + id + "/publish").header("Authorization", bearer(officer)))
        .andExpect(status().isNoContent());
    return id;
  }

  private long product(String name, String description, String category, String price)
      throws Exception {
    return idOf(create(draft(name, description, category, price)));
  }

  private Map<String, Object> draft(
      String name, String description, String category, String price) {
    Map<String, Object> d = new HashMap<>();
    d.put("businessId", business);
    d.put("name", name);
    d.put("description", description);
    d.put("category", category);
    d.put("priceMin", price);
    d.put("unit", "bungkus");
    return d;
  }

  private ResultActions create(Map<String, Object> draft) throws Exception {
    return mvc.perform(
        post("/api/v1/products")
            .header("Authorization", bearer(officer))
            .header("Accept-Language", "en")
            .contentType(MediaType.APPLICATION_JSON)
            .content(json.writeValueAsString(draft)));
  }

  private long idOf(ResultActions r) throws Exception {
    String body = r.andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
    return ((Number) json.readValue(body, Map.class).get("id")).longValue();
  }

  private long count() {
    return jdbc.sql("select count(*) from product").query(Long.class).single();
  }

  private static byte[] png(int w, int h) throws Exception {
    BufferedImage image = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ImageIO.write(image, "png", out);
    return out.toByteArray();
  }
}
