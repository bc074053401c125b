package id.naikkelas.training.selection;

import id.naikkelas.training.registration.RegistrationStatus;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/** Reads what {@link SelectionScoring} weighs of each applicant in line, and writes the scores. */
@Component
class SelectionFacts {

  private final JdbcClient jdbc;
  private final JsonMapper json;

  SelectionFacts(JdbcClient jdbc, JsonMapper json) {
    this.jdbc = jdbc;
    this.json = json;
  }

  /** The facts of every registration of the event that is in line for a place, by id. */
  Map<Long, SelectionScoring.ApplicantFacts> of(long eventId) {
    Map<Long, SelectionScoring.ApplicantFacts> out = new LinkedHashMap<>();
    jdbc.sql(
            """
            select r.id,
              not exists (select 1 from training_registration r2
                join training_attendance a on a.registration_id = r2.id
                where r2.nik_hash = r.nik_hash and r2.event_id <> r.event_id) as not_trained,
              coalesce(r.size_class = 'MICRO', false) as micro,
              not exists (select 1 from training_registration r2
                where r2.nik_hash = r.nik_hash and r2.event_id <> r.event_id
                and r2.created_at < r.created_at) as first_time,
              coalesce(r.new_entrepreneur, false) as new_entrepreneur,
              r.answers::text as answers
            from training_registration r where r.event_id = ? and r.status in (?, ?, ?)""")
        .params(
            eventId,
            RegistrationStatus.APPLIED.name(),
            RegistrationStatus.CONFIRMED.name(),
            RegistrationStatus.WAITLISTED.name())
        .query(
            (rs, n) -> {
              Set<Criterion> met = EnumSet.noneOf(Criterion.class);
              if (rs.getBoolean("not_trained")) {
                met.add(Criterion.NOT_TRAINED_BEFORE);
              }
              if (rs.getBoolean("micro")) {
                met.add(Criterion.MICRO_BUSINESS);
              }
              if (rs.getBoolean("first_time")) {
                met.add(Criterion.FIRST_TIME_APPLICANT);
              }
              if (rs.getBoolean("new_entrepreneur")) {
                met.add(Criterion.NEW_ENTREPRENEUR);
              }
              return Map.entry(
                  rs.getLong("id"),
                  new SelectionScoring.ApplicantFacts(met, yes(rs.getString("answers"))));
            })
        .list()
        .forEach(e -> out.put(e.getKey(), e.getValue()));
    return out;
  }

  void writeScores(List<Object[]> scoreAndId) {
    for (Object[] row : scoreAndId) {
      jdbc.sql("update training_registration set score = ? where id = ?").params(row).update();
    }
  }

  /** The keys answered "true" (as JSON {@code true} or the text "true", as {@code ->>} reads). */
  private Set<String> yes(String answers) {
    if (answers == null || answers.isBlank()) {
      return Set.of();
    }
    Map<?, ?> map = json.readValue(answers, Map.class);
    return map.entrySet().stream()
        .filter(e -> e.getValue() != null && "true".equals(String.valueOf(e.getValue())))
        .map(e -> String.valueOf(e.getKey()))
        .collect(Collectors.toSet());
  }
}
