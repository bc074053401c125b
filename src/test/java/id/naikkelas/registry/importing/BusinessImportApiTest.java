package id.naikkelas.registry.importing;

import static id.naikkelas.access.AccountFixture.bearer;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import id.naikkelas.IntegrationTest;
import id.naikkelas.access.AccountFixture;
import id.naikkelas.access.Role;
import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.json.JsonMapper;

@IntegrationTest
class BusinessImportApiTest {

  static final String VILLAGE = "35.24.17.2007";

  @Autowired MockMvc mvc;
  @Autowired AccountFixture accounts;
  @Autowired JdbcClient jdbc;
  @Autowired JsonMapper json;
  @org.springframework.boot.test.web.server.LocalServerPort int port;

  String token;

  @BeforeEach
  void officerOfSukodadi() {
    token = accounts.token(accounts.open(Role.OFFICER, "35.24.17"));
  }

  @Test
  void valid_rows_are_stored_bad_rows_reported_and_a_second_import_adds_nothing() throws Exception {
    List<String[]> rows = new ArrayList<>();
    for (int i = 0; i < 6; i++) {
      rows.add(SheetFiles.row(VILLAGE));
    }
    rows.add(SheetFiles.with(SheetFiles.row(VILLAGE), "NIK", "352417120885"));
    rows.add(SheetFiles.with(SheetFiles.row(VILLAGE), "Modal Usaha", "-5"));
    rows.add(rows.get(0).clone());
    rows.add(SheetFiles.with(SheetFiles.row(VILLAGE), "KBLI", "10792,04123"));
    byte[] file = SheetFiles.csv(';', rows);
    long before = count();

    Map<String, Object> first = importAndWait(file, "umkm.csv", false);
    assertThat(first)
        .containsEntry("status", "DONE")
        .containsEntry("totalRows", 10)
        .containsEntry("imported", 6)
        .containsEntry("rejected", 3)
        .containsEntry("duplicates", 1);
    assertThat(errors(first))
        .anySatisfy(e -> assertThat(e).containsEntry("row", 8).containsEntry("column", "NIK"))
        .anySatisfy(
            e -> assertThat(e).containsEntry("row", 9).containsEntry("column", "Modal Usaha"))
        .anySatisfy(e -> assertThat(e).containsEntry("row", 10).containsEntry("code", "DUPLICATE"))
        .anySatisfy(
            e ->
                assertThat(e)
                    .containsEntry("row", 11)
                    .containsEntry("column", "KBLI")
                    .containsEntry("code", "KBLI_UNKNOWN")
                    .containsEntry("message", "KBLI code 04123 is not in KBLI 2020."));
    assertThat(count()).isEqualTo(before + 6);

    Map<String, Object> second = importAndWait(file, "umkm.csv", false);
    assertThat(second).containsEntry("imported", 0).containsEntry("duplicates", 7);
    assertThat(count()).isEqualTo(before + 6);
  }

  @Test
  void a_dry_run_reports_but_stores_nothing() throws Exception {
    byte[] file = SheetFiles.csv(',', List.of(SheetFiles.row(VILLAGE), SheetFiles.row(VILLAGE)));
    long before = count();
    Map<String, Object> result = importAndWait(file, "coba.csv", true);
    assertThat(result)
        .containsEntry("status", "DONE")
        .containsEntry("dryRun", true)
        .containsEntry("imported", 2);
    assertThat(count()).isEqualTo(before);
  }

