package id.naikkelas.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import id.naikkelas.IntegrationTest;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Issue 9 #8: a failed sign-in tells a stranger nothing about the account. Unknown user, wrong
 * password, disabled account (with the right password too) and locked account (with the right
 * password too) answer with the same status and body, on the login page and the token endpoint.
 */
@IntegrationTest
class SignInAnswersTest {

  private static final Actor ROOT = new Actor(0, "test", "test", Role.ADMIN, "35");
  private static final String WRONG = "Salah#Sandi2026";
  private static final AtomicInteger ADDRESS = new AtomicInteger();

  @Autowired MockMvc mvc;
  @Autowired AccountFixture fixture;
  @Autowired Accounts accounts;
  @Autowired org.springframework.jdbc.core.simple.JdbcClient jdbc;

  @Test
  void every_failed_token_request_answers_the_same() throws Exception {
    Map<String, String> answers = new LinkedHashMap<>();
    Cases cases = cases();
    answers.put("unknown user", token(cases.unknown, WRONG, address()));
    answers.put("wrong password", token(cases.active, WRONG, address()));
    answers.put("disabled, wrong password", token(cases.disabled, WRONG, address()));
    answers.put(
        "disabled, right password", token(cases.disabled, AccountFixture.PASSWORD, address()));
    answers.put("locked, wrong password", token(cases.locked, WRONG, cases.lockedAddress));
    answers.put(
        "locked, right password",
        token(cases.locked, AccountFixture.PASSWORD, cases.lockedAddress));

    String first = answers.get("unknown user");
    assertThat(first).startsWith("401 ").contains("BAD_CREDENTIALS");
    assertThat(answers).allSatisfy((why, answer) -> assertThat(answer).as(why).isEqualTo(first));
    assertThat(first).doesNotContainIgnoringCase("nonaktif").doesNotContainIgnoringCase("kunci");
  }

  @Test
  void every_failed_login_form_answers_the_same() throws Exception {
    Cases cases = cases();
    Map<String, String> answers = new LinkedHashMap<>();
    answers.put("unknown user", page(cases.unknown, WRONG, address()));
    answers.put("wrong password", page(cases.active, WRONG, address()));
    answers.put("disabled, wrong password", page(cases.disabled, WRONG, address()));
    answers.put(
        "disabled, right password", page(cases.disabled, AccountFixture.PASSWORD, address()));
    answers.put("locked, wrong password", page(cases.locked, WRONG, cases.lockedAddress));
    answers.put(
        "locked, right password", page(cases.locked, AccountFixture.PASSWORD, cases.lockedAddress));

    assertThat(answers.get("unknown user")).isEqualTo("302 /login?error=bad");
    assertThat(answers)
        .allSatisfy((why, answer) -> assertThat(answer).as(why).isEqualTo("302 /login?error=bad"));
    // and the form does sign in with a right password: the answers above are refusals
    assertThat(page(cases.active, AccountFixture.PASSWORD, address())).isEqualTo("302 /home");
  }

  private record Cases(
      String unknown, String active, String disabled, String locked, String lockedAddress) {}

  /** An unknown name, an active, a disabled and a locked account (locked from one address). */
  private Cases cases() throws Exception {
    String active = fixture.open(Role.OFFICER, "35.24");
    String disabled = fixture.open(Role.OFFICER, "35.24");
    accounts.setEnabled(ROOT, idOf(disabled), false);
    String locked = fixture.open(Role.OFFICER, "35.24");
    String lockedAddress = address();
    for (int i = 0; i < 5; i++) {
      token(locked, WRONG, lockedAddress);
    }
    return new Cases("nobody.t" + System.nanoTime(), active, disabled, locked, lockedAddress);
  }

  private String token(String username, String password, String address) throws Exception {
    MockHttpServletResponse response =
        mvc.perform(
                post("/api/v1/auth/token")
                    .with(
                        r -> {
                          r.setRemoteAddr(address);
                          return r;
                        })
                    .contentType(MediaType.APPLICATION_JSON)
                    .content(
                        "{\"username\":\"" + username + "\",\"password\":\"" + password + "\"}"))
            .andReturn()
            .getResponse();
    return response.getStatus() + " " + response.getContentAsString();
  }

  private String page(String username, String password, String address) throws Exception {
    MockHttpServletResponse response =
        mvc.perform(
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
            .getResponse();
    return response.getStatus() + " " + response.getRedirectedUrl();
  }

  private static String address() {
    return "10.91." + (ADDRESS.incrementAndGet() / 250) + "." + (ADDRESS.get() % 250 + 1);
  }

  private long idOf(String username) {
    return jdbc.sql("select id from account where username = ?")
        .param(username)
        .query(Long.class)
        .single();
  }
}
