package id.naikkelas.training;

import id.naikkelas.access.Actor;
import id.naikkelas.access.Role;
import id.naikkelas.region.Region;
import id.naikkelas.region.RegionLevel;
import id.naikkelas.region.Regions;
import id.naikkelas.training.matching.BusinessMatching;
import id.naikkelas.training.matching.MatchingJoinRequest;
import id.naikkelas.training.matching.MatchingMeetingView;
import id.naikkelas.training.matching.MatchingMeetings;
import id.naikkelas.training.matching.MatchingSetup;
import id.naikkelas.training.matching.MeetingOutcomeKind;
import id.naikkelas.training.matching.MeetingOutcomeRequest;
import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Demo only: the 2021 entrepreneurship training of the seeds (234 registrants, 100 selected, the
 * attendees certified and some followed up), an open study trip, and a Temu Usaha day with
 * exporters, a retailer and banks — all through the real services, all marked demo. People and
 * numbers are invented. Runs once.
 */
@Component
@Profile("demo")
@Order(Ordered.HIGHEST_PRECEDENCE + 20)
class TrainingDemoData implements ApplicationRunner {

  private static final Logger log = LoggerFactory.getLogger(TrainingDemoData.class);
  private static final String[] FIRST = {
    "Siti", "Nur", "Ahmad", "Dewi", "Budi", "Rina", "Agus", "Lilik", "Sri", "Eko", "Wahyu", "Yuni",
    "Heri", "Umi", "Slamet", "Ani", "Joko", "Endah", "Rohmat", "Fitri"
  };
  private static final String[] LAST = {
    "Rahayu",
    "Hidayat",
    "Wulandari",
    "Santoso",
    "Lestari",
    "Prasetyo",
    "Kusuma",
    "Aminah",
    "Syafii",
    "Maulana",
    "Handayani",
    "Susanti",
    "Setiawan",
    "Fauziah",
    "Rohman"
  };

  private final Events events;
  private final EventRegistrations registrations;
  private final Selection selection;
  private final Attendance attendance;
  private final Certificates certificates;
  private final FollowUps followUps;
  private final BusinessMatching matching;
  private final MatchingMeetings matchingMeetings;
  private final Regions regions;
  private final JdbcClient jdbc;
  private final Clock clock;

  TrainingDemoData(
      Events events,
      EventRegistrations registrations,
      Selection selection,
      Attendance attendance,
      Certificates certificates,
      FollowUps followUps,
      BusinessMatching matching,
      MatchingMeetings matchingMeetings,
      Regions regions,
      JdbcClient jdbc,
      Clock clock) {
    this.events = events;
    this.registrations = registrations;
    this.selection = selection;
    this.attendance = attendance;
    this.certificates = certificates;
    this.followUps = followUps;
    this.matching = matching;
    this.matchingMeetings = matchingMeetings;
    this.regions = regions;
    this.jdbc = jdbc;
    this.clock = clock;
  }

  @Override
  public void run(ApplicationArguments args) {
    if (jdbc.sql("select count(*) from training_event where demo").query(Long.class).single() > 0) {
      return;
    }
    long started = System.nanoTime();
    Actor dinas = new Actor(0, "demo", "Dinas Koperasi dan Usaha Mikro", Role.OFFICER, "35.24");
    List<Region> villages = regions.within("35.24", RegionLevel.VILLAGE);
    Random random = new Random(2021);
    training2021(dinas, villages, random);
    studyTrip(dinas, villages, random);
    temuUsaha(dinas);
    jdbc.sql("update training_event set demo = true where created_by = ?")
        .param(dinas.username())
        .update();
    log.info(
        "Demo training data: the 2021 training, a study trip and a Temu Usaha day in {} ms",
        (System.nanoTime() - started) / 1_000_000);
  }

