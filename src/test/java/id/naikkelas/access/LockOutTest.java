package id.naikkelas.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import id.naikkelas.IntegrationTest;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/**
 * Issue 9 #8: lock-out per account and client address first, account-wide only at a higher
 * threshold, and an unlock link sent through the outbox to the account's own contact.
 */
@IntegrationTest
class LockOutTest {

  private static final Actor ROOT = new Actor(0, "test", "test", Role.ADMIN, "35");
  private static final String WRONG = "Salah#Sandi2026";
  private static final AtomicInteger ADDRESS = new AtomicInteger();
  private static final Pattern LINK = Pattern.compile("/login/unlock/([A-Za-z0-9_-]{20,})");

  @Autowired MockMvc mvc;
  @Autowired AccountFixture fixture;
  @Autowired Accounts accounts;
  @Autowired JdbcClient jdbc;

  @Test
  void a_strangers_failures_from_another_address_do_not_lock_the_owner_out() throws Exception {
    String officer = fixture.open(Role.OFFICER, "35.24");
    String stranger = address();
    for (int i = 0; i < 8; i++) {
      assertThat(token(officer, WRONG, stranger)).isEqualTo(401);
    }
    // the stranger's address is locked, even for the right password ...
    assertThat(token(officer, AccountFixture.PASSWORD, stranger)).isEqualTo(401);
    // ... the owner at their own address is not, on the API nor on the login page
    String owner = address();
    assertThat(token(officer, AccountFixture.PASSWORD, owner)).isEqualTo(200);
    assertThat(loginPage(officer, AccountFixture.PASSWORD, owner)).isEqualTo("/home");
    assertThat(
            jdbc.sql(
                    "select count(*) from audit_entry where entity_type = 'account' and entity_id = ?"
                        + " and after_values ->> 'lockedAddress' = ?")
                .params(String.valueOf(idOf(officer)), stranger)
                .query(Long.class)
                .single())
        .isEqualTo(1);
  }

  @Test
  void the_account_wide_lock_engages_at_the_higher_threshold() throws Exception {
    String officer = fixture.open(Role.OFFICER, "35.24");
    List<String> botnet = List.of(address(), address(), address(), address(), address());
    for (int i = 0; i < 19; i++) {
      assertThat(token(officer, WRONG, botnet.get(i % 5))).isEqualTo(401);
    }
    assertThat(lockedUntil(officer)).as("19 failures, 4 or fewer per address").isEmpty();

    assertThat(token(officer, WRONG, botnet.get(4))).isEqualTo(401);

    assertThat(lockedUntil(officer)).as("the 20th failure").isPresent();
    assertThat(token(officer, AccountFixture.PASSWORD, address())).isEqualTo(401);
    assertThat(loginPage(officer, AccountFixture.PASSWORD, address()))
        .isEqualTo("/login?error=bad");
  }

  @Test
  void the_unlock_link_from_the_outbox_works_once() throws Exception {
    String officer = openWithContact("siti.unlock@lamongankab.go.id");
    String address = address();
    lock(officer, address);
    assertThat(token(officer, AccountFixture.PASSWORD, address)).isEqualTo(401);

    String link = unlockLinkOf(officer);
    MvcResult confirm = mvc.perform(get(link)).andReturn();
    assertThat(confirm.getResponse().getStatus()).isEqualTo(200);
    assertThat(confirm.getResponse().getContentAsString()).contains("id=\"unlock\"");
    assertThat(token(officer, AccountFixture.PASSWORD, address))
        .as("GET alone unlocks nothing")
        .isEqualTo(401);

    MvcResult unlocked = mvc.perform(post(link).with(csrf())).andReturn();
    assertThat(unlocked.getResponse().getRedirectedUrl()).isEqualTo("/login?unlocked");
    assertThat(token(officer, AccountFixture.PASSWORD, address)).isEqualTo(200);
    assertThat(
            jdbc.sql(
                    "select count(*) from audit_entry where entity_type = 'account' and entity_id = ?"
                        + " and after_values ->> 'unlockedBy' = 'link'")
                .param(String.valueOf(idOf(officer)))
                .query(Long.class)
                .single())
        .isEqualTo(1);

    // used once: neither the confirm page nor the post works again, and the next lock holds
    String later = address();
    lock(officer, later);
    MvcResult reused = mvc.perform(post(link).with(csrf())).andReturn();
    assertThat(reused.getResponse().getStatus()).isEqualTo(404);
    assertThat(reused.getResponse().getContentAsString()).contains("id=\"unlock-invalid\"");
    assertThat(mvc.perform(get(link)).andReturn().getResponse().getStatus()).isEqualTo(404);
    assertThat(token(officer, AccountFixture.PASSWORD, later)).isEqualTo(401);
  }

