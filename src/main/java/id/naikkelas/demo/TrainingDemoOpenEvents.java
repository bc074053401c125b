package id.naikkelas.demo;

import static id.naikkelas.demo.TrainingDemoDrafts.draft;

import id.naikkelas.access.Actor;
import id.naikkelas.region.Region;
import id.naikkelas.training.EventText;
import id.naikkelas.training.Events;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Random;

/** Demo only: the open events, a study trip with registrants and a coming training. */
final class TrainingDemoOpenEvents {

  private final Events events;
  private final TrainingDemoRegistrants registrants;
  private final Clock clock;

  TrainingDemoOpenEvents(Events events, TrainingDemoRegistrants registrants, Clock clock) {
    this.events = events;
    this.registrants = registrants;
    this.clock = clock;
  }

  void run(Actor dinas, List<Region> villages, Random random) {
    Instant now = clock.instant();
    LocalDate trip = LocalDate.now(clock.withZone(EventText.WIB)).plusWeeks(3);
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
      registrants.register(id, villages, random, Map.of());
    }
    LocalDate next = LocalDate.now(clock.withZone(EventText.WIB)).plusMonths(1);
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
}
