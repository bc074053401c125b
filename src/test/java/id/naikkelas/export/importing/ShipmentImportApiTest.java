package id.naikkelas.export.importing;

import static id.naikkelas.access.AccountFixture.bearer;
import static id.naikkelas.export.importing.ShipmentImportFixture.csv;
import static id.naikkelas.export.importing.ShipmentImportFixture.problems;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import id.naikkelas.IntegrationTest;
import id.naikkelas.access.AccountFixture;
import id.naikkelas.access.Role;
import id.naikkelas.registry.Registry;
import id.naikkelas.registry.importing.SheetFiles;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.json.JsonMapper;

/** The yearly shipment spreadsheet through the API, on the real database. */
@IntegrationTest
class ShipmentImportApiTest {

  static final String VILLAGE = "35.24.17.2007";

  @Autowired MockMvc mvc;
  @Autowired JsonMapper json;
  @Autowired Registry registry;
  @Autowired AccountFixture accounts;
  @Autowired JdbcClient jdbc;

  ShipmentImportFixture fx;
  String officer;
  long tenun;
  long konveksi;
  long lumajang;

  @BeforeEach
  void exporters() {
    fx = new ShipmentImportFixture(mvc, json, registry, jdbc);
    officer = accounts.token(accounts.open(Role.OFFICER, "35.24"));
    tenun = fx.business(VILLAGE);
    konveksi = fx.business(VILLAGE);
    lumajang = fx.business("35.08.02.2002");
  }

  /** Two good rows, then one fault a row (rows 4 to 10). */
  private byte[] yearly() {
    String n = fx.nib(tenun);
    int nextYear = LocalDate.now().getYear() + 1;
    return csv(
        List.of(
            n
                + ";;Tenun Ikat;15/03/2024;;;5208.49;Sarung tenun ikat;Jepang;Yamada;12.500,00;USD;"
                + "15.650,25;01/03/2024;120;lembar;IJEPA;",
            ";"
                + konveksi
                + ";Konveksi;;2023;7;520849;Kemeja;Amerika Serikat;;1234567.89;IDR;;;;;;",
            n + ";;Tenun Ikat;16/03/2024;;;123456;Sarung;JP;;1000;IDR;;;;;;",
            n + ";;Tenun Ikat;17/03/2024;;;520849;Sarung;Atlantis;;1000;IDR;;;;;;",
            n + ";;Tenun Ikat;18/03/2024;;;520849;Sarung;JP;;0;IDR;;;;;;",
            n + ";;Tenun Ikat;19/03/2024;;;520849;Sarung;JP;;500;USD;;;;;;",
            n + ";;Tenun Ikat;;" + nextYear + ";;520849;Sarung;JP;;1000;IDR;;;;;;",
            n
                + ";;Tenun Ikat;15/03/2024;;;5208.49;Sarung tenun ikat;JP;;12500;USD;"
                + "15650.25;2024-03-01;;;;",
            fx.nib(lumajang) + ";;Usaha Lumajang;15/03/2024;;;520849;Sarung;JP;;1000;IDR;;;;;;"));
  }