  @Test
  void an_expired_unlock_link_unlocks_nothing() throws Exception {
    String officer = openWithContact("0812 3456 7890");
    String address = address();
    lock(officer, address);
    String link = unlockLinkOf(officer);
    jdbc.sql("update unlock_link set expires_at = now() - interval '1 minute' where account_id = ?")
        .param(idOf(officer))
        .update();

    MvcResult expired = mvc.perform(post(link).with(csrf())).andReturn();

    assertThat(expired.getResponse().getStatus()).isEqualTo(404);
    assertThat(token(officer, AccountFixture.PASSWORD, address)).isEqualTo(401);
    assertThat(
            jdbc.sql(
                    "select channel from notification_outbox where topic = 'access.unlock' and related_id = ?")
                .param(String.valueOf(idOf(officer)))
                .query(String.class)
                .single())
        .isEqualTo("WHATSAPP");
  }

  @Test
  void a_bad_contact_is_refused_naming_the_field_and_nothing_is_stored() {
    long before = jdbc.sql("select count(*) from account").query(Long.class).single();
    var refused =
        org.assertj.core.api.Assertions.catchThrowableOfType(
            id.naikkelas.platform.InvalidInputException.class,
            () ->
                accounts.create(
                    ROOT,
                    new NewAccount(
                        "kontak.t" + System.nanoTime() % 100000,
                        AccountFixture.PASSWORD,
                        "Uji",
                        Role.OFFICER,
                        "35.24",
                        "bukan kontak")));
    assertThat(refused.problems()).extracting(p -> p.field()).containsExactly("contact");
    assertThat(jdbc.sql("select count(*) from account").query(Long.class).single())
        .isEqualTo(before);
  }

  private String openWithContact(String contact) {
    String username = "kontak.t" + ADDRESS.incrementAndGet() + "." + System.nanoTime() % 100000;
    accounts.create(
        ROOT,
        new NewAccount(username, AccountFixture.PASSWORD, "Siti", Role.OFFICER, "35.24", contact));
    return username;
  }

  private void lock(String username, String address) throws Exception {
    for (int i = 0; i < 5; i++) {
      token(username, WRONG, address);
    }
  }

  private String unlockLinkOf(String username) {
    String body =
        jdbc.sql(
                "select body from notification_outbox where topic = 'access.unlock' and related_id = ?"
                    + " order by id desc limit 1")
            .param(String.valueOf(idOf(username)))
            .query(String.class)
            .single();
    Matcher m = LINK.matcher(body);
    assertThat(m.find()).as(body).isTrue();
    return m.group();
  }

  private int token(String username, String password, String address) throws Exception {
    return mvc.perform(
            post("/api/v1/auth/token")
                .with(
                    r -> {
                      r.setRemoteAddr(address);
                      return r;
                    })
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"username\":\"" + username + "\",\"password\":\"" + password + "\"}"))
        .andReturn()
        .getResponse()
        .getStatus();
  }

  private String loginPage(String username, String password, String address) throws Exception {
    return mvc.perform(
            post("/login")
                .with(
                    r -> {
                      r.setRemoteAddr(address);
                      return r;
                    })
                .param("username", username)
                .param("password", password)
                .with(csrf()))
        .andReturn()
        .getResponse()
        .getRedirectedUrl();
  }

  private java.util.Optional<Object> lockedUntil(String username) {
    return jdbc.sql("select locked_until from account where username = ?")
        .param(username)
        .query((rs, n) -> java.util.Optional.ofNullable(rs.getObject(1)))
        .single();
  }

  private static String address() {
    int n = ADDRESS.incrementAndGet();
    return "10.92." + (n / 250) + "." + (n % 250 + 1);
  }

  private long idOf(String username) {
    return jdbc.sql("select id from account where username = ?")
        .param(username)
        .query(Long.class)
        .single();
  }
}
