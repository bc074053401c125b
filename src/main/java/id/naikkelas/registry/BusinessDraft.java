package id.naikkelas.registry;

import static io.swagger.v3.oas.annotations.media.Schema.RequiredMode.REQUIRED;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * A business record as typed into a form, sent to the API or read from a spreadsheet row: text as
 * given, checked by {@link DraftChecker}. Field names are the ones problems are reported on.
 */
@Schema(
    description =
        "A business record and its owner, as text; checked whole, problems named by field")
public record BusinessDraft(
    @Schema(
            requiredMode = REQUIRED,
            pattern = "\\d{16}",
            description = "NIK of the owner, 16 digits")
        String nik,
    @Schema(requiredMode = REQUIRED, maxLength = 160) String ownerName,
    @Schema(
            allowableValues = {"L", "P", ""},
            description = "L or P; empty keeps the one derived from the NIK")
        String sex,
    @Schema(example = "0812-3456-7890", description = "typed as 0812…; stored as E.164")
        String phone,
    String email,
    String ownerAddress,
    @Schema(
            pattern = "^$|\\d{2}\\.\\d{2}\\.\\d{2}\\.\\d{4}",
            description = "Kemendagri village code; empty for the business's village")
        String ownerVillageCode,
    @Schema(requiredMode = REQUIRED, maxLength = 160) String businessName,
    @Schema(pattern = "^$|\\d{13}", description = "NIB, 13 digits, optional") String nib,
    @Schema(
            requiredMode = REQUIRED,
            allowableValues = {"2020", "2025"})
        String kbliVersion,
    @Schema(
            requiredMode = REQUIRED,
            example = "10792, 10794",
            description = "KBLI codes of that version, 5 digits each, separated by commas")
        String kbliCodes,
    @Schema(
            example = "Rp25.000.000",
            description = "rupiah, digits with optional Rp and dots; not negative")
        String capital,
    @Schema(
            example = "Rp180.000.000",
            description = "rupiah, digits with optional Rp and dots; not negative")
        String annualSales,
    @Schema(pattern = "^$|\\d{1,7}", description = "0 to 1,000,000") String employees,
    @Schema(pattern = "^$|\\d{4}", description = "1900 to this year") String yearFounded,
    @Schema(
            requiredMode = REQUIRED,
            pattern = "\\d{2}\\.\\d{2}\\.\\d{2}\\.\\d{4}",
            description = "Kemendagri village code inside the caller's scope")
        String villageCode,
    @Schema(maxLength = 300) String address,
    @Schema(
            description =
                "web addresses of shops and social accounts, separated by spaces or commas")
        String onlineChannels,
    Boolean sellsOnline,
    Boolean ikm,
    Boolean exporter,
    @Schema(maxLength = 40) String pirtNumber,
    @Schema(maxLength = 60) String halalNumber,
    @Schema(maxLength = 60) String trademarkNumber,
    Boolean whatsappConsent) {

  /** Absent flags (a partial JSON body) mean no. */
  public BusinessDraft {
    sellsOnline = Boolean.TRUE.equals(sellsOnline);
    ikm = Boolean.TRUE.equals(ikm);
    exporter = Boolean.TRUE.equals(exporter);
    whatsappConsent = Boolean.TRUE.equals(whatsappConsent);
  }
}
