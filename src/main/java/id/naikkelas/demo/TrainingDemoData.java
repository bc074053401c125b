package id.naikkelas.demo;

import id.naikkelas.access.Actor;
import id.naikkelas.access.Role;
import id.naikkelas.region.Region;
import id.naikkelas.region.RegionLevel;
import id.naikkelas.region.Regions;
import id.naikkelas.training.Events;
import id.naikkelas.training.FollowUps;
import id.naikkelas.training.TrainingDemoRecords;
import id.naikkelas.training.certificate.Attendance;
import id.naikkelas.training.certificate.Certificates;
import id.naikkelas.training.matching.BusinessMatching;
import id.naikkelas.training.matching.MatchingMeetings;
import id.naikkelas.training.registration.EventRegistrations;
import id.naikkelas.training.selection.Selection;
import java.time.Clock;
import java.util.List;
import java.util.Random;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Demo only: the 2021 entrepreneurship training of the seeds (234 registrants, 100 selected, the
 * attendees certified and some followed up), an open study trip, and a Temu Usaha day with
 * exporters, a retailer and banks — all through the training services as an officer and candidates
 * would, all marked demo. People and numbers are invented. Runs once.
 */
@Component
@Profile("demo")
@Order(Ordered.HIGHEST_PRECEDENCE + 20)
class TrainingDemoData implements ApplicationRunner {

  private static final Logger log = LoggerFactory.getLogger(TrainingDemoData.class);

  private final Training2021Demo training2021;
  private final TrainingDemoOpenEvents openEvents;
  private final TrainingDemoMatchingDay matchingDay;
  private final Regions regions;
  private final TrainingDemoRecords records;

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
      TrainingDemoRecords records,
      Clock clock) {
    TrainingDemoRegistrants registrants = new TrainingDemoRegistrants(registrations);
    this.training2021 =
        new Training2021Demo(
            events, selection, attendance, certificates, followUps, registrants, records, clock);
    this.openEvents = new TrainingDemoOpenEvents(events, registrants, clock);
    this.matchingDay = new TrainingDemoMatchingDay(events, matching, matchingMeetings, clock);
    this.regions = regions;
    this.records = records;
  }

  @Override
  public void run(ApplicationArguments args) {
    if (records.present()) {
      return;
    }
    long started = System.nanoTime();
    Actor dinas = new Actor(0, "demo", "Dinas Koperasi dan Usaha Mikro", Role.OFFICER, "35.24");
    List<Region> villages = regions.within("35.24", RegionLevel.VILLAGE);
    Random random = new Random(2021);
    training2021.run(dinas, villages, random);
    openEvents.run(dinas, villages, random);
    matchingDay.run(dinas);
    records.markCreatedBy(dinas);
    log.info(
        "Demo training data: the 2021 training, a study trip and a Temu Usaha day in {} ms",
        (System.nanoTime() - started) / 1_000_000);
  }
}
