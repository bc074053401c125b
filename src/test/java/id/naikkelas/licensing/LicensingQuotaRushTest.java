package id.naikkelas.licensing;

import static org.assertj.core.api.Assertions.assertThat;

import id.naikkelas.IntegrationTest;
import id.naikkelas.access.Actor;
import id.naikkelas.access.Role;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** A rush on a programme never gives more places than its quota; the rest wait in order. */
@IntegrationTest
class LicensingQuotaRushTest {

  @Autowired LicensingFixture fx;
  @Autowired LicensingRequests requests;
  @Autowired LicensingProgrammes programmes;
  @Autowired JdbcClient jdbc;

  @Test
  void eighty_applications_at_once_for_thirty_places() throws Exception {
    Actor officer = new Actor(0, "test", "test", Role.OFFICER, "35.24");
    long programme =
        programmes
            .open(
                officer,
                new ProgrammeRequest("Fasilitasi NIB Serentak", LicenceKind.NIB, 2026, 30, "35.24"))
            .id();
    List<Long> businesses = new ArrayList<>();
    for (int i = 0; i < 80; i++) {
      businesses.add(fx.business(LicensingFixture.SUKODADI));
    }
    ExecutorService pool = Executors.newFixedThreadPool(16);
    List<Future<LicensingRequestView>> answers = new ArrayList<>();
    for (long b : businesses) {
      answers.add(
          pool.submit(
              () ->
                  requests.apply(
                      officer,
                      new LicensingApplication(
                          b, LicenceKind.NIB, null, programme, null, null, null, null))));
    }
    long placed = 0;
    for (Future<LicensingRequestView> a : answers) {
      if (a.get().programmePlace() == ProgrammePlace.PLACED) {
        placed++;
      }
    }
    pool.shutdown();
    assertThat(placed).isEqualTo(30);
    ProgrammeView view = programmes.find(officer, programme);
    assertThat(view.placesTaken()).isEqualTo(30);
    assertThat(view.waiting()).isEqualTo(50);
    assertThat(
            jdbc.sql(
                    "select count(distinct place_order) from licensing_request where programme_id = ?")
                .param(programme)
                .query(Long.class)
                .single())
        .isEqualTo(80);
  }
}