  @Test
  void every_fault_is_reported_by_row_and_column_and_only_the_valid_rows_reach_the_ledger()
      throws Exception {
    BigDecimal before = fx.valueIdr(tenun, konveksi, lumajang);
    Map<String, Object> result = fx.importAndWait(officer, yearly(), "ekspor-2024.csv", false);
    assertThat(result)
        .containsEntry("status", "DONE")
        .containsEntry("totalRows", 9)
        .containsEntry("processedRows", 9)
        .containsEntry("stored", 2)
        .containsEntry("refused", 7);
    List<Map<String, Object>> problems = problems(result);
    assertProblem(problems, 4, "Kode HS", "HSCODE_UNKNOWN");
    assertProblem(problems, 5, "Negara Tujuan", "COUNTRY_UNKNOWN");
    assertProblem(problems, 6, "Nilai", "VALUE_POSITIVE");
    assertProblem(problems, 7, "Kurs", "RATE_REQUIRED");
    assertProblem(problems, 7, "Tanggal Kurs", "RATEDATE_REQUIRED");
    assertProblem(problems, 8, "Tahun", "FUTURE");
    assertProblem(problems, 9, "Nilai", "DUPLICATE");
    assertProblem(problems, 10, "NIB", "BUSINESS_NOTFOUND");
    assertThat(problems)
        .filteredOn(p -> p.get("row").equals(9))
        .first()
        .satisfies(p -> assertThat((String) p.get("message")).contains("already in the ledger"));
    assertThat(problems).noneMatch(p -> (int) p.get("row") < 4);
    assertThat(fx.shipments(tenun)).isEqualTo(1);
    assertThat(fx.shipments(konveksi)).isEqualTo(1);
    assertThat(fx.shipments(lumajang)).isZero();
    assertThat(fx.valueIdr(tenun, konveksi, lumajang).subtract(before))
        .isEqualByComparingTo("196862692.89");
    assertThat(
            jdbc.sql("select source from export_shipment where business_id = ?")
                .param(konveksi)
                .query(String.class)
                .single())
        .isEqualTo("IMPORT");
  }

  @Test
  void a_dry_run_reports_the_same_problems_and_stores_nothing() throws Exception {
    Map<String, Object> result = fx.importAndWait(officer, yearly(), "coba.csv", true);
    assertThat(result)
        .containsEntry("status", "DONE")
        .containsEntry("dryRun", true)
        .containsEntry("stored", 2)
        .containsEntry("refused", 7);
    List<Map<String, Object>> problems = problems(result);
    assertProblem(problems, 4, "Kode HS", "HSCODE_UNKNOWN");
    assertProblem(problems, 9, "Nilai", "DUPLICATEROW");
    assertProblem(problems, 10, "NIB", "BUSINESS_NOTFOUND");
    assertThat(fx.shipments(tenun, konveksi, lumajang)).isZero();
  }

  @Test
  void an_xlsx_with_number_and_date_cells_is_read_and_a_formula_refused() throws Exception {
    byte[] file;
    try (XSSFWorkbook book = new XSSFWorkbook()) {
      CellStyle date = book.createCellStyle();
      date.setDataFormat(book.getCreationHelper().createDataFormat().getFormat("dd/mm/yyyy"));
      Sheet sheet = book.createSheet("Data");
      Row head = sheet.createRow(0);
      String[] headers = {
        "NIB",
        "Date",
        "HS Code",
        "Commodity",
        "Country",
        "Value",
        "Currency",
        "Rate",
        "Rate date",
        "Quantity"
      };
      for (int i = 0; i < headers.length; i++) {
        head.createCell(i).setCellValue(headers[i]);
      }
      for (int r = 1; r <= 2; r++) {
        Row row = sheet.createRow(r);
        row.createCell(0).setCellValue(fx.nib(tenun));
        row.createCell(1).setCellValue(LocalDate.of(2024, 5, r));
        row.getCell(1).setCellStyle(date);
        row.createCell(2).setCellValue("520849");
        row.createCell(3).setCellValue("Sarung");
        row.createCell(4).setCellValue("Malaysia");
        row.createCell(5).setCellValue(2500.5);
        row.createCell(6).setCellValue("EUR");
        row.createCell(7).setCellValue(17000);
        row.createCell(8).setCellValue(LocalDate.of(2024, 4, 30));
        row.getCell(8).setCellStyle(date);
        if (r == 2) {
          row.createCell(9).setCellFormula("10*2");
        } else {
          row.createCell(9).setCellValue(40);
        }
      }
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      book.write(out);
      file = out.toByteArray();
    }
    Map<String, Object> result = fx.importAndWait(officer, file, "ekspor.xlsx", false);
    assertThat(result).containsEntry("stored", 1).containsEntry("refused", 1);
    assertProblem(problems(result), 3, "Quantity", "CELL_FORMULA");
    assertThat(fx.valueIdr(tenun)).isEqualByComparingTo("42508500.00");
    assertThat(
            jdbc.sql("select shipped_on from export_shipment where business_id = ?")
                .param(tenun)
                .query(LocalDate.class)
                .single())
        .isEqualTo(LocalDate.of(2024, 5, 1));
  }

