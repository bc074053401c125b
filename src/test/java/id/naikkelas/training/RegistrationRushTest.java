package id.naikkelas.training;

import static org.assertj.core.api.Assertions.assertThat;

import id.naikkelas.IntegrationTest;
import id.naikkelas.access.AccountFixture;
import id.naikkelas.access.Role;
import id.naikkelas.registry.BusinessDraftFixture;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
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
 * Hundreds register for a FIRST_COME event in the same second, over real HTTP, against PostgreSQL:
 * exactly the quota is confirmed, the rest waitlisted in arrival order, none lost or doubled.
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
  @LocalServerPort int port;

  @AfterEach
  void limitBack() {
    registrations.limitPerMinute(100_000);
  }

  @Test
  void a_rush_confirms_exactly_the_quota_and_waitlists_the_rest_in_arrival_order()
      throws Exception {
    registrations.limitPerMinute(0); // every request comes from 127.0.0.1 here
    String officer = accounts.token(accounts.open(Role.OFFICER, "35.24.17"));
    long event = EventFixture.create(mvc, json, officer, EventFixture.event("FIRST_COME", QUOTA));
    List<String> niks = new ArrayList<>();
    for (int i = 0; i < PEOPLE; i++) {
      niks.add(BusinessDraftFixture.nik("35.24.17.2007"));
    }
    HttpClient http = HttpClient.newBuilder().executor(Executors.newFixedThreadPool(8)).build();
    ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
    CountDownLatch start = new CountDownLatch(1);
    List<Future<HttpResponse<String>>> answers = new ArrayList<>();
    for (String nik : niks) {
      String body = json.writeValueAsString(EventFixture.candidate(nik));
      answers.add(
          clients.submit(
              () -> {
                start.await();
                return http.send(
                    HttpRequest.newBuilder(
                            URI.create(
                                "http://localhost:"
                                    + port
                                    + "/api/v1/events/"
                                    + event
                                    + "/registrations"))
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(body))
                        .build(),
                    HttpResponse.BodyHandlers.ofString());
              }));
    }
    start.countDown();
    int confirmed = 0;
    int waitlisted = 0;
    for (Future<HttpResponse<String>> f : answers) {
      HttpResponse<String> r = f.get();
      assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
      String status = (String) json.readValue(r.body(), Map.class).get("status");
      if ("CONFIRMED".equals(status)) {
        confirmed++;
      } else if ("WAITLISTED".equals(status)) {
        waitlisted++;
      }
    }
    clients.shutdown();

    assertThat(confirmed).isEqualTo(QUOTA);
    assertThat(waitlisted).isEqualTo(PEOPLE - QUOTA);
    List<Map<String, Object>> stored =
        jdbc.sql(
                "select arrival, status from training_registration where event_id = ?"
                    + " order by arrival")
            .param(event)
            .query()
            .listOfRows();
    assertThat(stored).hasSize(PEOPLE);
    for (int i = 0; i < PEOPLE; i++) {
      assertThat(((Number) stored.get(i).get("arrival")).intValue()).isEqualTo(i + 1);
      assertThat(stored.get(i).get("status")).isEqualTo(i < QUOTA ? "CONFIRMED" : "WAITLISTED");
    }
    Map<String, Object> counters =
        jdbc.sql("select registered_count, confirmed_count from training_event where id = ?")
            .param(event)
            .query()
            .singleRow();
    assertThat(counters).containsEntry("registered_count", PEOPLE);
    assertThat(counters).containsEntry("confirmed_count", QUOTA);
  }
}
