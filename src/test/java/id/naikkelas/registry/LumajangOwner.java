package id.naikkelas.registry;

import static id.naikkelas.access.AccountFixture.bearer;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.json.JsonMapper;

/**
 * An owner registered by an officer of Lumajang (35.08), with personal values that occur nowhere
 * else, so that a test can tell whether any of them leaked to an officer of another regency.
 */
record LumajangOwner(
    long id, long businessId, String nik, String phone, String email, String address) {

  static final String NAME = "Rahmat Hidayatullah Lumajang";
  static final String VILLAGE = "35.08.01.2001";

  /** Registers the owner with a business of Lumajang through the API, as its officer. */
  static LumajangOwner register(MockMvc mvc, JsonMapper json, JdbcClient jdbc, String token)
      throws Exception {
    String nik = BusinessDraftFixture.nik(VILLAGE);
    String serial = nik.substring(12);
    String phone = "0813-77" + serial.substring(0, 2) + "-" + serial.substring(2) + "31";
    String email = "rahmat." + nik + "@lumajang.example.id";
    String address = "Jl. Kenanga Rahasia " + serial + ", Lumajang";
    BusinessDraft draft =
        BusinessDraftFixture.withOwner(
            BusinessDraftFixture.draft(VILLAGE, nik, "Keripik Pisang Lumajang " + nik),
            nik,
            NAME,
            phone,
            email,
            address,
            VILLAGE);
    String created =
        mvc.perform(
                post("/api/v1/businesses")
                    .header("Authorization", bearer(token))
                    .contentType(MediaType.APPLICATION_JSON)
                    .content(json.writeValueAsString(draft)))
            .andExpect(status().isCreated())
            .andReturn()
            .getResponse()
            .getContentAsString();
    long businessId = Long.parseLong(created.replaceAll(".*\"id\":(\\d+).*", "$1"));
    long ownerId =
        jdbc.sql("select owner_id from business where id = ?")
            .param(businessId)
            .query(Long.class)
            .single();
    return new LumajangOwner(
        ownerId, businessId, nik, "+62" + phone.substring(1).replace("-", ""), email, address);
  }

  String masked() {
    return nik.substring(0, 4) + "********" + nik.substring(12);
  }

  String maskedPhone() {
    return phone.substring(0, 6) + "****" + phone.substring(phone.length() - 4);
  }

  /** Every column of the owner's row, to compare before and after. */
  String row(JdbcClient jdbc) {
    return jdbc.sql("select o::text from owner o where id = ?")
        .param(id)
        .query(String.class)
        .single();
  }

  LocalDate birthDate(JdbcClient jdbc) {
    return jdbc.sql("select birth_date from owner where id = ?")
        .param(id)
        .query(LocalDate.class)
        .single();
  }

  /** None of the owner's personal values but the masked NIK occurs in the text. */
  void assertAbsentFrom(String text) {
    assertThat(text)
        .doesNotContain(nik)
        .doesNotContain(NAME)
        .doesNotContain(phone)
        .doesNotContain(phone.substring(3))
        .doesNotContain(maskedPhone())
        .doesNotContain(email)
        .doesNotContain(address);
  }

  /** As {@link #assertAbsentFrom}, and the birth date in ISO and Indonesian table form. */
  void assertAbsentFrom(String text, JdbcClient jdbc) {
    assertAbsentFrom(text);
    LocalDate born = birthDate(jdbc);
    assertThat(text)
        .doesNotContain(born.toString())
        .doesNotContain(born.format(DateTimeFormatter.ofPattern("dd/MM/yyyy")));
  }
}
