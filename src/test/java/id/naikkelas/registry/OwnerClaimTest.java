package id.naikkelas.registry;

import static id.naikkelas.registry.OwnerClaimFixture.bearer;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import id.naikkelas.IntegrationTest;
import id.naikkelas.registry.OwnerClaimFixture.KnownOwner;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import tools.jackson.databind.json.JsonMapper;

/**
 * Issue 9, finding 1: registering with the NIK of an owner already on record opens a claim, proven
 * only by the code sent to the phone on record; until then the account sees nothing of the owner.
 */
@IntegrationTest
class OwnerClaimTest {

  @Autowired MockMvc mvc;
  @Autowired JsonMapper json;
  @Autowired JdbcClient jdbc;
  @Autowired Registry registry;

  OwnerClaimFixture fixture;

  @BeforeEach
  void setUp() {
    fixture = new OwnerClaimFixture(mvc, json, jdbc);
  }

  /** The attacker's registration: the victim's NIK, the attacker's own name, phone and business. */
  private String claim(KnownOwner owner) throws Exception {
    String username = OwnerClaimFixture.username("klaim");
    fixture
        .register(
            username,
            OwnerClaimFixture.draft(
                owner.nik(), "Penyerobot", "0857-0000-1111", "Usaha Baru " + System.nanoTime()),
            OwnerClaimFixture.address())
        .andExpect(status().isAccepted());
    return username;
  }

  @Test
  void before_the_claim_the_account_sees_and_changes_nothing_of_the_owner() throws Exception {
    KnownOwner owner = fixture.known(registry, "0813-2222-3333");
    String ownerBefore = fixture.ownerRow(owner.ownerId());
    String businessBefore = fixture.businessRow(owner.businessId());
    String username = claim(owner);
    String token = fixture.token(username);

    String data =
        mvc.perform(get("/api/v1/my/data").header("Authorization", bearer(token)))
            .andExpect(status().isOk())
            .andExpect(jsonPath("$.owner").doesNotExist())
            .andExpect(jsonPath("$.businesses").isEmpty())
            .andExpect(jsonPath("$.claims[0].status").value("PENDING"))
            .andReturn()
            .getResponse()
            .getContentAsString();
    assertThat(data)
        .doesNotContain(owner.nik())
        .doesNotContain(owner.nik().substring(12))
        .doesNotContain("81322223333")
        .doesNotContain("Siti Pemilik Asli")
        .doesNotContain(owner.businessName());
    mvc.perform(get("/api/v1/my/businesses").header("Authorization", bearer(token)))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$").isEmpty());
    String unknown =
        mvc.perform(
                put("/api/v1/my/businesses/999999999")
                    .header("Authorization", bearer(token))
                    .contentType(MediaType.APPLICATION_JSON)
                    .content(json.writeValueAsString(BusinessDraftFixture.draft("35.24.17.2007"))))
            .andExpect(status().isNotFound())
            .andReturn()
            .getResponse()
            .getContentAsString();
    BusinessDraft takeover =
        OwnerClaimFixture.draft(owner.nik(), "Nama Diganti", "0857-0000-1111", "Diambil Alih");
    String existing =
        mvc.perform(
                put("/api/v1/my/businesses/" + owner.businessId())
                    .header("Authorization", bearer(token))
                    .contentType(MediaType.APPLICATION_JSON)
                    .content(json.writeValueAsString(takeover)))
            .andExpect(status().isNotFound())
            .andReturn()
            .getResponse()
            .getContentAsString();
    assertThat(existing.replaceAll("[0-9.]+", "N")).isEqualTo(unknown.replaceAll("[0-9.]+", "N"));
    String page =
        mvc.perform(
                get("/my/data")
                    .with(
                        org.springframework.security.test.web.servlet.request
                            .SecurityMockMvcRequestPostProcessors.authentication(
                            accounts.signedIn(username))))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString();
    assertThat(page).doesNotContain(owner.nik()).doesNotContain(owner.businessName());
    assertThat(fixture.ownerRow(owner.ownerId())).isEqualTo(ownerBefore);
    assertThat(fixture.businessRow(owner.businessId())).isEqualTo(businessBefore);
  }

