package id.naikkelas.training.registration;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import id.naikkelas.notification.Notifications;
import id.naikkelas.notification.OutboxMessage;
import id.naikkelas.platform.PersonalDataCipher;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import tools.jackson.databind.json.JsonMapper;

/**
 * Registering as a person does: send the registration, read the code from the message queued in the
 * outbox for the phone, send the code back.
 */
@Component
public class RegistrationFixture {

  private static final Pattern CODE = Pattern.compile("/acara/konfirmasi/([A-Z2-9]{10})");

  /** A registration confirmed: its id, status and ticket. */
  public record Confirmed(long id, String status, String ticket) {}

  private final MockMvc mvc;
  private final JsonMapper json;
  private final JdbcClient jdbc;
  private final RegistrationNotifier notifier;
  private final Notifications notifications;
  private final PersonalDataCipher cipher;

  RegistrationFixture(
      MockMvc mvc,
      JsonMapper json,
      JdbcClient jdbc,
      RegistrationNotifier notifier,
      Notifications notifications,
      PersonalDataCipher cipher) {
    this.mvc = mvc;
    this.json = json;
    this.jdbc = jdbc;
    this.notifier = notifier;
    this.notifications = notifications;
    this.cipher = cipher;
  }

  public ResultActions register(long event, Map<String, Object> body) throws Exception {
    return mvc.perform(
        post("/api/v1/events/" + event + "/registrations")
            .header("Accept-Language", "en")
            .contentType(MediaType.APPLICATION_JSON)
            .content(json.writeValueAsString(body)));
  }

  public ResultActions confirm(String code) throws Exception {
    return mvc.perform(
        post("/api/v1/event-registrations/confirm")
            .header("Accept-Language", "en")
            .contentType(MediaType.APPLICATION_JSON)
            .content(json.writeValueAsString(Map.of("code", code))));
  }

  /** Registers, confirms with the code from the outbox, and checks the status it got. */
  public Confirmed registerAndConfirm(long event, Map<String, Object> body, String expected)
      throws Exception {
    register(event, body).andExpect(status().isAccepted());
    long id = newest(event, (String) body.get("nik"));
    String answer =
        confirm(codeOf(id))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString();
    Map<?, ?> r = json.readValue(answer, Map.class);
    if (expected != null && !expected.equals(r.get("status"))) {
      throw new AssertionError("expected " + expected + " but got " + answer);
    }
    return new Confirmed(id, (String) r.get("status"), (String) r.get("ticket"));
  }

  /** The newest registration of the NIK for the event. */
  public long newest(long event, String nik) {
    return jdbc.sql(
            "select id from training_registration where event_id = ? and nik_hash = ?"
                + " order by id desc limit 1")
        .params(event, cipher.hash(nik))
        .query(Long.class)
        .single();
  }

  /** The confirmation code as the person reads it in the message the notifier queued. */
  public String codeOf(long registrationId) {
    notifier.tell();
    List<OutboxMessage> told = notifications.about(RegistrationNotifier.TOPIC, registrationId);
    for (int i = told.size() - 1; i >= 0; i--) {
      Matcher m = CODE.matcher(told.get(i).body());
      if (m.find()) {
        return m.group(1);
      }
    }
    throw new AssertionError("no confirmation code was sent for registration " + registrationId);
  }

  public String statusOf(long id) {
    return jdbc.sql("select status from training_registration where id = ?")
        .param(id)
        .query(String.class)
        .single();
  }

  /** As if the time to confirm had passed. */
  public void expire(long id) {
    jdbc.sql(
            "update training_registration set confirm_by = now() - interval '1 minute'"
                + " where id = ?")
        .param(id)
        .update();
  }
}
