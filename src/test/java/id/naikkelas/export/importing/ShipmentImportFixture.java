package id.naikkelas.export.importing;

import static id.naikkelas.access.AccountFixture.bearer;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import id.naikkelas.access.Actor;
import id.naikkelas.access.Role;
import id.naikkelas.registry.BusinessDraftFixture;
import id.naikkelas.registry.BusinessSource;
import id.naikkelas.registry.Registry;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.json.JsonMapper;

/** Businesses, files and a polling upload for the shipment import tests. */
final class ShipmentImportFixture {

  static final Actor ROOT = new Actor(0, "test", "test", Role.OFFICER, "35");
  static final String HEADER =
      "NIB;id_usaha;Nama Usaha;Tanggal;Tahun;Bulan;Kode HS;Komoditas;Negara Tujuan;Pembeli;Nilai;"
          + "Mata Uang;Kurs;Tanggal Kurs;Jumlah;Satuan;SKA;Nomor PEB";

  private final MockMvc mvc;
  private final JsonMapper json;
  private final Registry registry;
  private final JdbcClient jdbc;

  ShipmentImportFixture(MockMvc mvc, JsonMapper json, Registry registry, JdbcClient jdbc) {
    this.mvc = mvc;
    this.json = json;
    this.registry = registry;
    this.jdbc = jdbc;
  }

  long business(String village) {
    long b = registry.register(ROOT, BusinessDraftFixture.draft(village), BusinessSource.FORM).id();
    registry.verify(ROOT, b);
    return b;
  }

  String nib(long business) {
    return jdbc.sql("select nib from business where id = ?")
        .param(business)
        .query(String.class)
        .single();
  }

  static byte[] csv(List<String> rows) {
    return (HEADER + "\n" + String.join("\n", rows) + "\n").getBytes(StandardCharsets.UTF_8);
  }

  long shipments(long... businesses) {
    long n = 0;
    for (long b : businesses) {
      n +=
          jdbc.sql("select count(*) from export_shipment where business_id = ?")
              .param(b)
              .query(Long.class)
              .single();
    }
    return n;
  }

  BigDecimal valueIdr(long... businesses) {
    BigDecimal sum = BigDecimal.ZERO;
    for (long b : businesses) {
      sum =
          sum.add(
              jdbc.sql(
                      "select coalesce(sum(value_idr), 0) from export_shipment where business_id = ?")
                  .param(b)
                  .query(BigDecimal.class)
                  .single());
    }
    return sum;
  }

  String start(String token, byte[] file, String name, boolean dryRun) throws Exception {
    String started =
        mvc.perform(
                multipart("/api/v1/export-shipment-imports")
                    .file(new MockMultipartFile("file", name, null, file))
                    .param("dryRun", String.valueOf(dryRun))
                    .header("Authorization", bearer(token)))
            .andExpect(status().isAccepted())
            .andReturn()
            .getResponse()
            .getContentAsString();
    return (String) json.readValue(started, Map.class).get("id");
  }

  @SuppressWarnings("unchecked")
  Map<String, Object> importAndWait(String token, byte[] file, String name, boolean dryRun)
      throws Exception {
    String id = start(token, file, name, dryRun);
    for (int i = 0; i < 600; i++) {
      String body =
          mvc.perform(
                  get("/api/v1/export-shipment-imports/" + id)
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

  @SuppressWarnings("unchecked")
  static List<Map<String, Object>> problems(Map<String, Object> result) {
    return (List<Map<String, Object>>) result.get("problems");
  }
}