  @Test
  void the_code_from_the_outbox_proves_the_claim_and_links_the_account() throws Exception {
    KnownOwner owner = fixture.known(registry, "0813-4444-5555");
    String username = claim(owner);
    long claimId = fixture.claimOf(username);
    assertThat(
            jdbc.sql(
                    "select recipient_masked from notification_outbox"
                        + " where topic = 'registry.claim' and related_id = ?")
                .param(String.valueOf(claimId))
                .query(String.class)
                .single())
        .isEqualTo("+62813****5555"); // the phone on record, not the one the registrant typed
    String token = fixture.token(username);

    mvc.perform(
            post("/api/v1/my/claim/code")
                .header("Authorization", bearer(token))
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"code\":\"" + fixture.codeFromOutbox(claimId) + "\"}"))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.status").value("CLAIMED"));

    mvc.perform(get("/api/v1/my/data").header("Authorization", bearer(token)))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.owner.nik").value(owner.nik()))
        .andExpect(jsonPath("$.owner.phone").value("+6281344445555"))
        .andExpect(jsonPath("$.owner.name").value("Siti Pemilik Asli"))
        .andExpect(jsonPath("$.businesses[0].id").value(owner.businessId()))
        .andExpect(jsonPath("$.businesses[1].status").value("DRAFT"))
        .andExpect(jsonPath("$.businesses[1].source").value("SELF_REGISTRATION"));
    assertThat(
            jdbc.sql("select account_id from owner where id = ?")
                .param(owner.ownerId())
                .query(Long.class)
                .single())
        .isEqualTo(
            jdbc.sql("select id from account where username = ?")
                .param(username)
                .query(Long.class)
                .single());
    assertThat(outcomes(claimId)).containsExactly(null, "CODE_SENT", "CODE_MATCHED");
    assertThat(
            jdbc.sql(
                    "select count(*) from audit_entry where entity_type = 'owner'"
                        + " and entity_id = ? and after_values ->> 'via' = ?")
                .params(String.valueOf(owner.ownerId()), "owner-claim " + claimId)
                .query(Long.class)
                .single())
        .isOne();
    // proven once: the code does not work twice
    mvc.perform(
            post("/api/v1/my/claim/code")
                .header("Authorization", bearer(token))
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"code\":\"" + fixture.codeFromOutbox(claimId) + "\"}"))
        .andExpect(status().isConflict())
        .andExpect(jsonPath("$.currentState").value("CLAIMED"))
        .andExpect(jsonPath("$.action").value("code"));
  }

  @Test
  void a_wrong_code_is_refused_counted_and_audited_and_changes_nothing() throws Exception {
    KnownOwner owner = fixture.known(registry, "0813-6666-7777");
    String before = fixture.ownerRow(owner.ownerId());
    String username = claim(owner);
    long claimId = fixture.claimOf(username);
    String wrong = wrong(fixture.codeFromOutbox(claimId), 1);

    String token = fixture.token(username);
    code(token, "12ab34")
        .andExpect(status().isUnprocessableContent())
        .andExpect(jsonPath("$.errors[0].field").value("code"));
    assertThat(claimColumn(claimId, "failed_tries")).as("a typo spends no try").isEqualTo(0);
    code(token, wrong)
        .andExpect(status().isUnprocessableContent())
        .andExpect(jsonPath("$.errors[0].field").value("code"));

    assertThat(claimColumn(claimId, "failed_tries")).isEqualTo(1);
    assertThat(claimColumn(claimId, "status")).isEqualTo("PENDING");
    assertThat(fixture.ownerRow(owner.ownerId())).isEqualTo(before);
    assertThat(outcomes(claimId)).endsWith("CODE_MALFORMED", "CODE_WRONG");
  }

  @Test
  void an_expired_code_is_refused() throws Exception {
    KnownOwner owner = fixture.known(registry, "0813-8888-9999");
    String before = fixture.ownerRow(owner.ownerId());
    String username = claim(owner);
    long claimId = fixture.claimOf(username);
    jdbc.sql("update owner_claim set code_expires_at = now() - interval '1 minute' where id = ?")
        .param(claimId)
        .update();

    code(fixture.token(username), fixture.codeFromOutbox(claimId))
        .andExpect(status().isUnprocessableContent())
        .andExpect(jsonPath("$.errors[0].field").value("code"))
        .andExpect(
            jsonPath("$.errors[0].message").value("Kode sudah kedaluwarsa. Minta kode baru."));

    assertThat(claimColumn(claimId, "status")).isEqualTo("PENDING");
    assertThat(fixture.ownerRow(owner.ownerId())).isEqualTo(before);
    assertThat(outcomes(claimId)).endsWith("CODE_EXPIRED");
  }

  @Test
  void five_wrong_codes_close_the_claim_and_then_the_right_one_does_not_work() throws Exception {
    KnownOwner owner = fixture.known(registry, "0813-1212-3434");
    String before = fixture.ownerRow(owner.ownerId());
    String username = claim(owner);
    long claimId = fixture.claimOf(username);
    String right = fixture.codeFromOutbox(claimId);
    String token = fixture.token(username);
    for (int i = 1; i <= 4; i++) {
      code(token, wrong(right, i)).andExpect(status().isUnprocessableContent());
    }
    code(token, wrong(right, 5))
        .andExpect(status().isUnprocessableContent())
        .andExpect(
            jsonPath("$.errors[0].message")
                .value(
                    "Kode salah terlalu sering; konfirmasi ditutup. Hubungi dinas dengan membawa"
                        + " KTP."));
    assertThat(claimColumn(claimId, "status")).isEqualTo("CLOSED");

    code(token, right).andExpect(status().isConflict());
    mvc.perform(post("/api/v1/my/claim/resend").header("Authorization", bearer(token)))
        .andExpect(status().isUnprocessableContent());
    assertThat(fixture.codesInOutbox(claimId)).isOne();
    assertThat(fixture.ownerRow(owner.ownerId())).isEqualTo(before);
    assertThat(claimColumn(claimId, "draft_cipher")).isNull();
    assertThat(outcomes(claimId)).endsWith("CODE_CLOSED", "CODE_REFUSED_CLOSED", "RESEND_REFUSED");
  }

  @Test
  void a_new_code_waits_its_interval_and_replaces_the_old_one() throws Exception {
    KnownOwner owner = fixture.known(registry, "0813-5656-7878");
    String username = claim(owner);
    long claimId = fixture.claimOf(username);
    String token = fixture.token(username);
    mvc.perform(post("/api/v1/my/claim/resend").header("Authorization", bearer(token)))
        .andExpect(status().isUnprocessableContent())
        .andExpect(
            jsonPath("$.errors[0].message").value("Tunggu sebentar sebelum meminta kode baru."));
    assertThat(fixture.codesInOutbox(claimId)).isOne();
    String first = fixture.codeFromOutbox(claimId);
    jdbc.sql("update owner_claim set last_code_at = now() - interval '2 minutes' where id = ?")
        .param(claimId)
        .update();
    mvc.perform(post("/api/v1/my/claim/resend").header("Authorization", bearer(token)))
        .andExpect(status().isAccepted());
    assertThat(fixture.codesInOutbox(claimId)).isEqualTo(2);
    String second = fixture.codeFromOutbox(claimId);
    if (!first.equals(second)) {
      code(token, first).andExpect(status().isUnprocessableContent());
    }
    code(token, second).andExpect(status().isOk());
  }

  @Test
  void the_answer_is_the_same_for_a_known_and_an_unknown_nik() throws Exception {
    KnownOwner owner = fixture.known(registry, "0813-9090-1010");
    MvcResult known =
        fixture
            .register(
                OwnerClaimFixture.username("sama"),
                OwnerClaimFixture.draft(owner.nik(), "Pendaftar", "0857-1111-2222", "Usaha Sama"),
                OwnerClaimFixture.address())
            .andReturn();
    MvcResult unknown =
        fixture
            .register(
                OwnerClaimFixture.username("baru"),
                OwnerClaimFixture.draft(
                    BusinessDraftFixture.nik(OwnerClaimFixture.VILLAGE),
                    "Pendaftar",
                    "0857-1111-2222",
                    "Usaha Sama"),
                OwnerClaimFixture.address())
            .andReturn();
    assertThat(known.getResponse().getStatus()).isEqualTo(202);
    assertThat(unknown.getResponse().getStatus()).isEqualTo(202);
    assertThat(known.getResponse().getContentAsString())
        .isEqualTo(unknown.getResponse().getContentAsString());
    assertThat(known.getResponse().getHeaderNames())
        .containsExactlyInAnyOrderElementsOf(unknown.getResponse().getHeaderNames());
    assertThat(known.getResponse().getHeader("Location")).isNull();
  }

  @Test
  void an_owner_held_by_another_account_or_without_a_phone_gets_no_code() throws Exception {
    KnownOwner held = fixture.known(registry, "0813-3030-4040");
    String first = claim(held);
    code(fixture.token(first), fixture.codeFromOutbox(fixture.claimOf(first)))
        .andExpect(status().isOk());
    String before = fixture.ownerRow(held.ownerId());
    String second = claim(held); // answered like any other registration
    long secondClaim = fixture.claimOf(second);
    assertThat(fixture.codesInOutbox(secondClaim)).isZero();
    // its claimant is answered exactly as one whose code went to the phone: a wrong code, a wait
    String token = fixture.token(second);
    String wrong =
        code(token, "123456")
            .andExpect(status().isUnprocessableContent())
            .andReturn()
            .getResponse()
            .getContentAsString();
    KnownOwner free = fixture.known(registry, "0813-5050-6060");
    String other = claim(free);
    String otherToken = fixture.token(other);
    String otherWrong =
        code(otherToken, wrong(fixture.codeFromOutbox(fixture.claimOf(other)), 1))
            .andReturn()
            .getResponse()
            .getContentAsString();
    assertThat(wrong).isEqualTo(otherWrong);
    String waitHeld =
        mvc.perform(post("/api/v1/my/claim/resend").header("Authorization", bearer(token)))
            .andReturn()
            .getResponse()
            .getContentAsString();
    String waitFree =
        mvc.perform(post("/api/v1/my/claim/resend").header("Authorization", bearer(otherToken)))
            .andReturn()
            .getResponse()
            .getContentAsString();
    assertThat(waitHeld).isEqualTo(waitFree).contains("Tunggu sebentar");
    assertThat(fixture.codesInOutbox(secondClaim)).isZero();
    assertThat(fixture.ownerRow(held.ownerId())).isEqualTo(before);
    // nothing in the claimant's own history tells the two apart either
    String history =
        mvc.perform(get("/api/v1/my/data").header("Authorization", bearer(token)))
            .andReturn()
            .getResponse()
            .getContentAsString();
    assertThat(history).doesNotContain("OFFICER").doesNotContain("CODE_SENT");

    KnownOwner silent = fixture.known(registry, "");
    long silentClaim = fixture.claimOf(claim(silent));
    assertThat(fixture.codesInOutbox(silentClaim)).isZero();
    assertThat(claimColumn(silentClaim, "code_allowed")).isEqualTo(false);
  }

  @Test
  void the_claim_page_takes_the_code() throws Exception {
    KnownOwner owner = fixture.known(registry, "0813-7070-8080");
    String username = claim(owner);
    var session =
        org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors
            .authentication(accounts.signedIn(username));
    mvc.perform(get("/my/businesses").with(session))
        .andExpect(status().isOk())
        .andExpect(
            org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
                .string(org.hamcrest.Matchers.containsString("claim-link")));
    mvc.perform(get("/my/claim").with(session)).andExpect(status().isOk());
    mvc.perform(
            post("/my/claim")
                .with(session)
                .with(
                    org.springframework.security.test.web.servlet.request
                        .SecurityMockMvcRequestPostProcessors.csrf())
                .param("code", "abc"))
        .andExpect(status().isOk())
        .andExpect(
            org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
                .string(org.hamcrest.Matchers.containsString("error-summary")));
    mvc.perform(
            post("/my/claim")
                .with(session)
                .with(
                    org.springframework.security.test.web.servlet.request
                        .SecurityMockMvcRequestPostProcessors.csrf())
                .param("code", fixture.codeFromOutbox(fixture.claimOf(username))))
        .andExpect(
            org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl(
                "/my/businesses"));
    assertThat(
            jdbc.sql("select account_id is not null from owner where id = ?")
                .param(owner.ownerId())
                .query(Boolean.class)
                .single())
        .isTrue();
  }

  @Autowired id.naikkelas.access.AccountFixture accounts;

  private org.springframework.test.web.servlet.ResultActions code(String token, String code)
      throws Exception {
    return mvc.perform(
        post("/api/v1/my/claim/code")
            .header("Authorization", bearer(token))
            .contentType(MediaType.APPLICATION_JSON)
            .content("{\"code\":\"" + code + "\"}"));
  }

  /** A code that is surely not {@code right}. */
  private static String wrong(String right, int k) {
    return "%06d".formatted((Integer.parseInt(right) + k) % 1_000_000);
  }

  private Object claimColumn(long claimId, String column) {
    return jdbc.sql("select " + column + " from owner_claim where id = ?")
        .param(claimId)
        .query((rs, n) -> rs.getObject(1))
        .list()
        .get(0);
  }

  private java.util.List<String> outcomes(long claimId) {
    return jdbc.sql(
            "select after_values ->> 'outcome' from audit_entry where entity_type = 'owner-claim'"
                + " and entity_id = ? order by id")
        .param(String.valueOf(claimId))
        .query((rs, n) -> rs.getString(1))
        .list();
  }
}
