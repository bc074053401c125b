package id.naikkelas.registry;

import java.math.BigDecimal;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

/** Valid drafts with unique NIKs and NIBs, for a village of Sukodadi unless told otherwise. */
public final class BusinessDraftFixture {

  private static final AtomicInteger SEQUENCE = new AtomicInteger();

  private BusinessDraftFixture() {}

  /** A unique, valid NIK registered in the district of the village. */
  public static String nik(String villageCode) {
    int n = SEQUENCE.incrementAndGet();
    String district = villageCode.substring(0, 8).replace(".", "");
    int day = 1 + (n / 9999) % 28;
    return district + "%02d%02d%02d%04d".formatted(day, 1 + n % 12, 60 + n % 40, 1 + n % 9999);
  }

  public static String nib() {
    return "91%011d".formatted(SEQUENCE.incrementAndGet());
  }

  public static BusinessDraft draft(String villageCode) {
    return draft(
        villageCode, nik(villageCode), "Keripik Tempe Bu Sri " + SEQUENCE.incrementAndGet());
  }

  public static BusinessDraft draft(String villageCode, String nik, String businessName) {
    return new BusinessDraft(
        nik,
        "Sri Wahyuni",
        null,
        "0812-3456-7890",
        "sri@example.id",
        "Jl. Raya Sukodadi 1",
        "",
        businessName,
        nib(),
        2020,
        List.of("10792"),
        new BigDecimal("25000000"),
        new BigDecimal("180000000"),
        3,
        2015,
        villageCode,
        "Jl. Raya Sukodadi 1",
        List.of("https://shopee.co.id/keripikbusri"),
        true,
        false,
        false,
        "P-IRT 2063524010001-25",
        "",
        "",
        true);
  }

  /** The same draft with another NIB and WhatsApp consent. */
  public static BusinessDraft with(BusinessDraft d, String nib, boolean whatsappConsent) {
    return new BusinessDraft(
        d.nik(),
        d.ownerName(),
        d.sex(),
        d.phone(),
        d.email(),
        d.ownerAddress(),
        d.ownerVillageCode(),
        d.businessName(),
        nib,
        d.kbliVersion(),
        d.kbliCodes(),
        d.capital(),
        d.annualSales(),
        d.employees(),
        d.yearFounded(),
        d.villageCode(),
        d.address(),
        d.onlineChannels(),
        d.sellsOnline(),
        d.ikm(),
        d.exporter(),
        d.pirtNumber(),
        d.halalNumber(),
        d.trademarkNumber(),
        whatsappConsent);
  }

  /** The same draft with other owner fields (NIK, name, phone, e-mail, address, home village). */
  public static BusinessDraft withOwner(
      BusinessDraft d,
      String nik,
      String ownerName,
      String phone,
      String email,
      String ownerAddress,
      String ownerVillageCode) {
    return new BusinessDraft(
        nik,
        ownerName,
        null,
        phone,
        email,
        ownerAddress,
        ownerVillageCode,
        d.businessName(),
        d.nib(),
        d.kbliVersion(),
        d.kbliCodes(),
        d.capital(),
        d.annualSales(),
        d.employees(),
        d.yearFounded(),
        d.villageCode(),
        d.address(),
        d.onlineChannels(),
        d.sellsOnline(),
        d.ikm(),
        d.exporter(),
        d.pirtNumber(),
        d.halalNumber(),
        d.trademarkNumber(),
        d.whatsappConsent());
  }
}
