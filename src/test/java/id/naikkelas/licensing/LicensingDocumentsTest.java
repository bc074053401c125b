package id.naikkelas.licensing;

import static id.naikkelas.access.AccountFixture.bearer;
import static id.naikkelas.licensing.LicensingFixture.LUMAJANG;
import static id.naikkelas.licensing.LicensingFixture.SUKODADI;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import id.naikkelas.IntegrationTest;
import id.naikkelas.access.AccountFixture;
import id.naikkelas.access.Role;
import id.naikkelas.platform.DatabaseProperties;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdfwriter.compress.CompressParameters;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionJavaScript;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDDocumentOutline;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/**
 * Documents of a licensing request on PostgreSQL: what is stored is never what was uploaded (an
 * image re-encoded, a PDF written anew without its script), and every refusal — a PDF renamed .jpg,
 * a program, an oversized file, a type the kind does not take, another district's request, a closed
 * request — names its field and writes nothing.
 */
@IntegrationTest
class LicensingDocumentsTest {

  @Autowired LicensingFixture fx;
  @Autowired MockMvc mvc;
  @Autowired JdbcClient jdbc;
  @Autowired DatabaseProperties data;
  @Autowired AccountFixture accounts;

  private String officer;
  private long request;

  private void pirt() throws Exception {
    officer = fx.officer("35.24");
    long business = fx.business(SUKODADI);
    long product = fx.product(officer, business, "Sambal Bawang");
    request =
        fx.id(
            fx.call(
                    post("/api/v1/licensing-requests"),
                    officer,
                    Map.of("businessId", business, "kind", "PIRT", "productIds", List.of(product)))
                .andExpect(status().isCreated()));
  }

  private ResultActions upload(String token, String type, String name, byte[] bytes)
      throws Exception {
    return mvc.perform(
        multipart("/api/v1/licensing-requests/" + request + "/documents")
            .file(new MockMultipartFile("file", name, "application/octet-stream", bytes))
            .param("type", type)
            .header("Authorization", bearer(token))
            .header("Accept-Language", "en"));
  }

  private long stored() {
    return jdbc.sql("select count(*) from licensing_document where request_id = ?")
        .param(request)
        .query(Long.class)
        .single();
  }

  @Test
  void an_image_is_stored_re_encoded_and_nothing_hidden_in_it_survives() throws Exception {
    pirt();
    byte[] payload = "<?php system($_GET['c']); ?>".getBytes(StandardCharsets.US_ASCII);
    byte[] png = concat(png(3000, 2000), payload);
    long id =
        fx.id(
            upload(officer, "PRODUCT_PHOTO", "produk.png", png)
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.mediaType").value("image/jpeg"))
                .andExpect(jsonPath("$.width").value(2400))
                .andExpect(jsonPath("$.height").value(1600)));

    byte[] served =
        mvc.perform(
                get("/api/v1/licensing-requests/" + request + "/documents/" + id)
                    .header("Authorization", bearer(officer)))
            .andExpect(status().isOk())
            .andExpect(header().string("Content-Type", "image/jpeg"))
            .andExpect(header().string("Content-Security-Policy", "sandbox"))
            .andReturn()
            .getResponse()
            .getContentAsByteArray();
    BufferedImage back = ImageIO.read(new ByteArrayInputStream(served));
    assertThat(back.getWidth()).isEqualTo(2400);
    assertThat(new String(served, StandardCharsets.ISO_8859_1)).doesNotContain("system(");
    assertThat(Files.readAllBytes(data.dataDir().resolve("licensing-documents/" + id + ".bin")))
        .isEqualTo(served);

    fx.call(get("/api/v1/licensing-requests/" + request + "/documents"), officer, null)
        .andExpect(jsonPath("$[0].type").value("PRODUCT_PHOTO"))
        .andExpect(jsonPath("$[0].sizeBytes").value(served.length));
  }

