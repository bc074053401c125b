package id.naikkelas.demo;

import id.naikkelas.training.EventDraft;
import id.naikkelas.training.EventMode;
import id.naikkelas.training.EventType;
import id.naikkelas.training.Question;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** Demo only: the draft of a demo event of the Lamongan Dinas. */
final class TrainingDemoDrafts {

  private TrainingDemoDrafts() {}

  static EventDraft draft(
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
        EventType.valueOf(type),
        EventMode.valueOf(mode),
        quota,
        opens,
        closes,
        "35.24",
        LocalDate.parse(startsOn),
        LocalDate.parse(endsOn),
        sessions,
        sessions,
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