  @Test
  void
      xlsx_cells_that_lost_digits_hold_formulas_or_lie_outside_the_scope_are_refused_by_row_and_column()
          throws Exception {
    String[] good = SheetFiles.row(VILLAGE);
    Object[] numericNik = java.util.Arrays.copyOf(SheetFiles.row(VILLAGE), 19, Object[].class);
    numericNik[0] = 3524171208850001d;
    Object[] formula = SheetFiles.row(VILLAGE);
    formula[5] = "FORMULA:1+1";
    Object[] script =
        SheetFiles.with(SheetFiles.row(VILLAGE), "Nama Usaha", "<script>alert(1)</script>");
    Object[] formulaText =
        SheetFiles.with(SheetFiles.row(VILLAGE), "Nama Pemilik", "=HYPERLINK(\"x\")");
    Object[] otherDistrict =
        SheetFiles.with(SheetFiles.row("35.24.01.2001"), "Kode Desa", "35.24.01.2001");
    Object[] unknownVillage = SheetFiles.with(SheetFiles.row(VILLAGE), "Kode Desa", "");
    unknownVillage = SheetFiles.with((String[]) unknownVillage, "Kecamatan", "Sukodadi");
    unknownVillage = SheetFiles.with((String[]) unknownVillage, "Desa", "Atlantis");
    Object[] byName = SheetFiles.with(SheetFiles.row(VILLAGE), "Kode Desa", "");
    byName = SheetFiles.with((String[]) byName, "Kecamatan", " SUKODADI ");
    byName = SheetFiles.with((String[]) byName, "Desa", "sukodadi");
    byte[] file =
        SheetFiles.xlsx(
            List.of(
                good,
                numericNik,
                formula,
                script,
                formulaText,
                otherDistrict,
                unknownVillage,
                byName));
    long before = count();

    Map<String, Object> result = importAndWait(file, "data.xlsx", false);
    assertThat(result).containsEntry("imported", 2).containsEntry("rejected", 6);
    List<Map<String, Object>> errors = errors(result);
    assertThat(errors)
        .anySatisfy(
            e ->
                assertThat(e)
                    .containsEntry("row", 3)
                    .containsEntry("column", "NIK")
                    .containsEntry("code", "CELL_NUMERIC"));
    assertThat(errors)
        .anySatisfy(
            e -> assertThat(e).containsEntry("row", 4).containsEntry("code", "CELL_FORMULA"));
    assertThat(errors)
        .anySatisfy(
            e -> assertThat(e).containsEntry("row", 5).containsEntry("code", "CELL_MARKUP"));
    assertThat(errors)
        .anySatisfy(
            e -> assertThat(e).containsEntry("row", 6).containsEntry("code", "CELL_FORMULATEXT"));
    assertThat(errors)
        .anySatisfy(
            e ->
                assertThat(e)
                    .containsEntry("row", 7)
                    .containsEntry("column", "Kode Desa")
                    .containsEntry("code", "VILLAGE_OUTSIDESCOPE"));
    assertThat(errors)
        .anySatisfy(
            e ->
                assertThat(e)
                    .containsEntry("row", 8)
                    .containsEntry("column", "Desa")
                    .containsEntry("code", "VILLAGE_NOTFOUND"));
    assertThat(count()).isEqualTo(before + 2);
    assertThat(
            jdbc.sql("select count(*) from business where village_code like '35.24.01.%'")
                .query(Long.class)
                .single())
        .isZero();

    String id = (String) result.get("id");
    byte[] report =
        mvc.perform(
                get("/api/v1/business-imports/" + id + "/report.xlsx")
                    .header("Authorization", bearer(token)))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsByteArray();
    try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(report))) {
      assertThat(
              book.getSheet("Data")
                  .getRow(2)
                  .getCell(SheetFiles.HEADERS.size())
                  .getStringCellValue())
          .contains("NIK");
      assertThat(book.getSheetAt(0).getPhysicalNumberOfRows()).isEqualTo(7);
    }
  }

  @Test
  void hostile_files_are_refused_with_a_reason_and_store_nothing() throws Exception {
    long before = count();
    mvc.perform(
            multipart("/api/v1/business-imports")
                .file(
                    new MockMultipartFile(
                        "file", "data.xlsx", null, "<html><body>hi</body></html>".getBytes()))
                .header("Authorization", bearer(token))
                .header("Accept-Language", "en"))
        .andExpect(status().isUnprocessableContent())
        .andExpect(
            jsonPath("$.errors[0].message")
                .value("The file is named .xlsx but is not an Excel file."));
    mvc.perform(
            multipart("/api/v1/business-imports")
                .file(
                    new MockMultipartFile(
                        "file", "data.csv", null, "<!DOCTYPE html><html></html>".getBytes()))
                .header("Authorization", bearer(token)))
        .andExpect(status().isUnprocessableContent())
        .andExpect(jsonPath("$.errors[0].field").value("file"));
    Map<String, Object> bomb = importAndWait(SheetFiles.zipBomb(), "bom.xlsx", false);
    assertThat(bomb).containsEntry("status", "FAILED").containsKey("failure");
    byte[] latin1 =
        "NIK;Nama Pemilik\n3524171208850001;Jos\u00e9\n"
            .getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
    Map<String, Object> notUtf8 = importAndWait(latin1, "latin.csv", false);
    assertThat(notUtf8).containsEntry("status", "FAILED");
    assertThat((String) notUtf8.get("failure")).contains("UTF-8");
    Map<String, Object> noHeaders = importAndWait("a;b\n1;2\n".getBytes(), "x.csv", false);
    assertThat((String) noHeaders.get("failure")).contains("NIK");
    assertThat(count()).isEqualTo(before);
  }

  @Test
  void a_village_name_of_several_villages_an_nib_of_another_owner_are_refused_by_row()
      throws Exception {
    String lamongan = accounts.token(accounts.open(Role.OFFICER, "35.24"));
    String[] ambiguous = SheetFiles.with(SheetFiles.row(VILLAGE), "Kode Desa", "");
    ambiguous = SheetFiles.with(ambiguous, "Desa", "Banjarejo");
    String[] unique = SheetFiles.with(SheetFiles.row(VILLAGE), "Kode Desa", "");
    unique = SheetFiles.with(unique, "Desa", "banjarejo");
    unique = SheetFiles.with(unique, "Kecamatan", "Sukodadi");
    String nib = "93" + "%011d".formatted(System.nanoTime() % 100_000_000_000L);
    String[] owner1 = SheetFiles.with(SheetFiles.row(VILLAGE), "NIB", nib);
    String[] owner2 = SheetFiles.with(SheetFiles.row(VILLAGE), "NIB", nib);
    String previous = token;
    token = lamongan;
    try {
      Map<String, Object> result =
          importAndWait(
              SheetFiles.csv(';', List.of(ambiguous, unique, owner1, owner2)), "desa.csv", false);
      assertThat(result).containsEntry("imported", 2).containsEntry("rejected", 2);
      assertThat(errors(result))
          .anySatisfy(
              e ->
                  assertThat(e)
                      .containsEntry("row", 2)
                      .containsEntry("column", "Desa")
                      .containsEntry("code", "VILLAGE_AMBIGUOUS"))
          .anySatisfy(
              e ->
                  assertThat(e)
                      .containsEntry("row", 5)
                      .containsEntry("column", "NIB")
                      .containsEntry("code", "NIB_TAKENINIMPORT"));
    } finally {
      token = previous;
    }
  }

  @Test
  void an_upload_over_the_size_limit_is_refused_with_413() throws Exception {
    byte[] big = new byte[21 * 1024 * 1024];
    java.net.http.HttpRequest request =
        java.net.http.HttpRequest.newBuilder(
                java.net.URI.create("http://localhost:" + port + "/api/v1/business-imports"))
            .header("Authorization", bearer(token))
            .header("Content-Type", "multipart/form-data; boundary=b0undary")
            .POST(
                java.net.http.HttpRequest.BodyPublishers.ofByteArrays(
                    List.of(
                        "--b0undary\r\nContent-Disposition: form-data; name=\"file\"; filename=\"big.csv\"\r\nContent-Type: text/csv\r\n\r\n"
                            .getBytes(),
                        big,
                        "\r\n--b0undary--\r\n".getBytes())))
            .build();
    long before = jdbc.sql("select count(*) from business_import").query(Long.class).single();
    var response =
        java.net.http.HttpClient.newHttpClient()
            .send(request, java.net.http.HttpResponse.BodyHandlers.ofString());
    assertThat(response.statusCode()).isEqualTo(413);
    assertThat(response.headers().firstValue("Content-Type"))
        .hasValueSatisfying(t -> assertThat(t).contains("application/problem+json"));
    assertThat(response.body()).contains("\"status\":413");
    assertThat(jdbc.sql("select count(*) from business_import").query(Long.class).single())
        .isEqualTo(before);
  }

  @Test
  void the_template_has_text_columns_and_the_villages_of_the_scope() throws Exception {
    byte[] template =
        mvc.perform(
                get("/api/v1/business-imports/template.xlsx")
                    .header("Authorization", bearer(token)))
            .andExpect(status().isOk())
            .andExpect(
                header()
                    .string(
                        "Content-Disposition", org.hamcrest.Matchers.containsString("attachment")))
            .andReturn()
            .getResponse()
            .getContentAsByteArray();
    try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(template))) {
      var data = book.getSheet("Data");
      assertThat(data.getRow(0).getCell(0).getStringCellValue()).isEqualTo("NIK");
      assertThat(data.getColumnStyle(0).getDataFormatString()).isEqualTo("@");
      assertThat(data.getColumnStyle(3).getDataFormatString()).isEqualTo("@");
      assertThat(book.getSheetAt(2).getPhysicalNumberOfRows()).isEqualTo(21);
      assertThat(book.getSheetAt(2).getRow(1).getCell(2).getStringCellValue())
          .startsWith("35.24.17.");
    }
  }

  @Test
  void another_districts_officer_cannot_see_the_job() throws Exception {
    Map<String, Object> result =
        importAndWait(
            SheetFiles.csv(';', List.<String[]>of(SheetFiles.row(VILLAGE))), "a.csv", true);
    String lumajang = accounts.token(accounts.open(Role.OFFICER, "35.08"));
    mvc.perform(
            get("/api/v1/business-imports/" + result.get("id"))
                .header("Authorization", bearer(lumajang)))
        .andExpect(status().isNotFound());
    mvc.perform(
            get("/api/v1/business-imports/" + result.get("id") + "/report.xlsx")
                .header("Authorization", bearer(lumajang)))
        .andExpect(status().isNotFound());
  }

  @SuppressWarnings("unchecked")
  private List<Map<String, Object>> errors(Map<String, Object> result) {
    return (List<Map<String, Object>>) result.get("errors");
  }

  @SuppressWarnings("unchecked")
  Map<String, Object> importAndWait(byte[] file, String name, boolean dryRun) throws Exception {
    String started =
        mvc.perform(
                multipart("/api/v1/business-imports")
                    .file(new MockMultipartFile("file", name, null, file))
                    .param("dryRun", String.valueOf(dryRun))
                    .header("Authorization", bearer(token))
                    .header("Accept-Language", "en"))
            .andExpect(status().isAccepted())
            .andReturn()
            .getResponse()
            .getContentAsString();
    String id = (String) json.readValue(started, Map.class).get("id");
    for (int i = 0; i < 600; i++) {
      String body =
          mvc.perform(
                  get("/api/v1/business-imports/" + id)
                      .header("Authorization", bearer(token))
                      .header("Accept-Language", "en"))
              .andExpect(status().isOk())
              .andReturn()
              .getResponse()
              .getContentAsString();
      Map<String, Object> status = json.readValue(body, Map.class);
      if (!"RUNNING".equals(status.get("status"))) {
        return status;
      }
      Thread.sleep(100);
    }
    throw new AssertionError("import " + id + " did not finish");
  }

  private long count() {
    return jdbc.sql("select count(*) from business").query(Long.class).single();
  }
}