  @Test
  void a_pdf_is_written_anew_without_its_script() throws Exception {
    pirt();
    byte[] pdf;
    try (PDDocument d = new PDDocument()) {
      d.addPage(new PDPage());
      d.addPage(new PDPage());
      d.getDocumentCatalog().setOpenAction(new PDActionJavaScript("app.alert('x')"));
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      d.save(out, CompressParameters.NO_COMPRESSION);
      pdf = out.toByteArray();
    }
    assertThat(new String(pdf, StandardCharsets.ISO_8859_1)).contains("JavaScript");
    long id =
        fx.id(
            upload(officer, "COMPOSITION", "komposisi.pdf", pdf)
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.mediaType").value("application/pdf"))
                .andExpect(jsonPath("$.pages").value(2)));
    byte[] served =
        mvc.perform(
                get("/api/v1/licensing-requests/" + request + "/documents/" + id)
                    .header("Authorization", bearer(officer)))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsByteArray();
    assertThat(served).isNotEqualTo(pdf);
    try (PDDocument back = Loader.loadPDF(served)) {
      assertThat(back.getNumberOfPages()).isEqualTo(2);
      assertThat(back.getDocumentCatalog().getOpenAction()).isNull();
      assertThat(back.getDocumentCatalog().getCOSObject().toString()).doesNotContain("JavaScript");
    }

    // a photo must be a picture: the same PDF as a product photo is refused
    upload(officer, "PRODUCT_PHOTO", "foto.jpg", pdf)
        .andExpect(status().isUnprocessableContent())
        .andExpect(jsonPath("$.errors[0].field").value("file"))
        .andExpect(
            jsonPath("$.errors[0].message")
                .value("This file is not a picture (JPEG, PNG, GIF or BMP)."));
    assertThat(stored()).isEqualTo(1);
  }

  @Test
  void what_is_not_what_it_says_or_too_large_or_not_for_the_kind_is_refused() throws Exception {
    pirt();
    byte[] elf = concat(new byte[] {0x7f, 'E', 'L', 'F', 2, 1, 1}, new byte[4096]);
    upload(officer, "COMPOSITION", "komposisi.pdf", elf)
        .andExpect(status().isUnprocessableContent())
        .andExpect(jsonPath("$.errors[0].field").value("file"))
        .andExpect(
            jsonPath("$.errors[0].message").value("This file is neither a picture nor a PDF."));
    byte[] brokenPdf = "%PDF-1.7\nnot really".getBytes(StandardCharsets.US_ASCII);
    upload(officer, "PRODUCTION_PROCESS", "proses.pdf", brokenPdf)
        .andExpect(status().isUnprocessableContent())
        .andExpect(jsonPath("$.errors[0].message").value("This file is not a readable PDF."));
    upload(officer, "SITE_PHOTO", "besar.jpg", new byte[10 * 1024 * 1024 + 1])
        .andExpect(status().isPayloadTooLarge())
        .andExpect(jsonPath("$.errors[0].field").value("file"));
    upload(officer, "MARK_LABEL", "etiket.png", png(40, 40))
        .andExpect(status().isUnprocessableContent())
        .andExpect(jsonPath("$.errors[0].field").value("type"));
    upload(officer, "SITE_PHOTO", "kosong.jpg", new byte[0])
        .andExpect(status().isUnprocessableContent())
        .andExpect(jsonPath("$.errors[0].field").value("file"));
    upload(officer, "RECEIPT", "x.png", png(40, 40)).andExpect(status().isUnprocessableContent());
    assertThat(stored()).isZero();
  }

