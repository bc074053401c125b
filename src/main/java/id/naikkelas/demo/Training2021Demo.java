package id.naikkelas.demo;

import static id.naikkelas.demo.TrainingDemoDrafts.draft;

import id.naikkelas.access.Actor;
import id.naikkelas.region.Region;
import id.naikkelas.training.Events;
import id.naikkelas.training.FollowUps;
import id.naikkelas.training.Question;
import id.naikkelas.training.TrainingDemoRecords;
import id.naikkelas.training.certificate.Attendance;
import id.naikkelas.training.certificate.Certificates;
import id.naikkelas.training.selection.Criterion;
import id.naikkelas.training.selection.Selection;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Demo only: the 2021 entrepreneurship training (234 registrants, 100 selected, the attendees
 * certified and some followed up), its dates put back in 2021.
 */
final class Training2021Demo {

  private final Events events;
  private final Selection selection;
  private final Attendance attendance;
  private final Certificates certificates;
  private final FollowUps followUps;
  private final TrainingDemoRegistrants registrants;
  private final TrainingDemoRecords records;
  private final Clock clock;

  Training2021Demo(
      Events events,
      Selection selection,
      Attendance attendance,
      Certificates certificates,
      FollowUps followUps,
      TrainingDemoRegistrants registrants,
      TrainingDemoRecords records,
      Clock clock) {
    this.events = events;
    this.selection = selection;
    this.attendance = attendance;
    this.certificates = certificates;
    this.followUps = followUps;
    this.registrants = registrants;
    this.records = records;
    this.clock = clock;
  }

  void run(Actor dinas, List<Region> villages, Random random) {
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
      registrants.register(id, villages, random, answers);
    }
    events.closeNow(dinas, id);
    selection.rank(dinas, id);
    selection.confirm(dinas, id);
    List<TrainingDemoRecords.ConfirmedPlace> confirmed = records.confirmedByRank(id);
    for (int i = 0; i < confirmed.size(); i++) {
      if (i < 92) {
        attendance.checkIn(dinas, id, confirmed.get(i).ticket(), 1);
        attendance.checkIn(dinas, id, confirmed.get(i).ticket(), 2);
      } else if (i < 97) {
        attendance.checkIn(dinas, id, confirmed.get(i).ticket(), 1);
      }
    }
    certificates.issue(dinas, id);
    for (int i = 0; i < 60; i++) {
      followUps.recordByOfficer(
          dinas,
          id,
          confirmed.get(i).registrationId(),
          new FollowUps.Answers(
              3, i % 5 != 0, i % 3 == 0, i % 2 == 0, BigDecimal.valueOf(random.nextInt(40))));
    }
    // the training took place in 2021: put its registration window back there
    records.putRegistrationBack(
        id,
        LocalDateTime.parse("2021-05-17T08:00:00"),
        LocalDateTime.parse("2021-05-31T16:00:00"),
        LocalDateTime.parse("2021-05-20T09:00"));
  }
}
