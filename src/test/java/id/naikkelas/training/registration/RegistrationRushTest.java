package id.naikkelas.training.registration;

import static org.assertj.core.api.Assertions.assertThat;

import id.naikkelas.IntegrationTest;
import id.naikkelas.access.AccountFixture;
import id.naikkelas.access.Role;
import id.naikkelas.registry.BusinessDraftFixture;
import id.naikkelas.training.EventFixture;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.json.JsonMapper;

/**
 * Hundreds register for a FIRST_COME event in the same second, over real HTTP, against PostgreSQL,
 * and then confirm from their phones in any order: exactly the quota holds seats on arrival and is
 * confirmed, the rest waitlisted in arrival order, none lost or doubled.
 */
@IntegrationTest
class RegistrationRushTest {

  static final int QUOTA = 40;
  static final int PEOPLE = 400;
  static final int CLIENTS = 64;

  @Autowired MockMvc mvc;
  @Autowired AccountFixture accounts;
  @Autowired JsonMapper json;
  @Autowired JdbcClient jdbc;
  @Autowired EventRegistrations registrations;
  @Autowired RegistrationFixture people;
  @LocalServerPort int port;

  @AfterEach
  void limitBack() {
    registrations.limitPerMinute(100_000);
    registrations.limitPerHour(5, 10);
  }

  @Test
  void a_rush_confirms_exactly_the_quota_and_waitlists_the_rest_in_arrival_order()
      throws Exception {
    registrations.limitPerMinute(0); // every request comes from 127.0.0.1 here
    String officer = accounts.token(accounts.open(Role.OFFICER, "35.24.17"));
    long event = EventFixture.create(mvc, json, officer, EventFixture.event("FIRST_COME", QUOTA));
    List<String> bodies = new ArrayList<>();
    for (int i = 0; i < PEOPLE; i++) {
      bodies.add(
          json.writeValueAsString(
              EventFixture.candidate(BusinessDraftFixture.nik("35.24.17.2007"))));
    }
    HttpClient http = HttpClient.newBuilder().executor(Executors.newFixedThreadPool(8)).build();
    ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
    String base = "http://localhost:" + port;
    List<HttpResponse<String>> answers =
        all(
            clients,
            bodies,
            body -> post(http, base + "/api/v1/events/" + event + "/registrations", body));
    int seats = 0;
    int waiting = 0;
    for (HttpResponse<String> r : answers) {
      assertThat(r.statusCode()).as(r.body()).isEqualTo(202);
      Map<?, ?> answer = json.readValue(r.body(), Map.class);
      assertThat(answer.get("status")).isEqualTo("PENDING");
      if ("CONFIRMED".equals(answer.get("place"))) {
        seats++;
      } else if ("WAITLISTED".equals(answer.get("place"))) {
        waiting++;
      }
    }
    assertThat(seats).isEqualTo(QUOTA);
    assertThat(waiting).isEqualTo(PEOPLE - QUOTA);
    assertThat(counters(event)).containsEntry("confirmed_count", QUOTA); // held pending

    // everyone confirms from their phone, in no particular order
    List<Long> ids =
        jdbc.sql("select id from training_registration where event_id = ? order by arrival")
            .param(event)
            .query(Long.class)
            .list();
    List<String> codes = new ArrayList<>();
    for (long id : ids) {
      codes.add(json.writeValueAsString(Map.of("code", people.codeOf(id))));
    }
    Collections.shuffle(codes);
    List<HttpResponse<String>> confirmations =
        all(clients, codes, body -> post(http, base + "/api/v1/event-registrations/confirm", body));
    clients.shutdown();
    int confirmed = 0;
    for (HttpResponse<String> r : confirmations) {
      assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
      if ("CONFIRMED".equals(json.readValue(r.body(), Map.class).get("status"))) {
        confirmed++;
      }
    }
    assertThat(confirmed).isEqualTo(QUOTA);

    List<Map<String, Object>> stored =
        jdbc.sql(
                "select arrival, status, ticket from training_registration where event_id = ?"
                    + " order by arrival")
            .param(event)
            .query()
            .listOfRows();
    assertThat(stored).hasSize(PEOPLE);
    for (int i = 0; i < PEOPLE; i++) {
      assertThat(((Number) stored.get(i).get("arrival")).intValue()).isEqualTo(i + 1);
      assertThat(stored.get(i).get("status")).isEqualTo(i < QUOTA ? "CONFIRMED" : "WAITLISTED");
      assertThat(stored.get(i).get("ticket")).isNotNull();
    }
    assertThat(counters(event))
        .containsEntry("registered_count", PEOPLE)
        .containsEntry("confirmed_count", QUOTA);
  }

  private interface Send {
    HttpResponse<String> send(String body) throws Exception;
  }

  /** Sends every body at once from the clients (released together by a latch). */
  private static List<HttpResponse<String>> all(
      ExecutorService clients, List<String> bodies, Send send) throws Exception {
    CountDownLatch start = new CountDownLatch(1);
    List<Future<HttpResponse<String>>> futures = new ArrayList<>();
    for (String body : bodies) {
      Callable<HttpResponse<String>> call =
          () -> {
            start.await();
            return send.send(body);
          };
      futures.add(clients.submit(call));
    }
    start.countDown();
    List<HttpResponse<String>> answers = new ArrayList<>();
    for (Future<HttpResponse<String>> f : futures) {
      answers.add(f.get());
    }
    return answers;
  }

  private static HttpResponse<String> post(HttpClient http, String uri, String body)
      throws Exception {
    return http.send(
        HttpRequest.newBuilder(URI.create(uri))
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(body))
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }

  private Map<String, Object> counters(long event) {
    return jdbc.sql("select registered_count, confirmed_count from training_event where id = ?")
        .param(event)
        .query()
        .singleRow();
  }
}
