package id.naikkelas.demo;

import static org.assertj.core.api.Assertions.assertThat;

import id.naikkelas.IntegrationTest;
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
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The demo profile's training data, made through the real services, matches the seeds. */
@IntegrationTest
class TrainingDemoDataTest {

  @Autowired Events events;
  @Autowired EventRegistrations registrations;
  @Autowired Selection selection;
  @Autowired Attendance attendance;
  @Autowired Certificates certificates;
  @Autowired FollowUps followUps;
  @Autowired BusinessMatching matching;
  @Autowired MatchingMeetings matchingMeetings;
  @Autowired Regions regions;
  @Autowired TrainingDemoRecords records;
  @Autowired JdbcClient jdbc;
  @Autowired Clock clock;

  @Test
  void the_2021_training_has_234_registrants_100_selected_and_certified_attendees() {
    new TrainingDemoData(
            events,
            registrations,
            selection,
            attendance,
            certificates,
            followUps,
            matching,
            matchingMeetings,
            regions,
            records,
            clock)
        .run(null);
    Map<String, Object> training =
        jdbc.sql(
                """
                select e.id, e.registration_closes < timestamp '2022-01-01' as in2021,
                  (select count(*) from training_registration r where r.event_id = e.id) as registrants,
                  (select count(*) from training_registration r where r.event_id = e.id
                     and r.status = 'CONFIRMED') as selected,
                  (select count(*) from training_registration r where r.event_id = e.id
                     and r.status = 'WAITLISTED' and r.rank > 100) as waitlisted,
                  (select count(*) from training_certificate c join training_registration r
                     on r.id = c.registration_id where r.event_id = e.id) as certificates
                from training_event e where e.demo and e.title = 'Pelatihan Kewirausahaan Mandiri 2021'""")
            .query()
            .singleRow();
    assertThat(training)
        .containsEntry("in2021", true)
        .containsEntry("registrants", 234L)
        .containsEntry("selected", 100L)
        .containsEntry("waitlisted", 134L)
        .containsEntry("certificates", 92L);
    assertThat(
            jdbc.sql(
                    "select count(*) from matching_meeting m join training_event e on e.id = m.event_id"
                        + " where e.demo and m.status = 'CONFIRMED'")
                .query(Long.class)
                .single())
        .isGreaterThan(10);
    assertThat(
            jdbc.sql("select count(*) from training_event where demo").query(Long.class).single())
        .isEqualTo(4);
  }
}
