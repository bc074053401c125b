package id.naikkelas.registry.kbli;

import static id.naikkelas.access.AccountFixture.bearer;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import id.naikkelas.IntegrationTest;
import id.naikkelas.access.AccountFixture;
import id.naikkelas.access.Role;
import id.naikkelas.registry.BusinessDraftFixture;
import id.naikkelas.registry.importing.SheetFiles;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import tools.jackson.databind.json.JsonMapper;

/**
 * The KBLI reference: codes checked against the loaded list of their version, or against the 88
 * divisions of KBLI 2020 while none is loaded. The loading tests use KBLI 2025, which no other test
 * depends on, and put the table back afterwards.
 */
@IntegrationTest
class KbliReferenceTest {

  static final String VILLAGE = "35.24.17.2007";
  static final String LIST =
      """
      kode;judul
      10792;Industri Kue Basah
      10794;Industri Kerupuk, Keripik, Peyek dan Sejenisnya
      13134;Industri Batik
      """;

  @Autowired MockMvc mvc;
  @Autowired AccountFixture accounts;
  @Autowired JdbcClient jdbc;
  @Autowired JsonMapper json;
  @Autowired KbliReference kbli;
  @Autowired KbliStarterList starter;

  String officerToken;

  @BeforeEach
  void officerOfSukodadi() {
    officerToken = accounts.token(accounts.open(Role.OFFICER, "35.24.17"));
  }

  @AfterEach
  void forgetTheList() {
    jdbc.sql("delete from kbli_reference where version = 2025").update();
    jdbc.sql("delete from kbli_list_load where version = 2025").update();
    kbli.forget(2025);
  }

  @Test
  void a_new_deployment_starts_with_the_official_2020_list_of_1789_codes() throws Exception {
    assertThat(entries(2020)).isEqualTo(1_789);
    mvc.perform(get("/api/v1/kbli"))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$[?(@.version == 2020)].entries").value(hasItem(1_789)));
    mvc.perform(get("/api/v1/kbli/2020/10794"))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.title").value("Industri Kerupuk, Keripik, Peyek Dan Sejenisnya"));
    assertThat(starter.loadIfMissing()).isFalse(); // a second start keeps what is there
    long before = businesses();
    // 10730 opens with a division of KBLI 2020 (10) but is not one of its codes
    create("2020", "10730")
        .andExpect(status().isUnprocessableContent())
        .andExpect(jsonPath("$.errors[0].field").value("kbliCodes"))
        .andExpect(jsonPath("$.errors[0].message").value("KBLI code 10730 is not in KBLI 2020."));
    assertThat(businesses()).isEqualTo(before);
    create("2020", "10796").andExpect(status().isCreated());
  }

  @Test
  void an_admin_replaces_the_shipped_2020_list() throws Exception {
    try {
      load(2020, "kbli2020-lokal.csv", LIST.getBytes(StandardCharsets.UTF_8), accounts.adminToken())
          .andExpect(status().isOk())
          .andExpect(jsonPath("$.entries").value(3));
      assertThat(entries(2020)).isEqualTo(3);
      create("2020", "10796").andExpect(status().isUnprocessableContent());
      create("2020", "13134").andExpect(status().isCreated());
      assertThat(starter.loadIfMissing()).isFalse(); // the admin's list stays at the next start
      assertThat(entries(2020)).isEqualTo(3);
    } finally {
      restoreShippedList();
    }
    assertThat(entries(2020)).isEqualTo(1_789);
  }

  @Test
  void without_a_list_a_2020_code_must_open_with_one_of_the_88_divisions() throws Exception {
    try {
      forgetThe2020List();
      without2020List();
    } finally {
      restoreShippedList();
    }
  }

  private void without2020List() throws Exception {
    assertThat(KbliReference.DIVISIONS_2020).hasSize(88);
    long before = businesses();
    create("2020", "04123")
        .andExpect(status().isUnprocessableContent())
        .andExpect(jsonPath("$.errors[0].field").value("kbliCodes"))
        .andExpect(jsonPath("$.errors[0].message").value("KBLI code 04123 is not in KBLI 2020."));
    create("2020", "10794, 00001")
        .andExpect(status().isUnprocessableContent())
        .andExpect(jsonPath("$.errors[0].message").value("KBLI code 00001 is not in KBLI 2020."));
    assertThat(businesses()).isEqualTo(before);
    create("2020", "10794").andExpect(status().isCreated());
  }

  @Test
  void once_a_list_is_loaded_only_its_codes_are_accepted() throws Exception {
    create("2025", "10799").andExpect(status().isCreated()); // no 2025 list yet: shape only

    load(2025, "kbli2025.csv", LIST.getBytes(StandardCharsets.UTF_8), accounts.adminToken())
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.version").value(2025))
        .andExpect(jsonPath("$.entries").value(3));

    long before = businesses();
    create("2025", "10799")
        .andExpect(status().isUnprocessableContent())
        .andExpect(jsonPath("$.errors[0].field").value("kbliCodes"))
        .andExpect(jsonPath("$.errors[0].message").value("KBLI code 10799 is not in KBLI 2025."));
    assertThat(businesses()).isEqualTo(before);
    create("2025", "10794,13134").andExpect(status().isCreated());

    mvc.perform(get("/api/v1/kbli/2025/13134"))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.title").value("Industri Batik"));
    mvc.perform(get("/api/v1/kbli/2025/10799").header("Accept-Language", "en"))
        .andExpect(status().isNotFound())
        .andExpect(jsonPath("$.detail").value(containsString("10799")));
    mvc.perform(get("/api/v1/kbli/2025").param("q", "kerupuk"))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.items[*].code").value(hasItem("10794")))
        .andExpect(jsonPath("$.totalItems").value(1));
    mvc.perform(get("/api/v1/kbli"))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$[?(@.version == 2025)].entries").value(hasItem(3)));
    assertThat(
            jdbc.sql(
                    "select count(*) from audit_entry where entity_type = 'kbli-list'"
                        + " and entity_id = '2025'")
                .query(Long.class)
                .single())
        .isPositive();
  }

