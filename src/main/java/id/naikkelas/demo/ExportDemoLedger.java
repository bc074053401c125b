package id.naikkelas.demo;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * Demo only: the export ledger the seeds report. Small industry exported Rp55.721 billion in 2019
 * and Rp43.742 billion in 2020 from nine units (fertiliser, snacks, tenun ikat sarongs, bamboo
 * basketwork, two garment makers, lobster and grouper, charcoal, maize snacks); in 2022 tenun ikat
 * sold Rp37 billion abroad, garments Rp92 billion and handicraft Rp95 million, to Japan, the United
 * States, China, Australia, India, Malaysia, Korea, the United Kingdom, Turkey and Taiwan. Names,
 * buyers and the split between units are invented; the totals are the seeds'.
 */
final class ExportDemoLedger {

  /** An exporter the demo registers: its KBLI, village, and sales (all keep it an IKM). */
  record Exporter(String name, String product, String kbli, String village, long annualSales) {}

  /** One shipment; {@code rate} is null for rupiah. */
  record Line(
      int exporter,
      LocalDate shippedOn,
      String hsCode,
      String commodity,
      String country,
      String currency,
      String value,
      String rate,
      LocalDate rateDate,
      boolean verified) {

    BigDecimal amount() {
      return new BigDecimal(value);
    }
  }

  /** The index of R n D Handycraft, which the registry demo already holds. */
  static final int HANDICRAFT = 9;

  static final List<Exporter> EXPORTERS =
      List.of(
          new Exporter(
              "Pupuk Organik Tani Makmur",
              "pupuk organik",
              "20121",
              "35.24.12.2001",
              4_000_000_000L),
          new Exporter("Snack Mekar Sari", "aneka snack", "10794", "35.24.17.2001", 3_500_000_000L),
          new Exporter(
              "Tenun Ikat Parengan",
              "sarung tenun ikat",
              "13122",
              "35.24.09.2001",
              40_000_000_000L),
          new Exporter(
              "Anyaman Bambu Sumberwudi",
              "anyaman bambu",
              "16291",
              "35.24.05.1001",
              5_500_000_000L),
          new Exporter(
              "Konveksi Sumber Rejeki", "kemeja katun", "14111", "35.24.22.1012", 49_000_000_000L),
          new Exporter(
              "Konveksi Putra Bangsa", "celana katun", "14111", "35.24.08.2001", 46_000_000_000L),
          new Exporter(
              "Lobster Kerapu Paciran",
              "lobster dan kerapu hidup",
              "46206",
              "35.24.14.1001",
              10_000_000_000L),
          new Exporter(
              "Arang Kayu Sejahtera", "arang kayu", "20115", "35.24.10.2001", 3_900_000_000L),
          new Exporter(
              "Brondong Jagung Lestari",
              "olahan jagung",
              "10794",
              "35.24.07.1010",
              3_300_000_000L));

  private static final String IDR = "IDR";

  static final List<Line> LINES =
      List.of(
          // 2019: Rp55.721 billion from nine units
          idr(0, 2019, 5, "310100", "Pupuk organik granul", "MY", "3150000000"),
          idr(1, 2019, 7, "190590", "Keripik singkong dan pisang", "MY", "2870000000"),
          idr(2, 2019, 3, "520849", "Sarung tenun ikat", "JP", "9640000000"),
          idr(3, 2019, 8, "460211", "Keranjang anyaman bambu", "US", "4365000000"),
          usd(
              4,
              LocalDate.of(2019, 6, 28),
              "620520",
              "Kemeja katun pria",
              "US",
              "1000000",
              "14250"),
          idr(5, 2019, 10, "620462", "Celana katun wanita", "AU", "6804000000"),
          idr(6, 2019, 4, "030631", "Lobster hidup", "CN", "7450000000"),
          idr(6, 2019, 9, "030199", "Kerapu hidup", "CN", "1320000000"),
          idr(7, 2019, 11, "440290", "Arang kayu", "KR", "3112000000"),
          idr(8, 2019, 6, "190410", "Brondong jagung", "MY", "2760000000"),
          // 2020: Rp43.742 billion, down with the pandemic
          idr(0, 2020, 5, "310100", "Pupuk organik granul", "MY", "2480000000"),
          idr(1, 2020, 7, "190590", "Keripik singkong dan pisang", "MY", "2115000000"),
          idr(2, 2020, 3, "520849", "Sarung tenun ikat", "JP", "7902000000"),
          idr(3, 2020, 8, "460211", "Keranjang anyaman bambu", "AU", "3458000000"),
          usd(4, LocalDate.of(2020, 9, 30), "620520", "Kemeja katun pria", "US", "782000", "15000"),
          idr(5, 2020, 10, "620462", "Celana katun wanita", "KR", "5210000000"),
          idr(6, 2020, 4, "030631", "Lobster hidup", "CN", "5870000000"),
          idr(6, 2020, 9, "030199", "Kerapu hidup", "CN", "960000000"),
          idr(7, 2020, 11, "440290", "Arang kayu", "TR", "2540000000"),
          idr(8, 2020, 6, "190410", "Brondong jagung", "MY", "1477000000"),
          // 2022: tenun ikat Rp37 billion, konveksi Rp92 billion, kerajinan Rp95 million
          idr(2, 2022, 2, "520849", "Sarung tenun ikat", "JP", "15000000000"),
          idr(2, 2022, 5, "520849", "Sarung tenun ikat", "US", "9000000000"),
          idr(2, 2022, 8, "520849", "Sarung tenun ikat", "AU", "6500000000"),
          idr(2, 2022, 11, "520849", "Sarung tenun ikat", "MY", "6500000000"),
          usd(
              4,
              LocalDate.of(2022, 6, 30),
              "620520",
              "Kemeja katun pria",
              "US",
              "2000000",
              "15000"),
          idr(4, 2022, 8, "620520", "Kemeja katun pria", "GB", "10000000000"),
          idr(4, 2022, 10, "620520", "Kemeja katun pria", "TR", "8000000000"),
          idr(5, 2022, 3, "620462", "Celana katun wanita", "KR", "14000000000"),
          idr(5, 2022, 6, "620462", "Celana katun wanita", "TW", "12000000000"),
          idr(5, 2022, 9, "620462", "Celana katun wanita", "IN", "10000000000"),
          idr(5, 2022, 12, "620462", "Celana katun wanita", "CN", "8000000000"),
          idr(HANDICRAFT, 2022, 7, "442090", "Kotak perhiasan kayu ukir", "JP", "60000000"),
          // recorded by its owner and not verified yet: the verified-only total is Rp35 million
          // less
          new Line(
              HANDICRAFT,
              LocalDate.of(2022, 11, 15),
              "442090",
              "Hiasan dinding kayu",
              "AU",
              IDR,
              "35000000",
              null,
              null,
              false));

  private ExportDemoLedger() {}

  private static Line idr(
      int exporter, int year, int month, String hs, String what, String cc, String value) {
    return new Line(
        exporter, LocalDate.of(year, month, 15), hs, what, cc, IDR, value, null, null, true);
  }

  private static Line usd(
      int exporter, LocalDate on, String hs, String what, String cc, String value, String rate) {
    return new Line(exporter, on, hs, what, cc, "USD", value, rate, on.minusDays(1), true);
  }
}
