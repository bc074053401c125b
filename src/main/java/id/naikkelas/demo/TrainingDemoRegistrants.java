package id.naikkelas.demo;

import id.naikkelas.platform.ConflictException;
import id.naikkelas.region.Region;
import id.naikkelas.training.registration.EventRegistrations;
import id.naikkelas.training.registration.Registered;
import id.naikkelas.training.registration.RegistrationRequest;
import java.util.List;
import java.util.Map;
import java.util.Random;

/** Demo only: invented registrants (NIK, name, phone of a village) and the demo events' drafts. */
final class TrainingDemoRegistrants {

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

  private final EventRegistrations registrations;

  TrainingDemoRegistrants(EventRegistrations registrations) {
    this.registrations = registrations;
  }

  Registered register(
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
      } catch (ConflictException sameNik) {
        nik = nik.substring(0, 12) + "%04d".formatted(1 + random.nextInt(9998));
      }
    }
  }
}
