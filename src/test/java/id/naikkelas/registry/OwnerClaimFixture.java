package id.naikkelas.registry;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import id.naikkelas.access.AccountFixture;
import id.naikkelas.access.Actor;
import id.naikkelas.access.Role;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import tools.jackson.databind.json.JsonMapper;

/**
 * An owner entered by an officer of Sukodadi (no account), and registrations that use the owner's
 * NIK, for the claim tests; codes are read where the phone would get them: the outbox.
 */
final class OwnerClaimFixture {

  static final String PASSWORD = "Usaha#Sendiri2026";
  static final String VILLAGE = "35.24.17.2007";
  static final Actor SUKODADI =
      new Actor(0, "petugas.uji", "Petugas Uji", Role.OFFICER, "35.24.17");

  /** The owner on record: NIK, phone as typed, the officer's business, the owner's id. */
  record KnownOwner(String nik, String phone, long businessId, long ownerId, String businessName) {}

  private final MockMvc mvc;
  private final JsonMapper json;
  private final JdbcClient jdbc;

  OwnerClaimFixture(MockMvc mvc, JsonMapper json, JdbcClient jdbc) {
    this.mvc = mvc;
    this.json = json;
    this.jdbc = jdbc;
  }

  /** An owner an officer registered, with a phone on record unless {@code phone} is blank. */
  KnownOwner known(Registry registry, String phone) {
    String nik = BusinessDraftFixture.nik(VILLAGE);
    String name = "Toko Asli " + System.nanoTime() % 1_000_000;
    long business =
        registry
            .register(SUKODADI, draft(nik, "Siti Pemilik Asli", phone, name), BusinessSource.FORM)
            .id();
    long owner =
        jdbc.sql("select owner_id from business where id = ?")
            .param(business)
            .query(Long.class)
            .single();
    return new KnownOwner(nik, phone, business, owner, name);
  }

  /** A draft with the given owner and phone, otherwise as {@link BusinessDraftFixture}. */
  static BusinessDraft draft(String nik, String ownerName, String phone, String businessName) {
    return BusinessDraftFixture.withOwner(
        BusinessDraftFixture.draft(VILLAGE, nik, businessName),
        nik,
        ownerName,
        phone,
        ownerName.toLowerCase().replace(' ', '.') + "@contoh.id",
        "Jl. Pendaftar 9",
        "");
  }

  private static final java.util.concurrent.atomic.AtomicInteger ADDRESSES =
      new java.util.concurrent.atomic.AtomicInteger();

  /** A client address of its own: registrations are limited per address. */
  static String address() {
    int n = ADDRESSES.incrementAndGet();
    return "10.31." + (n / 250) + "." + (1 + n % 250);
  }

  static String username(String prefix) {
    return prefix + ".c" + System.nanoTime() % 1_000_000;
  }

  ResultActions register(String username, BusinessDraft draft, String address) throws Exception {
    Map<String, Object> body =
        Map.of(
            "username", username,
            "password", PASSWORD,
            "confirmPassword", PASSWORD,
            "business", draft,
            "processingConsent", true,
            "website", "");
    return mvc.perform(
        post("/api/v1/registrations")
            .with(
                r -> {
                  r.setRemoteAddr(address);
                  return r;
                })
            .contentType(MediaType.APPLICATION_JSON)
            .content(json.writeValueAsString(body)));
  }

  long claimOf(String username) {
    return jdbc.sql(
            "select c.id from owner_claim c join account a on a.id = c.account_id"
                + " where a.username = ?")
        .param(username)
        .query(Long.class)
        .single();
  }

  String usernameOfClaim(long claimId) {
    return jdbc.sql(
            "select a.username from owner_claim c join account a on a.id = c.account_id"
                + " where c.id = ?")
        .param(claimId)
        .query(String.class)
        .single();
  }

  /** The newest code sent for the claim, read from the message in the outbox. */
  String codeFromOutbox(long claimId) {
    String body =
        jdbc.sql(
                "select body from notification_outbox where topic = 'registry.claim'"
                    + " and related_id = ? order by id desc limit 1")
            .param(String.valueOf(claimId))
            .query(String.class)
            .single();
    Matcher m = Pattern.compile("\\b(\\d{6})\\b").matcher(body);
    if (!m.find()) {
      throw new AssertionError("no code in " + body);
    }
    return m.group(1);
  }

  long codesInOutbox(long claimId) {
    return jdbc.sql(
            "select count(*) from notification_outbox where topic = 'registry.claim'"
                + " and related_id = ?")
        .param(String.valueOf(claimId))
        .query(Long.class)
        .single();
  }

  /** The owner row as stored, every column but none of the claim's: to assert it did not change. */
  String ownerRow(long ownerId) {
    return jdbc.sql("select row_to_json(o)::text from owner o where id = ?")
        .param(ownerId)
        .query(String.class)
        .single();
  }

  String businessRow(long businessId) {
    return jdbc.sql("select row_to_json(b)::text from business b where id = ?")
        .param(businessId)
        .query(String.class)
        .single();
  }

  String token(String username) throws Exception {
    return mvc.perform(
            post("/api/v1/auth/token")
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"username\":\"" + username + "\",\"password\":\"" + PASSWORD + "\"}"))
        .andReturn()
        .getResponse()
        .getContentAsString()
        .replaceAll(".*\"token\":\"([^\"]+)\".*", "$1");
  }

  static String bearer(String token) {
    return AccountFixture.bearer(token);
  }
}
