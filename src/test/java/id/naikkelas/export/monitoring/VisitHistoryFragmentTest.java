package id.naikkelas.export.monitoring;

import static org.assertj.core.api.Assertions.assertThat;

import id.naikkelas.IntegrationTest;
import id.naikkelas.access.Actor;
import id.naikkelas.access.Role;
import id.naikkelas.registry.BusinessDraftFixture;
import id.naikkelas.registry.BusinessSource;
import id.naikkelas.registry.Registry;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

/** The visit history fragment the exporter's page includes. */
@IntegrationTest
class VisitHistoryFragmentTest {

  static final Actor ROOT = new Actor(0, "test", "test", Role.OFFICER, "35");

  @Autowired ITemplateEngine templates;
  @Autowired Registry registry;
  @Autowired ExporterVisits visits;
  @Autowired ExportFollowUps followUps;

  @Test
  void it_shows_the_visits_with_their_obstacles_and_actions_in_indonesian() {
    long business =
        registry
            .register(ROOT, BusinessDraftFixture.draft("35.24.06.2001"), BusinessSource.FORM)
            .id();
    VisitView v =
        visits.record(
            ROOT,
            business,
            new VisitForm(
                LocalDate.of(2025, 3, 17),
                "Seksi Ekspor (2 orang)",
                "Pembeli Jepang menunggu contoh",
                List.of(new VisitObstacleForm("PAYMENT", "Minta tempo 60 hari")),
                List.of(
                    new FollowUpForm("Kirim contoh", "Pemilik usaha", LocalDate.of(2025, 4, 1)),
                    new FollowUpForm("Cari asuransi", "Seksi Ekspor", LocalDate.of(2025, 5, 2)))));
    followUps.complete(ROOT, v.actions().get(1).id(), null);
    Context context = new Context(Locale.forLanguageTag("id"));
    context.setVariable("visits", visits.history(ROOT, business));
    String html = templates.process("export/monitoring-fragments", Set.of("history"), context);
    assertThat(html)
        .contains("17 Maret 2025")
        .contains("Seksi Ekspor (2 orang)")
        .contains("Pembayaran")
        .contains("Minta tempo 60 hari")
        .contains("Kirim contoh")
        .contains("1 April 2025")
        .contains("Lewat tenggat")
        .contains("Selesai");
    context.setVariable("visits", List.of());
    assertThat(templates.process("export/monitoring-fragments", Set.of("history"), context))
        .contains("visits-empty");
  }
}