  @Test
  void another_district_cannot_see_them_and_a_closed_request_keeps_its_documents()
      throws Exception {
    pirt();
    long id =
        fx.id(
            upload(officer, "SITE_PHOTO", "dapur.png", png(60, 40))
                .andExpect(status().isCreated()));
    String lumajang = fx.officer("35.08");
    upload(lumajang, "SITE_PHOTO", "dapur.png", png(60, 40)).andExpect(status().isNotFound());
    fx.call(get("/api/v1/licensing-requests/" + request + "/documents/" + id), lumajang, null)
        .andExpect(status().isNotFound());
    fx.call(
            get("/api/v1/licensing-requests/" + request + "/documents/" + (id + 1000)),
            officer,
            null)
        .andExpect(status().isNotFound());
    assertThat(LUMAJANG).startsWith("35.08");

    long second =
        fx.id(
            upload(officer, "LABEL_DESIGN", "label.png", png(60, 40))
                .andExpect(status().isCreated()));
    fx.call(delete("/api/v1/licensing-requests/" + request + "/documents/" + second), officer, null)
        .andExpect(status().isNoContent());
    assertThat(data.dataDir().resolve("licensing-documents/" + second + ".bin")).doesNotExist();
    assertThat(stored()).isEqualTo(1);

    fx.call(post("/api/v1/licensing-requests/" + request + "/withdraw"), officer, null)
        .andExpect(status().isOk());
    upload(officer, "SITE_PHOTO", "dapur.png", png(60, 40))
        .andExpect(status().isConflict())
        .andExpect(jsonPath("$.currentState").value("WITHDRAWN"));
    fx.call(delete("/api/v1/licensing-requests/" + request + "/documents/" + id), officer, null)
        .andExpect(status().isConflict());
    assertThat(stored()).isEqualTo(1);
    assertThat(Path.of(data.dataDir().resolve("licensing-documents/" + id + ".bin").toString()))
        .exists();
  }

  @Test
  void a_decompression_bomb_an_encrypted_pdf_and_a_missing_part_are_refused_by_field()
      throws Exception {
    pirt();
    // 200 MB of zeros in a Flate stream: about 200 KB on the wire
    ByteArrayOutputStream packed = new ByteArrayOutputStream();
    try (java.util.zip.DeflaterOutputStream z = new java.util.zip.DeflaterOutputStream(packed)) {
      byte[] zeros = new byte[1 << 20];
      for (int i = 0; i < 200; i++) {
        z.write(zeros);
      }
    }
    ByteArrayOutputStream bomb = new ByteArrayOutputStream();
    bomb.writeBytes(
        ("%PDF-1.7\n1 0 obj\n<</Type/Catalog/Pages 2 0 R>>\nendobj\n"
                + "2 0 obj\n<</Type/Pages/Kids[3 0 R]/Count 1>>\nendobj\n"
                + "3 0 obj\n<</Type/Page/Parent 2 0 R/Contents 4 0 R>>\nendobj\n"
                + "4 0 obj\n<</Length "
                + packed.size()
                + "/Filter/FlateDecode>>\nstream\n")
            .getBytes(StandardCharsets.US_ASCII));
    bomb.writeBytes(packed.toByteArray());
    bomb.writeBytes(
        "\nendstream\nendobj\ntrailer\n<</Root 1 0 R>>\n%%EOF\n"
            .getBytes(StandardCharsets.US_ASCII));
    upload(officer, "COMPOSITION", "bom.pdf", bomb.toByteArray())
        .andExpect(status().isUnprocessableContent())
        .andExpect(jsonPath("$.errors[0].field").value("file"))
        .andExpect(jsonPath("$.errors[0].message").value(containsString("too complex")));

    byte[] locked;
    try (PDDocument d = new PDDocument()) {
      d.addPage(new PDPage());
      d.protect(new StandardProtectionPolicy("pemilik", "rahasia", new AccessPermission()));
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      d.save(out);
      locked = out.toByteArray();
    }
    upload(officer, "COMPOSITION", "terkunci.pdf", locked)
        .andExpect(status().isUnprocessableContent())
        .andExpect(jsonPath("$.errors[0].message").value(containsString("password")));

    mvc.perform(
            multipart("/api/v1/licensing-requests/" + request + "/documents")
                .file(new MockMultipartFile("file", "a.png", "image/png", png(20, 20)))
                .header("Authorization", bearer(officer)))
        .andExpect(status().isUnprocessableContent())
        .andExpect(jsonPath("$.errors[0].field").value("type"));
    mvc.perform(
            multipart("/api/v1/licensing-requests/" + request + "/documents")
                .param("type", "SITE_PHOTO")
                .header("Authorization", bearer(officer)))
        .andExpect(status().isUnprocessableContent())
        .andExpect(jsonPath("$.errors[0].field").value("file"));
    upload(accounts.token(accounts.open(Role.VIEWER, "35.24")), "SITE_PHOTO", "a.png", png(20, 20))
        .andExpect(status().isForbidden());
    assertThat(stored()).isZero();
  }

