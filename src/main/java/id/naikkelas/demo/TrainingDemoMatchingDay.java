package id.naikkelas.demo;

import static id.naikkelas.demo.TrainingDemoDrafts.draft;

import id.naikkelas.access.Actor;
import id.naikkelas.training.EventText;
import id.naikkelas.training.Events;
import id.naikkelas.training.matching.BusinessMatching;
import id.naikkelas.training.matching.MatchingJoinRequest;
import id.naikkelas.training.matching.MatchingMeetingView;
import id.naikkelas.training.matching.MatchingMeetings;
import id.naikkelas.training.matching.MatchingSetup;
import id.naikkelas.training.matching.MeetingOutcomeKind;
import id.naikkelas.training.matching.MeetingOutcomeRequest;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Demo only: a Temu Usaha day with exporters, a retailer and banks: joins, requests, the schedule
 * and some outcomes.
 */
final class TrainingDemoMatchingDay {

  private final Events events;
  private final BusinessMatching matching;
  private final MatchingMeetings matchingMeetings;
  private final Clock clock;

  TrainingDemoMatchingDay(
      Events events, BusinessMatching matching, MatchingMeetings matchingMeetings, Clock clock) {
    this.events = events;
    this.matching = matching;
    this.matchingMeetings = matchingMeetings;
    this.clock = clock;
  }

  void run(Actor dinas) {
    Instant now = clock.instant();
    LocalDate day = LocalDate.now(clock.withZone(EventText.WIB)).plusWeeks(2);
    long id =
        events.create(
            dinas,
            draft(
                "Temu Usaha UMKM Lamongan dengan Eksportir dan Perbankan",
                "BUSINESS_MATCHING",
                "FIRST_COME",
                200,
                now.minus(3, ChronoUnit.DAYS),
                now.plus(10, ChronoUnit.DAYS),
                day.toString(),
                day.toString(),
                1,
                "Pendopo Lokatantra Lamongan",
                "Bank Jatim, BRI, Bank Indonesia",
                List.of(),
                Map.of()));
    matching.setUp(dinas, id, new MatchingSetup(day, LocalTime.of(9, 0), 20, 12, 8));
    String[][] umkm = {
      {"Koko Nono", "aneka keripik"},
      {"Sby corp.", "aneka kerupuk"},
      {"Tas by Soe Art", "tas anyaman"},
      {"R n D Handycraft", "kerajinan tangan"},
      {"Tenun Ikat Parengan", "sarung tenun ikat"},
      {"Anyaman Bambu Sendangagung", "kerajinan bambu"}
    };
    String[][] buyers = {
      {"EXPORTER", "PT Ekspor Kriya Nusantara", "NL", "kerajinan, tenun"},
      {"EXPORTER", "CV Rasa Nusantara Export", "MY", "makanan ringan"},
      {"RETAILER", "Ritel Modern Jawa Timur", "ID", "keripik, kerupuk"},
      {"BANK", "Bank Jatim", "ID", "kredit usaha rakyat"},
      {"BANK", "BRI Cabang Lamongan", "ID", "pembiayaan UMKM"}
    };
    List<String> umkmTokens = new ArrayList<>();
    for (int i = 0; i < umkm.length; i++) {
      umkmTokens.add(
          matching.join(
              id,
              new MatchingJoinRequest(
                  "UMKM",
                  null,
                  "Pemilik " + umkm[i][0],
                  umkm[i][0],
                  "ID",
                  "0812300000" + (10 + i),
                  umkm[i][1],
                  null),
              null));
    }
    List<Long> buyerIds = new ArrayList<>();
    for (int i = 0; i < buyers.length; i++) {
      String token =
          matching.join(
              id,
              new MatchingJoinRequest(
                  "BUYER",
                  buyers[i][0],
                  "Perwakilan",
                  buyers[i][1],
                  buyers[i][2],
                  "pembeli" + i + "@contoh.id",
                  buyers[i][3],
                  null),
              null);
      buyerIds.add(matching.mine(token).me().id());
    }
    for (int u = 0; u < umkmTokens.size(); u++) {
      for (int b = 0; b < buyerIds.size(); b++) {
        if ((u + b) % 2 == 0) {
          matching.request(umkmTokens.get(u), buyerIds.get(b));
        }
      }
    }
    matchingMeetings.schedule(dinas, id);
    List<MatchingMeetingView> meetings = matching.meetings(dinas, id);
    matchingMeetings.recordOutcome(
        dinas,
        meetings.get(0).id(),
        new MeetingOutcomeRequest(MeetingOutcomeKind.MOU, BigDecimal.valueOf(15_000), "USD", null));
    matchingMeetings.recordOutcome(
        dinas,
        meetings.get(1).id(),
        new MeetingOutcomeRequest(
            MeetingOutcomeKind.CONTRACT, BigDecimal.valueOf(250_000_000), "IDR", null));
    matchingMeetings.realise(dinas, meetings.get(1).id());
    matchingMeetings.recordOutcome(
        dinas,
        meetings.get(2).id(),
        new MeetingOutcomeRequest(
            MeetingOutcomeKind.MOU, BigDecimal.valueOf(500_000_000), "IDR", "KUR"));
  }
}