  @Test
  void a_file_with_one_bad_row_is_refused_whole_and_the_old_list_stays() throws Exception {
    load(2025, "ok.csv", LIST.getBytes(StandardCharsets.UTF_8), accounts.adminToken())
        .andExpect(status().isOk());
    String bad =
        """
        kode,judul
        10792,Industri Kue Basah
        1079,Terlalu pendek
        10792,Dua kali
        47111,=HYPERLINK("http://x")
        """;
    load(2025, "bad.csv", bad.getBytes(StandardCharsets.UTF_8), accounts.adminToken())
        .andExpect(status().isUnprocessableContent())
        .andExpect(jsonPath("$.errors[0].message").value("Row 3: code \"1079\" must be 5 digits."))
        .andExpect(
            jsonPath("$.errors[1].message").value("Row 4: code 10792 appears more than once."))
        .andExpect(jsonPath("$.errors[2].message").value(containsString("Row 5: the title")));
    load(
            2025,
            "page.csv",
            "<html><body>hi</body></html>".getBytes(StandardCharsets.UTF_8),
            accounts.adminToken())
        .andExpect(status().isUnprocessableContent());
    load(
            2025,
            "noheader.csv",
            "a;b\n10792;x\n".getBytes(StandardCharsets.UTF_8),
            accounts.adminToken())
        .andExpect(status().isUnprocessableContent())
        .andExpect(jsonPath("$.errors[0].message").value(containsString("\"kode\"")));
    assertThat(entries(2025)).isEqualTo(3);
  }

  @Test
  void an_xlsx_list_with_number_cells_gets_its_leading_zeros_back() throws Exception {
    byte[] xlsx =
        SheetFiles.xlsxOf(
            List.of(
                new Object[] {"kode", "judul"},
                new Object[] {1111.0, "Pertanian Jagung"},
                new Object[] {"10794", "Industri Kerupuk"}));
    load(2025, "kbli.xlsx", xlsx, accounts.adminToken()).andExpect(status().isOk());
    mvc.perform(get("/api/v1/kbli/2025/01111"))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.title").value("Pertanian Jagung"));
  }

  @Test
  void only_a_deployment_wide_admin_loads_a_list() throws Exception {
    byte[] file = LIST.getBytes(StandardCharsets.UTF_8);
    load(2025, "a.csv", file, officerToken).andExpect(status().isForbidden());
    String regencyAdmin = accounts.token(accounts.open(Role.ADMIN, "35.24"));
    load(2025, "a.csv", file, regencyAdmin).andExpect(status().isForbidden());
    load(2025, "a.csv", file, null).andExpect(status().isUnauthorized());
    load(2031, "a.csv", file, accounts.adminToken()).andExpect(status().isUnprocessableContent());
    assertThat(entries(2025)).isZero();
  }

  @Test
  void the_admin_page_asks_for_confirmation_and_then_loads() throws Exception {
    var admin = authentication(accounts.signedIn("admin"));
    MockMultipartFile file =
        new MockMultipartFile(
            "file", "kbli.csv", "text/csv", LIST.getBytes(StandardCharsets.UTF_8));
    mvc.perform(
            multipart("/admin/kbli").file(file).param("version", "2025").with(admin).with(csrf()))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("load-problems")));
    assertThat(entries(2025)).isZero();
    mvc.perform(
            multipart("/admin/kbli")
                .file(file)
                .param("version", "2025")
                .param("confirm", "true")
                .with(admin)
                .with(csrf()))
        .andExpect(redirectedUrl("/admin/kbli?version=2025"))
        .andExpect(flash().attributeExists("loaded"));
    assertThat(entries(2025)).isEqualTo(3);
    mvc.perform(get("/admin/kbli").param("version", "2025").param("q", "batik").with(admin))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("Industri Batik")));
  }

  private void forgetThe2020List() {
    jdbc.sql("delete from kbli_reference where version = 2020").update();
    jdbc.sql("delete from kbli_list_load where version = 2020").update();
    kbli.forget(2020);
  }

  private void restoreShippedList() {
    forgetThe2020List();
    assertThat(starter.loadIfMissing()).isTrue();
  }

  private ResultActions load(int version, String name, byte[] bytes, String token)
      throws Exception {
    var request =
        multipart(HttpMethod.PUT, "/api/v1/kbli/" + version)
            .file(new MockMultipartFile("file", name, null, bytes))
            .header("Accept-Language", "en");
    if (token != null) {
      request.header("Authorization", bearer(token));
    }
    return mvc.perform(request);
  }

  @SuppressWarnings("unchecked")
  private ResultActions create(String version, String codes) throws Exception {
    Map<String, Object> body =
        json.readValue(json.writeValueAsString(BusinessDraftFixture.draft(VILLAGE)), Map.class);
    body.put("kbliVersion", version);
    body.put("kbliCodes", List.of(codes.split(",\\s*"))); // a list in the typed body
    return mvc.perform(
        post("/api/v1/businesses")
            .header("Authorization", bearer(officerToken))
            .header("Accept-Language", "en")
            .contentType(MediaType.APPLICATION_JSON)
            .content(json.writeValueAsString(body)));
  }

  private long businesses() {
    return jdbc.sql("select count(*) from business").query(Long.class).single();
  }

  private long entries(int version) {
    return jdbc.sql("select count(*) from kbli_reference where version = ?")
        .param(version)
        .query(Long.class)
        .single();
  }
}
