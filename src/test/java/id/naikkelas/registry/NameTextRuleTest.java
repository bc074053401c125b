package id.naikkelas.registry;

import static id.naikkelas.access.AccountFixture.bearer;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import id.naikkelas.IntegrationTest;
import id.naikkelas.access.AccountFixture;
import id.naikkelas.access.Actor;
import id.naikkelas.access.Role;
import id.naikkelas.registry.importing.BusinessImports;
import id.naikkelas.registry.importing.ImportStatus;
import id.naikkelas.registry.importing.SheetFiles;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.json.JsonMapper;

/**
 * Issue 9, finding 13: one text rule for the names and addresses of people and businesses — markup,
 * bidi overrides and zero-width characters are refused naming the field, through the officers' API,
 * self-registration and the import alike, and nothing is stored.
 */
@IntegrationTest
class NameTextRuleTest {

  static final String VILLAGE = "35.24.17.2007";
  private static final AtomicInteger ADDRESS = new AtomicInteger();

  @Autowired MockMvc mvc;
  @Autowired AccountFixture accounts;
  @Autowired JdbcClient jdbc;
  @Autowired JsonMapper json;
  @Autowired BusinessImports imports;

  static Stream<Arguments> hostile() {
    return hostileIn("ownerName", "businessName", "address", "ownerAddress");
  }

  /** The import has one address column, for the business and its owner alike. */
  static Stream<Arguments> hostileInImport() {
    return hostileIn("ownerName", "businessName", "address");
  }

  private static Stream<Arguments> hostileIn(String... fields) {
    return Stream.of(fields)
        .flatMap(
            field ->
                Stream.of(
                    Arguments.of(field, "markup", "Sri <b>Wahyuni</b>"),
                    Arguments.of(field, "bidi override", "Sri \u202Einuyhaw"),
                    Arguments.of(field, "zero-width space", "Sri\u200BWahyuni")));
  }

  @ParameterizedTest(name = "{0}: {1}")
  @MethodSource("hostile")
  void the_officers_api_refuses_it_naming_the_field(String field, String why, String value)
      throws Exception {
    String token = accounts.token(accounts.open(Role.OFFICER, "35.24.17"));
    long[] before = counts();

    mvc.perform(
            post("/api/v1/businesses")
                .header("Authorization", bearer(token))
                .contentType(MediaType.APPLICATION_JSON)
                .content(json.writeValueAsString(with(draft(), field, value))))
        .andExpect(status().isUnprocessableContent())
        .andExpect(jsonPath("$.errors[*].field", hasItem(field)));

    assertThat(counts()).isEqualTo(before);
  }

  @ParameterizedTest(name = "{0}: {1}")
  @MethodSource("hostile")
  void self_registration_refuses_it_naming_the_field_and_opens_no_account(
      String field, String why, String value) throws Exception {
    long[] before = counts();
    String username = "teks.t" + System.nanoTime() % 1_000_000;
    Map<String, Object> body =
        Map.of(
            "username",
            username,
            "password",
            "Usaha#Sendiri2026",
            "confirmPassword",
            "Usaha#Sendiri2026",
            "business",
            with(draft(), field, value),
            "processingConsent",
            true,
            "website",
            "");

    mvc.perform(
            post("/api/v1/registrations")
                .with(
                    r -> {
                      r.setRemoteAddr("10.13.0." + ADDRESS.incrementAndGet());
                      return r;
                    })
                .contentType(MediaType.APPLICATION_JSON)
                .content(json.writeValueAsString(body)))
        .andExpect(status().isUnprocessableContent())
        .andExpect(jsonPath("$.errors[*].field", hasItem(field)));

    assertThat(counts()).isEqualTo(before);
    assertThat(
            jdbc.sql("select count(*) from account where username = ?")
                .param(username)
                .query(Long.class)
                .single())
        .isZero();
  }

  @ParameterizedTest(name = "{0}: {1}")
  @MethodSource("hostileInImport")
  void the_import_rejects_the_row_naming_the_column(String field, String why, String value)
      throws Exception {
    String column =
        switch (field) {
          case "ownerName" -> "Nama Pemilik";
          case "businessName" -> "Nama Usaha";
          default -> "Alamat";
        };
    long[] before = counts();
    Actor officer = new Actor(0, "teks", "teks", Role.OFFICER, "35.24.17");
    Path csv = Files.createTempFile("text-rule", ".csv");
    Files.write(
        csv,
        SheetFiles.csv(
            ';', List.<String[]>of(SheetFiles.with(SheetFiles.row(VILLAGE), column, value))));

    ImportStatus done = imports.runNow(officer, csv, false);

    assertThat(done.imported()).isZero();
    assertThat(done.rejected()).isEqualTo(1);
    assertThat(imports.problems(officer, done.id(), PageRequest.of(0, 20)).getContent())
        .anySatisfy(p -> assertThat(p.column()).isEqualTo(column));
    assertThat(counts()).isEqualTo(before);
  }

  private static BusinessDraft draft() {
    return BusinessDraftFixture.draft(VILLAGE);
  }

  private static BusinessDraft with(BusinessDraft d, String field, String value) {
    return BusinessDraftFixture.withOwner(
        new BusinessDraft(
            d.nik(),
            d.ownerName(),
            d.sex(),
            d.phone(),
            d.email(),
            d.ownerAddress(),
            d.ownerVillageCode(),
            field.equals("businessName") ? value : d.businessName(),
            d.nib(),
            d.kbliVersion(),
            d.kbliCodes(),
            d.capital(),
            d.annualSales(),
            d.employees(),
            d.yearFounded(),
            d.villageCode(),
            field.equals("address") ? value : d.address(),
            d.onlineChannels(),
            d.sellsOnline(),
            d.ikm(),
            d.exporter(),
            d.pirtNumber(),
            d.halalNumber(),
            d.trademarkNumber(),
            d.whatsappConsent()),
        d.nik(),
        field.equals("ownerName") ? value : d.ownerName(),
        d.phone(),
        d.email(),
        field.equals("ownerAddress") ? value : d.ownerAddress(),
        d.ownerVillageCode());
  }

  private long[] counts() {
    return new long[] {count("owner"), count("business"), count("account")};
  }

  private long count(String table) {
    return jdbc.sql("select count(*) from " + table).query(Long.class).single();
  }
}
