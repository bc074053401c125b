package id.naikkelas.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.naikkelas.IntegrationTest;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.IllegalTransactionStateException;
import org.springframework.transaction.support.TransactionTemplate;

@IntegrationTest
class OutboxTest {

  @Autowired Notifications notifications;
  @Autowired OutboxDispatcher dispatcher;
  @Autowired TransactionTemplate tx;
  @Autowired JdbcClient jdbc;

  @Test
  void a_message_is_queued_in_the_callers_transaction_encrypted_and_then_sent() {
    String related = "outbox-" + System.nanoTime();
    tx.executeWithoutResult(
        s ->
            notifications.queue(
                Channel.WHATSAPP, "+6281234567890", "Uji", "Isi pesan", "test", related, "35.24"));
    List<OutboxMessage> queued = notifications.about("test", related);
    assertThat(queued)
        .singleElement()
        .satisfies(
            m -> {
              assertThat(m.status()).isEqualTo("PENDING");
              assertThat(m.recipientMasked()).isEqualTo("+62812****7890");
            });
    String stored =
        jdbc.sql("select recipient_cipher from notification_outbox where related_id = ?")
            .param(related)
            .query(String.class)
            .single();
    assertThat(stored).doesNotContain("81234567890");

    // earlier tests may have queued more than one batch: dispatch until the outbox is empty
    for (int i = 0; i < 1000 && dispatcher.dispatch() > 0; i++) {
      // next batch
    }
    assertThat(notifications.about("test", related))
        .singleElement()
        .satisfies(m -> assertThat(m.status()).isEqualTo("SENT"));
  }

  @Test
  void a_message_cannot_be_queued_outside_a_transaction() {
    assertThatThrownBy(
            () -> notifications.queue(Channel.EMAIL, "a@b.id", "x", "y", "test", "none", "35.24"))
        .isInstanceOf(IllegalTransactionStateException.class);
  }
}
