package id.naikkelas.demo;

import id.naikkelas.access.Actor;
import id.naikkelas.access.Role;
import id.naikkelas.export.monitoring.ExportFollowUps;
import id.naikkelas.export.monitoring.ExporterVisits;
import id.naikkelas.export.monitoring.FollowUpForm;
import id.naikkelas.export.monitoring.VisitForm;
import id.naikkelas.export.monitoring.VisitObstacleForm;
import id.naikkelas.export.monitoring.VisitView;
import id.naikkelas.registry.Registry;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Demo only: Disperindag's visits to five of the seeds' exporters ({@link ExportDemo} registers
 * them) in the last months, with the obstacles found (certification for the food makers, logistics,
 * payment) and the follow-up agreed: one action done, two overdue, the others open. The dates are
 * counted back from today so that the list of follow-ups always has some of each. Runs once: a
 * later start finds the first exporter's visits.
 */
@Component
@Profile("demo")
@Order(Ordered.HIGHEST_PRECEDENCE + 51)
class ExportDemoVisits implements ApplicationRunner {

  private static final Logger log = LoggerFactory.getLogger(ExportDemoVisits.class);
  private static final Actor OFFICER = new Actor(0, "demo", "demo", Role.OFFICER, "35.24");
  private static final String EXPORT_DESK = "Disperindag – Seksi Ekspor";

  private final Registry registry;
  private final ExporterVisits visits;
  private final ExportFollowUps followUps;
  private final Clock clock;

  ExportDemoVisits(
      Registry registry, ExporterVisits visits, ExportFollowUps followUps, Clock clock) {
    this.registry = registry;
    this.visits = visits;
    this.followUps = followUps;
    this.clock = clock;
  }

  @Override
  public void run(ApplicationArguments args) {
    Long snacks = business("Snack Mekar Sari");
    if (snacks == null || !visits.history(OFFICER, snacks).isEmpty()) {
      return;
    }
    LocalDate today = LocalDate.now(clock.withZone(ZoneId.of("Asia/Jakarta")));
    int recorded = 0;
    VisitView snackVisit =
        visits.record(
            OFFICER,
            snacks,
            new VisitForm(
                today.minusDays(75),
                EXPORT_DESK + " (2 orang), pendamping PLUT",
                "Produksi aneka snack 1,2 ton sebulan; pembeli di Malaysia siap memesan rutin bila"
                    + " produk bersertifikat halal dan terdaftar di BPOM. Kemasan sudah berlabel"
                    + " bahasa Inggris.",
                List.of(
                    new VisitObstacleForm(
                        "CERTIFICATION", "Sertifikat halal dan izin edar BPOM MD belum ada"),
                    new VisitObstacleForm("PRICE", "Harga kalah dari produk Thailand di Johor")),
                List.of(
                    new FollowUpForm(
                        "Daftarkan ke program sertifikasi halal gratis (SEHATI)",
                        "Dinas Koperasi dan Usaha Mikro – Bidang Perizinan",
                        today.minusDays(45)),
                    new FollowUpForm(
                        "Dampingi pendaftaran izin edar BPOM MD",
                        EXPORT_DESK,
                        today.minusDays(10)))));
    followUps.complete(
        OFFICER,
        snackVisit.actions().get(0).id(),
        "Terdaftar di program halal gratis tahun ini; audit dijadwalkan bulan depan");
    recorded++;
    recorded +=
        visit(
            "Tenun Ikat Parengan",
            new VisitForm(
                today.minusDays(40),
                EXPORT_DESK + ", Seksi Industri",
                "Pesanan sarung dari Jepang 2.000 lembar tiap triwulan; penenun tinggal 35 orang,"
                    + " sebagian besar di atas 50 tahun. Motif baru diminta pembeli.",
                List.of(
                    new VisitObstacleForm("CAPACITY", "Kekurangan penenun muda"),
                    new VisitObstacleForm(
                        "PAYMENT", "Pembeli baru minta bayar 60 hari setelah barang tiba")),
                List.of(
                    new FollowUpForm(
                        "Usulkan pelatihan tenun ATBM untuk 20 penenun muda",
                        "Disperindag – Seksi Industri",
                        today.plusDays(30)),
                    new FollowUpForm(
                        "Perkenalkan ke LPEI untuk asuransi ekspor dan L/C",
                        EXPORT_DESK,
                        today.plusDays(14)))));
    recorded +=
        visit(
            "Lobster Kerapu Paciran",
            new VisitForm(
                today.minusDays(30),
                EXPORT_DESK,
                "Lobster dan kerapu hidup dikirim lewat kargo udara Juanda ke Hong Kong dan"
                    + " Singapura; dua kiriman rusak karena jadwal pemeriksaan karantina mundur.",
                List.of(
                    new VisitObstacleForm(
                        "LOGISTICS", "Jadwal kargo udara dan kotak berisi oksigen"),
                    new VisitObstacleForm(
                        "CERTIFICATION", "Sertifikat kesehatan ikan untuk setiap kiriman"),
                    new VisitObstacleForm("REGULATION", null)),
                List.of(
                    new FollowUpForm(
                        "Atur jadwal tetap pemeriksaan karantina ikan di Surabaya",
                        "Pemilik Lobster Kerapu Paciran",
                        today.minusDays(3)))));
    recorded +=
        visit(
            "Konveksi Sumber Rejeki",
            new VisitForm(
                today.minusDays(20),
                EXPORT_DESK + " (3 orang)",
                "Kemeja katun untuk pembeli Amerika Serikat; pembayaran T/T sering terlambat dan"
                    + " pembeli kedua berhenti memesan tahun ini.",
                List.of(
                    new VisitObstacleForm("PAYMENT", "Pembayaran T/T terlambat sampai 30 hari"),
                    new VisitObstacleForm("BUYER", "Perlu pembeli pengganti di Eropa")),
                List.of(
                    new FollowUpForm(
                        "Ikutkan Trade Expo Indonesia dan temu bisnis dengan ITPC",
                        EXPORT_DESK,
                        today.plusDays(60)))));
    recorded +=
        visit(
            "Arang Kayu Sejahtera",
            new VisitForm(
                today.minusDays(12),
                EXPORT_DESK,
                "Arang kayu untuk Korea dikirim dengan kontainer 20 kaki dari Tanjung Perak; ongkos"
                    + " angkut naik dan dokumen legalitas kayu diminta pembeli.",
                List.of(
                    new VisitObstacleForm("LOGISTICS", "Ongkos kontainer dari Tanjung Perak naik"),
                    new VisitObstacleForm("REGULATION", "Dokumen legalitas kayu (V-Legal)")),
                List.of(
                    new FollowUpForm(
                        "Dampingi pengurusan dokumen V-Legal", EXPORT_DESK, today.plusDays(21)),
                    new FollowUpForm(
                        "Hitung ulang harga jual dengan ongkos angkut baru",
                        "Pemilik Arang Kayu Sejahtera",
                        today.plusDays(7)))));
    log.info("Demo export visits: {} visits", recorded);
  }

  private int visit(String name, VisitForm form) {
    Long business = business(name);
    if (business == null) {
      return 0;
    }
    visits.record(OFFICER, business, form);
    return 1;
  }

  private Long business(String name) {
    return DemoBusinesses.named(registry, OFFICER, name);
  }
}
