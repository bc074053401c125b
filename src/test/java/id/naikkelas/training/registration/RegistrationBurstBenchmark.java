package id.naikkelas.training.registration;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import id.naikkelas.IntegrationTest;
import id.naikkelas.access.AccountFixture;
import id.naikkelas.access.Role;
import id.naikkelas.platform.PersonalDataCipher;
import id.naikkelas.registry.BusinessDraftFixture;
import id.naikkelas.training.EventFixture;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.json.JsonMapper;

/**
 * A registration burst against its anchor, in one run on one machine (DESIGN.md §6): 10× the quota
 * registrations over HTTP from C concurrent clients to a FIRST_COME event (each then confirmed with
 * the code sent to its phone, not measured), and then, on the same database with a pool of the
 * application's size, the raw single-statement conditional {@code UPDATE … RETURNING} from the same
 * number of clients. Prints both rates, the ratio, p50/p99, the 5xx count, and checks that exactly
 * the quota was confirmed. Run: {@code ./mvnw -Pbench test -Dtest=RegistrationBurstBenchmark
 * -Dbench.quota=1000 -Dbench.clients=64,256}.
 */
@IntegrationTest
@Tag("benchmark")
class RegistrationBurstBenchmark {

  @Autowired MockMvc mvc;
  @Autowired AccountFixture accounts;
  @Autowired JsonMapper json;
  @Autowired JdbcClient jdbc;
  @Autowired DataSource dataSource;
  @Autowired EventRegistrations registrations;
  @Autowired PersonalDataCipher cipher;
  @LocalServerPort int port;

  @AfterEach
  void limitBack() {
    registrations.limitPerMinute(100_000);
    registrations.limitPerHour(5, 10);
  }

  @Test
  void burst_against_conditional_update() throws Exception {
    registrations.limitPerMinute(0);
    registrations.limitPerHour(0, 0);
    int quota = Integer.getInteger("bench.quota", 1000);
    int burst = quota * 10;
    int[] clientCounts =
        Arrays.stream(System.getProperty("bench.clients", "64,256").split(","))
            .mapToInt(s -> Integer.parseInt(s.strip()))
            .toArray();
    String officer = accounts.token(accounts.open(Role.OFFICER, "35.24"));
    int poolSize = ((HikariDataSource) dataSource).getMaximumPoolSize();
    System.out.printf(
        Locale.ROOT,
        "%nRegistration burst: quota %d, burst %d, %d cores, application pool %d connections%n",
        quota,
        burst,
        Runtime.getRuntime().availableProcessors(),
        poolSize);
    // warm-up of both paths (JIT, connection pools), not measured
    http(officer, quota / 2, burst / 2, clientCounts[0]);
    rawUpdate(quota / 2, burst / 2, clientCounts[0], poolSize);
    for (int clients : clientCounts) {
      Result http = http(officer, quota, burst, clients);
      Result raw = rawUpdate(quota, burst, clients, poolSize);
      System.out.printf(
          Locale.ROOT,
          "clients %3d | HTTP %8.1f reg/s p50 %6.1f ms p99 %6.1f ms 5xx %d confirmed %d"
              + " | UPDATE…RETURNING %8.1f/s p50 %6.2f ms p99 %6.2f ms confirmed %d"
              + " | ratio %.2f%n",
          clients,
          http.rate(),
          http.p50(),
          http.p99(),
          http.serverErrors(),
          http.confirmed(),
          raw.rate(),
          raw.p50(),
          raw.p99(),
          raw.confirmed(),
          http.rate() / raw.rate());
      assertThat(http.confirmed()).isEqualTo(quota);
      assertThat(raw.confirmed()).isEqualTo(quota);
      assertThat(http.serverErrors()).isZero();
    }
  }

  record Result(double rate, double p50, double p99, int serverErrors, int confirmed) {}