  @Test
  void a_file_that_is_no_spreadsheet_fails_clearly_and_writes_nothing() throws Exception {
    mvc.perform(
            multipart("/api/v1/export-shipment-imports")
                .file(
                    new MockMultipartFile("file", "data.xlsx", null, "<html>hi</html>".getBytes()))
                .header("Authorization", bearer(officer))
                .header("Accept-Language", "en"))
        .andExpect(status().isUnprocessableContent())
        .andExpect(jsonPath("$.errors[0].field").value("file"))
        .andExpect(
            jsonPath("$.errors[0].message")
                .value("The file is named .xlsx but is not an Excel file."));
    Map<String, Object> bomb = fx.importAndWait(officer, SheetFiles.zipBomb(), "bom.xlsx", false);
    assertThat(bomb).containsEntry("status", "FAILED").containsEntry("stored", 0);
    assertThat((String) bomb.get("failure")).isNotBlank();
    String wrong = fx.nib(tenun) + ";2024;Sarung\n";
    Map<String, Object> headers =
        fx.importAndWait(officer, ("NIB;Tahun;Keterangan\n" + wrong).getBytes(), "x.csv", false);
    assertThat(headers).containsEntry("status", "FAILED").containsEntry("processedRows", 0);
    assertThat((String) headers.get("failure"))
        .contains("Kode HS", "Komoditas", "Negara Tujuan", "Nilai", "Mata Uang")
        .doesNotContain("NIB");
    assertThat(fx.shipments(tenun)).isZero();
  }

  @Test
  void only_officers_of_the_jobs_scope_see_it_and_the_template_has_the_headers() throws Exception {
    String id = fx.start(officer, csv(List.of()), "kosong.csv", true);
    String other = accounts.token(accounts.open(Role.OFFICER, "35.08"));
    mvc.perform(get("/api/v1/export-shipment-imports/" + id).header("Authorization", bearer(other)))
        .andExpect(status().isNotFound());
    String owner = accounts.token(accounts.open(Role.OWNER, null));
    mvc.perform(get("/api/v1/export-shipment-imports/" + id).header("Authorization", bearer(owner)))
        .andExpect(status().isForbidden());
    byte[] template =
        mvc.perform(
                get("/api/v1/export-shipment-imports/template")
                    .header("Authorization", bearer(officer)))
            .andExpect(status().isOk())
            .andExpect(
                header()
                    .string(
                        "Content-Disposition",
                        org.hamcrest.Matchers.containsString("templat-ekspor.xlsx")))
            .andReturn()
            .getResponse()
            .getContentAsByteArray();
    try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(template))) {
      assertThat(book.getSheetAt(0).getRow(0).getCell(0).getStringCellValue()).isEqualTo("NIB");
      assertThat(book.getSheetAt(0).getRow(0).getCell(6).getStringCellValue()).isEqualTo("Kode HS");
      assertThat(book.getSheetAt(0).getPhysicalNumberOfRows()).isEqualTo(2);
    }
    String csv =
        mvc.perform(
                get("/api/v1/export-shipment-imports/template?format=csv")
                    .header("Authorization", bearer(officer)))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString();
    assertThat(csv).startsWith(ShipmentImportFixture.HEADER).contains("Sarung tenun ikat");
    mvc.perform(
            get("/api/v1/export-shipment-imports/template?format=pdf")
                .header("Authorization", bearer(officer)))
        .andExpect(status().isUnprocessableContent());
  }

  private static void assertProblem(
      List<Map<String, Object>> problems, int row, String column, String code) {
    assertThat(problems)
        .as("row %d %s %s in %s", row, column, code, problems)
        .anySatisfy(
            p ->
                assertThat(p)
                    .containsEntry("row", row)
                    .containsEntry("column", column)
                    .containsEntry("code", code));
  }
}
