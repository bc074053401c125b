package id.naikkelas.registry;

import id.naikkelas.region.Region;
import id.naikkelas.region.RegionLevel;
import id.naikkelas.region.Regions;
import id.naikkelas.registry.importing.SheetHeaders;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.springframework.stereotype.Component;

/**
 * Writes an import CSV of generated but realistic businesses for a scope: Indonesian names, real
 * village codes, valid NIKs registered in the village's district, amounts in rupiah. On request a
 * share of rows is broken (about 2%) or repeats an earlier row (about 3%). The same seed gives the
 * same file. Used by the demo data and the import benchmark.
 */
@Component
public class RegistryRowGenerator {

  private static final String[] GIVEN_MALE = {
    "Ahmad",
    "Budi",
    "Agus",
    "Slamet",
    "Joko",
    "Eko",
    "Hadi",
    "Rudi",
    "Imam",
    "Yusuf",
    "Sutrisno",
    "Bambang",
    "Dwi",
    "Fajar",
    "Heri",
    "Rizky",
    "Arif",
    "Wahyu",
    "Teguh",
    "Hendra"
  };
  private static final String[] GIVEN_FEMALE = {
    "Siti",
    "Sri",
    "Dewi",
    "Nur",
    "Ani",
    "Rina",
    "Lilis",
    "Wulan",
    "Yuni",
    "Endang",
    "Sulastri",
    "Umi",
    "Ratna",
    "Indah",
    "Fitri",
    "Lestari",
    "Kartini",
    "Maya",
    "Puji",
    "Tri"
  };
  private static final String[] FAMILY = {
    "Wahyuni", "Santoso", "Rahayu", "Hidayat", "Susanto", "Lestari", "Setiawan", "Purnomo",
    "Kurniawan", "Handayani", "Prasetyo", "Wibowo", "Suryani", "Nugroho", "Fauzi", "Maulana",
    "Rohmah", "Aminah", "Hasanah", "Mubarok"
  };
  private static final String[][] PRODUCTS = {
    {"Keripik Tempe", "10792"}, {"Kerupuk Ikan", "10792"}, {"Krupuk Udang", "10792"},
    {"Wingko Babat", "10710"}, {"Jenang", "10796"}, {"Sarung Tenun Ikat", "13122"},
    {"Batik Sendang", "13134"}, {"Anyaman Bambu", "16293"}, {"Tas Rajut", "15121"},
    {"Kopi Bubuk", "10761"}, {"Ikan Asap", "10213"}, {"Sambal Bu", "10779"},
    {"Toko Kelontong", "47111"}, {"Warung Makan", "56102"}, {"Bengkel Motor", "45407"},
    {"Penjahit", "14111"}, {"Mebel Jati", "31001"}, {"Gerabah", "23931"}
  };

  private final Regions regions;

  RegistryRowGenerator(Regions regions) {
    this.regions = regions;
  }

  /** How the generated file is made. */
  public record Spec(String scope, int rows, long seed, double badShare, double duplicateShare) {}

  /** Writes the file and answers how many rows it holds of each kind. */
  public Map<String, Integer> write(Spec spec, Path file) {
    List<Region> villages = regions.within(spec.scope(), RegionLevel.VILLAGE);
    if (villages.isEmpty()) {
      throw new IllegalArgumentException("no village inside " + spec.scope());
    }
    Random random = new Random(spec.seed());
    Map<String, Integer> kinds = new HashMap<>(Map.of("valid", 0, "bad", 0, "duplicate", 0));
    List<String> kept = new ArrayList<>();
    try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      out.write(String.join(";", SheetHeaders.ALL));
      out.newLine();
      for (int i = 0; i < spec.rows(); i++) {
        double draw = random.nextDouble();
        String line;
        if (draw < spec.duplicateShare() && !kept.isEmpty()) {
          line = kept.get(random.nextInt(kept.size()));
          kinds.merge("duplicate", 1, Integer::sum);
        } else {
          boolean bad = draw < spec.duplicateShare() + spec.badShare();
          line = row(i, villages.get(random.nextInt(villages.size())), random, bad);
          kinds.merge(bad ? "bad" : "valid", 1, Integer::sum);
          if (!bad && kept.size() < 10_000) {
            kept.add(line);
          }
        }
        out.write(line);
        out.newLine();
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return kinds;
  }

  private static String row(int i, Region village, Random random, boolean bad) {
    boolean woman = random.nextBoolean();
    String given = (woman ? GIVEN_FEMALE : GIVEN_MALE)[random.nextInt(20)];
    String owner = given + " " + FAMILY[random.nextInt(FAMILY.length)];
    String[] product = PRODUCTS[random.nextInt(PRODUCTS.length)];
    int day = 1 + random.nextInt(28) + (woman ? 40 : 0);
    int month = 1 + random.nextInt(12);
    int year = 55 + random.nextInt(45);
    String district = village.parentCode().replace(".", "");
    String nik = district + "%02d%02d%02d%04d".formatted(day, month, year, 1 + (i % 9999));
    // The serial alone repeats every 9,999 rows; the row number makes the NIK unique.
    nik =
        nik.substring(0, 6)
            + "%02d%02d%02d".formatted(day, month, 55 + (year - 55 + i / 9999) % 45)
            + nik.substring(12);
    String nib = random.nextInt(3) == 0 ? "%013d".formatted(1_000_000_000_000L + i) : "";
    long sales = (long) (Math.pow(10, 7 + random.nextDouble() * 2.5)) / 1000 * 1000;
    long capital = sales / (2 + random.nextInt(6)) / 1000 * 1000;
    String phone = "08" + (12 + random.nextInt(8)) + "%08d".formatted(random.nextInt(100_000_000));
    String capitalText =
        "Rp" + String.format(java.util.Locale.ROOT, "%,d", capital).replace(',', '.');
    if (bad) {
      switch (random.nextInt(4)) {
        case 0 -> nik = nik.substring(0, 15);
        case 1 -> capitalText = "-" + capital;
        case 2 -> nik = nik.substring(0, 12) + "0000";
        default -> phone = "12345";
      }
    }
    return String.join(
        ";",
        nik,
        owner,
        woman ? "P" : "L",
        phone,
        "",
        product[0] + " " + given + " " + (i + 1),
        nib,
        product[1],
        "",
        "",
        village.code(),
        "Dusun " + FAMILY[random.nextInt(FAMILY.length)] + " RT " + (1 + random.nextInt(9)),
        String.valueOf(1990 + random.nextInt(36)),
        String.valueOf(1 + random.nextInt(12)),
        capitalText,
        String.valueOf(sales),
        random.nextInt(3) == 0 ? "Ya" : "Tidak",
        random.nextInt(40) == 0 ? "Ya" : "Tidak",
        random.nextInt(4) == 0 ? "Ya" : "Tidak");
  }
}