  private void training2021(Actor dinas, List<Region> villages, Random random) {
    Instant now = clock.instant();
    long id =
        events.create(
            dinas,
            draft(
                "Pelatihan Kewirausahaan Mandiri 2021",
                "TRAINING",
                "SELECTION",
                100,
                now.minus(1, ChronoUnit.HOURS),
                now.plus(1, ChronoUnit.DAYS),
                "2021-06-14",
                "2021-06-15",
                2,
                "Gedung Pemkab Lamongan",
                "Bank Jatim",
                List.of(
                    new Question(
                        "hasProduct", "Sudah memiliki produk untuk dijual?", BigDecimal.valueOf(3)),
                    new Question("womanLed", "Usaha dipimpin perempuan?", BigDecimal.valueOf(2))),
                Map.of(
                    Criterion.NEW_ENTREPRENEUR.name(), BigDecimal.valueOf(4),
                    Criterion.FIRST_TIME_APPLICANT.name(), BigDecimal.valueOf(1))));
    for (int i = 0; i < 234; i++) {
      Map<String, Object> answers = new LinkedHashMap<>();
      answers.put("hasProduct", random.nextInt(3) > 0);
      answers.put("womanLed", random.nextBoolean());
      register(id, villages, random, answers);
    }
    events.closeNow(dinas, id);
    selection.rank(dinas, id);
    selection.confirm(dinas, id);
    List<String[]> confirmed =
        jdbc.sql(
                "select id, ticket from training_registration where event_id = ?"
                    + " and status = 'CONFIRMED' order by rank")
            .param(id)
            .query((rs, n) -> new String[] {rs.getString(1), rs.getString(2)})
            .list();
    for (int i = 0; i < confirmed.size(); i++) {
      if (i < 92) {
        attendance.checkIn(dinas, id, confirmed.get(i)[1], 1);
        attendance.checkIn(dinas, id, confirmed.get(i)[1], 2);
      } else if (i < 97) {
        attendance.checkIn(dinas, id, confirmed.get(i)[1], 1);
      }
    }
    certificates.issue(dinas, id);
    for (int i = 0; i < 60; i++) {
      followUps.recordByOfficer(
          dinas,
          id,
          Long.parseLong(confirmed.get(i)[0]),
          new FollowUps.Answers(
              3, i % 5 != 0, i % 3 == 0, i % 2 == 0, BigDecimal.valueOf(random.nextInt(40))));
    }
    // the training took place in 2021: put its registration window back there
    jdbc.sql(
            "update training_event set registration_opens = ?, registration_closes = ?"
                + " where id = ?")
        .params(
            Timestamp.valueOf("2021-05-17 08:00:00"), Timestamp.valueOf("2021-05-31 16:00:00"), id)
        .update();
    jdbc.sql(
            "update training_registration set created_at = timestamp '2021-05-20 09:00'"
                + " + (arrival || ' minutes')::interval where event_id = ?")
        .param(id)
        .update();
  }

  private void studyTrip(Actor dinas, List<Region> villages, Random random) {
    Instant now = clock.instant();
    LocalDate trip = LocalDate.now(clock.withZone(EventChecker.WIB)).plusWeeks(3);
    long id =
        events.create(
            dinas,
            draft(
                "Studi Tiru UMKM Lamongan ke Kota Batu",
                "STUDY_TRIP",
                "FIRST_COME",
                40,
                now.minus(2, ChronoUnit.DAYS),
                now.plus(14, ChronoUnit.DAYS),
                trip.toString(),
                trip.toString(),
                1,
                "Sentra UMKM Kota Batu",
                "",
                List.of(),
                Map.of()));
    for (int i = 0; i < 26; i++) {
      register(id, villages, random, Map.of());
    }
    LocalDate next = LocalDate.now(clock.withZone(EventChecker.WIB)).plusMonths(1);
    events.create(
        dinas,
        draft(
            "Pelatihan Kemasan dan Pemasaran Digital",
            "TRAINING",
            "FIRST_COME",
            50,
            now.minus(1, ChronoUnit.DAYS),
            now.plus(21, ChronoUnit.DAYS),
            next.toString(),
            next.plusDays(1).toString(),
            2,
            "Aula Dinas Koperasi dan Usaha Mikro Lamongan",
            "Rumah Kreatif BUMN",
            List.of(),
            Map.of()));
  }

  private void temuUsaha(Actor dinas) {
    Instant now = clock.instant();
    LocalDate day = LocalDate.now(clock.withZone(EventChecker.WIB)).plusWeeks(2);
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

  private Registered register(
      long eventId, List<Region> villages, Random random, Map<String, Object> answers) {
    Region village = villages.get(random.nextInt(villages.size()));
    boolean woman = random.nextBoolean();
    int day = 1 + random.nextInt(28);
    String nik =
        village.code().substring(0, 8).replace(".", "")
            + "%02d%02d%02d%04d"
                .formatted(
                    woman ? day + 40 : day,
                    1 + random.nextInt(12),
                    60 + random.nextInt(40),
                    1 + random.nextInt(9998));
    String name = FIRST[random.nextInt(FIRST.length)] + " " + LAST[random.nextInt(LAST.length)];
    String phone = "0857%08d".formatted(random.nextInt(100_000_000));
    while (true) {
      try {
        return registrations.register(
            eventId,
            new RegistrationRequest(nik, name, phone, village.code(), answers, null),
            null);
      } catch (id.naikkelas.platform.ConflictException sameNik) {
        nik = nik.substring(0, 12) + "%04d".formatted(1 + random.nextInt(9998));
      }
    }
  }

  private static EventDraft draft(
      String title,
      String type,
      String mode,
      int quota,
      Instant opens,
      Instant closes,
      String startsOn,
      String endsOn,
      int sessions,
      String place,
      String partners,
      List<Question> questions,
      Map<String, BigDecimal> criteria) {
    return new EventDraft(
        title,
        type,
        mode,
        String.valueOf(quota),
        opens.toString(),
        closes.toString(),
        "35.24",
        startsOn,
        endsOn,
        String.valueOf(sessions),
        String.valueOf(sessions),
        place,
        null,
        "Dinas Koperasi dan Usaha Mikro Kabupaten Lamongan",
        partners,
        null,
        title.contains("2021") ? "Pelatihan Kewirausahaan Mandiri" : "Naik Kelas UMKM Lamongan",
        null,
        List.of(),
        null,
        questions,
        criteria,
        null);
  }
}