  @Test
  void bookmarks_with_actions_are_dropped_from_a_pdf() throws Exception {
    pirt();
    byte[] pdf;
    try (PDDocument d = new PDDocument()) {
      d.addPage(new PDPage());
      PDDocumentOutline outline = new PDDocumentOutline();
      PDOutlineItem item = new PDOutlineItem();
      item.setTitle("Buka");
      item.setAction(new PDActionJavaScript("app.launchURL('http://example.invalid')"));
      outline.addLast(item);
      d.getDocumentCatalog().setDocumentOutline(outline);
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      d.save(out);
      pdf = out.toByteArray();
    }
    long id =
        fx.id(
            upload(officer, "PRODUCTION_PROCESS", "proses.pdf", pdf)
                .andExpect(status().isCreated()));
    byte[] served =
        mvc.perform(
                get("/api/v1/licensing-requests/" + request + "/documents/" + id)
                    .header("Authorization", bearer(officer)))
            .andReturn()
            .getResponse()
            .getContentAsByteArray();
    try (PDDocument back = Loader.loadPDF(served)) {
      assertThat(back.getDocumentCatalog().getDocumentOutline()).isNull();
    }
  }

  @Test
  void too_many_pages_too_many_pixels_and_too_many_documents_are_refused() throws Exception {
    pirt();
    byte[] thick;
    try (PDDocument d = new PDDocument()) {
      for (int i = 0; i < 51; i++) {
        d.addPage(new PDPage());
      }
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      d.save(out);
      thick = out.toByteArray();
    }
    upload(officer, "COMPOSITION", "tebal.pdf", thick)
        .andExpect(status().isUnprocessableContent())
        .andExpect(jsonPath("$.errors[0].message").value("A PDF may have at most 50 pages."));
    // a PNG header claiming 10,000 × 10,000 pixels: refused before its pixels are decoded
    BufferedImage small = new BufferedImage(1, 1, BufferedImage.TYPE_INT_RGB);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ImageIO.write(small, "png", out);
    byte[] bomb = out.toByteArray();
    java.nio.ByteBuffer.wrap(bomb, 16, 8).putInt(10_000).putInt(10_000);
    upload(officer, "SITE_PHOTO", "besar.png", bomb)
        .andExpect(status().isUnprocessableContent())
        .andExpect(jsonPath("$.errors[0].message").value(containsString("40 megapixels")));
    assertThat(stored()).isZero();

    byte[] tiny = png(8, 8);
    for (int i = 0; i < 30; i++) {
      upload(officer, "SITE_PHOTO", "dapur" + i + ".png", tiny).andExpect(status().isCreated());
    }
    upload(officer, "SITE_PHOTO", "dapur31.png", tiny)
        .andExpect(status().isUnprocessableContent())
        .andExpect(jsonPath("$.errors[0].message").value("At most 30 documents per request."));
    assertThat(stored()).isEqualTo(30);
  }

  private static byte[] png(int w, int h) throws Exception {
    BufferedImage image = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ImageIO.write(image, "png", out);
    return out.toByteArray();
  }

  private static byte[] concat(byte[] a, byte[] b) {
    byte[] all = Arrays.copyOf(a, a.length + b.length);
    System.arraycopy(b, 0, all, a.length, b.length);
    return all;
  }
}
