package id.naikkelas.registry;

/**
 * A business record as typed into a form, sent to the API or read from a spreadsheet row: text as
 * given, checked by {@link DraftChecker}. Field names are the ones problems are reported on.
 */
public record BusinessDraft(
    String nik,
    String ownerName,
    String sex,
    String phone,
    String email,
    String ownerAddress,
    String ownerVillageCode,
    String businessName,
    String nib,
    String kbliVersion,
    String kbliCodes,
    String capital,
    String annualSales,
    String employees,
    String yearFounded,
    String villageCode,
    String address,
    String onlineChannels,
    Boolean sellsOnline,
    Boolean ikm,
    Boolean exporter,
    String pirtNumber,
    String halalNumber,
    String trademarkNumber,
    Boolean whatsappConsent) {

  /** Absent flags (a partial JSON body) mean no. */
  public BusinessDraft {
    sellsOnline = Boolean.TRUE.equals(sellsOnline);
    ikm = Boolean.TRUE.equals(ikm);
    exporter = Boolean.TRUE.equals(exporter);
    whatsappConsent = Boolean.TRUE.equals(whatsappConsent);
  }
}
