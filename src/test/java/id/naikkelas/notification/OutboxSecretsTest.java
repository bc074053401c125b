package id.naikkelas.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import id.naikkelas.IntegrationTest;
import id.naikkelas.access.AccountFixture;
import id.naikkelas.access.Role;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A message may carry a one-time code, a confirmation link or a ticket: the administrators who read
 * the outbox see what was sent to whom, never the text that would let them use it.
 */
@IntegrationTest
class OutboxSecretsTest {

  @Autowired Notifications notifications;
  @Autowired TransactionTemplate tx;
  @Autowired MockMvc mvc;
  @Autowired AccountFixture accounts;

  @Test
  void an_administrator_reading_the_outbox_does_not_get_the_codes_in_its_messages()
      throws Exception {
    String related = "secret-" + System.nanoTime();
    tx.executeWithoutResult(
        s ->
            notifications.queue(
                Channel.SMS,
                "+6281355550001",
                "Kode konfirmasi Naik Kelas",
                "Kode Anda 493817. Buka https://naikkelas.example/acara/konfirmasi/ZXCVBNMASD",
                "test.secret",
                related,
                "35.24.17.2007"));
    String admin = accounts.token(accounts.open(Role.ADMIN, "35.24"));
    String answer =
        mvc.perform(
                get("/api/v1/notifications")
                    .param("limit", "500")
                    .header("Authorization", AccountFixture.bearer(admin)))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString();
    assertThat(answer).contains(related).contains("Kode konfirmasi Naik Kelas");
    assertThat(answer).doesNotContain("493817").doesNotContain("ZXCVBNMASD");
    // the dispatcher still has the text to send
    assertThat(notifications.about("test.secret", related).get(0).body()).contains("493817");
  }
}