  private Result http(String officer, int quota, int burst, int clients) throws Exception {
    registrations.limitPerMinute(0);
    long event = EventFixture.create(mvc, json, officer, EventFixture.event("FIRST_COME", quota));
    List<String> bodies = new ArrayList<>(burst);
    for (int i = 0; i < burst; i++) {
      bodies.add(
          json.writeValueAsString(
              EventFixture.candidate(BusinessDraftFixture.nik("35.24.17.2007"))));
    }
    URI uri = URI.create("http://localhost:" + port + "/api/v1/events/" + event + "/registrations");
    HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    ExecutorService pool = Executors.newFixedThreadPool(clients);
    AtomicInteger next = new AtomicInteger();
    AtomicInteger errors = new AtomicInteger();
    AtomicInteger confirmed = new AtomicInteger();
    long[] latencies = new long[burst];
    List<Future<?>> done = new ArrayList<>();
    long start = System.nanoTime();
    for (int c = 0; c < clients; c++) {
      done.add(
          pool.submit(
              () -> {
                for (int i = next.getAndIncrement(); i < burst; i = next.getAndIncrement()) {
                  long t = System.nanoTime();
                  HttpResponse<String> r =
                      client.send(
                          HttpRequest.newBuilder(uri)
                              .header("Content-Type", "application/json")
                              .POST(HttpRequest.BodyPublishers.ofString(bodies.get(i)))
                              .build(),
                          HttpResponse.BodyHandlers.ofString());
                  latencies[i] = System.nanoTime() - t;
                  if (r.statusCode() >= 500) {
                    errors.incrementAndGet();
                  } else if (r.body().contains("\"place\":\"CONFIRMED\"")) {
                    confirmed.incrementAndGet(); // a seat held pending the confirmation
                  }
                }
                return null;
              }));
    }
    for (Future<?> f : done) {
      f.get();
    }
    double seconds = (System.nanoTime() - start) / 1e9;
    // then everyone confirms with the code sent to their phone (not measured)
    URI confirm = URI.create("http://localhost:" + port + "/api/v1/event-registrations/confirm");
    List<String> codes =
        jdbc
            .sql("select confirm_cipher from training_registration where event_id = ?")
            .param(event)
            .query(String.class)
            .list()
            .stream()
            .map(cipher::decrypt)
            .toList();
    AtomicInteger nextCode = new AtomicInteger();
    List<Future<?>> confirming = new ArrayList<>();
    for (int c = 0; c < clients; c++) {
      confirming.add(
          pool.submit(
              () -> {
                for (int i = nextCode.getAndIncrement();
                    i < codes.size();
                    i = nextCode.getAndIncrement()) {
                  HttpResponse<String> r =
                      client.send(
                          HttpRequest.newBuilder(confirm)
                              .header("Content-Type", "application/json")
                              .POST(
                                  HttpRequest.BodyPublishers.ofString(
                                      "{\"code\":\"" + codes.get(i) + "\"}"))
                              .build(),
                          HttpResponse.BodyHandlers.ofString());
                  if (r.statusCode() >= 500) {
                    errors.incrementAndGet();
                  }
                }
                return null;
              }));
    }
    for (Future<?> f : confirming) {
      f.get();
    }
    pool.shutdown();
    int stored =
        jdbc.sql(
                "select count(*) from training_registration where event_id = ? and status = 'CONFIRMED'")
            .param(event)
            .query(Integer.class)
            .single();
    assertThat(stored).isEqualTo(confirmed.get());
    return new Result(
        burst / seconds, pct(latencies, 50), pct(latencies, 99), errors.get(), stored);
  }

  private Result rawUpdate(int quota, int burst, int clients, int poolSize) throws Exception {
    jdbc.sql("drop table if exists bench_event").update();
    jdbc.sql(
            "create table bench_event (id bigint primary key, quota int not null,"
                + " registered int not null default 0, confirmed int not null default 0)")
        .update();
    jdbc.sql("insert into bench_event (id, quota) values (1, ?)").param(quota).update();
    HikariDataSource source = (HikariDataSource) dataSource;
    try (HikariDataSource anchor = new HikariDataSource()) {
      anchor.setJdbcUrl(source.getJdbcUrl());
      anchor.setUsername(source.getUsername());
      anchor.setPassword(source.getPassword());
      anchor.setMaximumPoolSize(poolSize);
      ExecutorService pool = Executors.newFixedThreadPool(clients);
      AtomicInteger next = new AtomicInteger();
      AtomicInteger confirmed = new AtomicInteger();
      long[] latencies = new long[burst];
      List<Future<?>> done = new ArrayList<>();
      long start = System.nanoTime();
      for (int c = 0; c < clients; c++) {
        done.add(
            pool.submit(
                () -> {
                  for (int i = next.getAndIncrement(); i < burst; i = next.getAndIncrement()) {
                    long t = System.nanoTime();
                    try (Connection con = anchor.getConnection();
                        PreparedStatement ps =
                            con.prepareStatement(
                                "update bench_event set registered = registered + 1,"
                                    + " confirmed = confirmed + case when confirmed < quota then 1"
                                    + " else 0 end where id = 1 returning confirmed, registered")) {
                      try (ResultSet rs = ps.executeQuery()) {
                        rs.next();
                        if (rs.getInt(2) <= quota) { // this arrival got a place
                          confirmed.incrementAndGet();
                        }
                      }
                    }
                    latencies[i] = System.nanoTime() - t;
                  }
                  return null;
                }));
      }
      for (Future<?> f : done) {
        f.get();
      }
      double seconds = (System.nanoTime() - start) / 1e9;
      pool.shutdown();
      int stored =
          jdbc.sql("select confirmed from bench_event where id = 1").query(Integer.class).single();
      assertThat(confirmed.get()).isEqualTo(stored);
      return new Result(burst / seconds, pct(latencies, 50), pct(latencies, 99), 0, stored);
    }
  }

  private static double pct(long[] nanos, int p) {
    long[] sorted = nanos.clone();
    Arrays.sort(sorted);
    int i = Math.min(sorted.length - 1, (int) Math.ceil(p / 100.0 * sorted.length) - 1);
    return sorted[Math.max(i, 0)] / 1e6;
  }
}
