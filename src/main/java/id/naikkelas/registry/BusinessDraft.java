package id.naikkelas.registry;

import static io.swagger.v3.oas.annotations.media.Schema.RequiredMode.REQUIRED;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.JsonIgnore;
import id.naikkelas.platform.FieldProblem;
import id.naikkelas.platform.RupiahJson;
import id.naikkelas.platform.Sex;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Schema;
import java.math.BigDecimal;
import java.util.List;
import tools.jackson.databind.annotation.JsonDeserialize;

/**
 * A business record and its owner, typed, as the API receives it; a form or a spreadsheet row reads
 * its text into one with {@link DraftText}. Checked whole by {@link DraftChecker}, the one place
 * that enforces the rules declared here (the constants below are shared with it); problems are
 * named by field.
 *
 * @param unread what a form or a row could not read into a typed field (the field is then null),
 *     reported with the checker's problems; never part of a request body
 */
@Schema(description = "A business record and its owner; checked whole, problems named by field")
public record BusinessDraft(
    @Schema(
            requiredMode = REQUIRED,
            pattern = NIK,
            example = "3524171208850001",
            description = "NIK of the owner, 16 digits")
        String nik,
    @Schema(requiredMode = REQUIRED, minLength = 1, maxLength = OWNER_NAME_MAX) String ownerName,
    @JsonDeserialize(using = SexJson.class)
        @Schema(
            description =
                "Omit to take the one the NIK encodes; L (laki-laki) and P (perempuan) are read"
                    + " too; must agree with the NIK")
        Sex sex,
    @Schema(
            example = "0812-3456-7890",
            maxLength = PHONE_MAX,
            description = "typed as 0812…; stored as E.164")
        String phone,
    @Schema(format = "email", maxLength = EMAIL_MAX) String email,
    @Schema(maxLength = ADDRESS_MAX) String ownerAddress,
    @Schema(
            pattern = VILLAGE_OR_EMPTY,
            example = "35.24.17.2007",
            description = "Kemendagri village code of the owner's home; empty for the business's")
        String ownerVillageCode,
    @Schema(requiredMode = REQUIRED, minLength = 1, maxLength = BUSINESS_NAME_MAX)
        String businessName,
    @Schema(pattern = NIB_OR_EMPTY, description = "NIB, 13 digits, optional") String nib,
    @Schema(
            minimum = "2020",
            maximum = "2025",
            defaultValue = "2020",
            description = "the KBLI edition of the codes: 2020 or 2025")
        Integer kbliVersion,
    @JsonFormat(with = JsonFormat.Feature.ACCEPT_SINGLE_VALUE_AS_ARRAY)
        @ArraySchema(
            schema = @Schema(pattern = KBLI, example = "10792"),
            arraySchema =
                @Schema(
                    requiredMode = REQUIRED,
                    description = "KBLI codes of that version, 5 digits each"),
            minItems = 1)
        List<String> kbliCodes,
    @JsonDeserialize(using = RupiahJson.class)
        @Schema(
            minimum = "0",
            example = "25000000",
            description = "rupiah; a number, or text as typed (\"Rp25.000.000\")")
        BigDecimal capital,
    @JsonDeserialize(using = RupiahJson.class)
        @Schema(
            minimum = "0",
            example = "180000000",
            description = "rupiah; a number, or text as typed (\"Rp180.000.000\")")
        BigDecimal annualSales,
    @Schema(minimum = "" + EMPLOYEES_MIN, maximum = "" + EMPLOYEES_MAX) Integer employees,
    @Schema(minimum = "" + YEAR_FOUNDED_MIN, description = "1900 to this year") Integer yearFounded,
    @Schema(
            requiredMode = REQUIRED,
            pattern = VILLAGE,
            example = "35.24.17.2007",
            description = "Kemendagri village code inside the caller's scope")
        String villageCode,
    @Schema(maxLength = ADDRESS_MAX) String address,
    @JsonFormat(with = JsonFormat.Feature.ACCEPT_SINGLE_VALUE_AS_ARRAY)
        @ArraySchema(
            schema =
                @Schema(
                    format = "uri",
                    maxLength = CHANNEL_MAX,
                    example = "https://shopee.co.id/keripikbusri"),
            arraySchema = @Schema(description = "web addresses of shops and social accounts"),
            maxItems = CHANNELS_MAX)
        List<String> onlineChannels,
    Boolean sellsOnline,
    Boolean ikm,
    Boolean exporter,
    @Schema(maxLength = PIRT_MAX) String pirtNumber,
    @Schema(maxLength = CERTIFICATE_MAX) String halalNumber,
    @Schema(maxLength = CERTIFICATE_MAX) String trademarkNumber,
    Boolean whatsappConsent,
    @JsonIgnore @Schema(hidden = true) List<FieldProblem> unread) {

  static final String NIK = "\\d{16}";
  static final String NIB = "\\d{13}";
  static final String NIB_OR_EMPTY = "^$|" + NIB;
  static final String KBLI = "\\d{5}";
  static final String VILLAGE = "\\d{2}\\.\\d{2}\\.\\d{2}\\.\\d{4}";
  static final String VILLAGE_OR_EMPTY = "^$|" + VILLAGE;
  static final int OWNER_NAME_MAX = 120;
  static final int BUSINESS_NAME_MAX = 160;
  static final int PHONE_MAX = 30;
  static final int EMAIL_MAX = 120;
  static final int ADDRESS_MAX = 300;
  static final int CHANNEL_MAX = 300;
  static final int CHANNELS_MAX = 10;
  static final int PIRT_MAX = 40;
  static final int CERTIFICATE_MAX = 60;
  static final int EMPLOYEES_MIN = 0;
  static final int EMPLOYEES_MAX = 1_000_000;
  static final int YEAR_FOUNDED_MIN = 1900;

  /**
   * Absent flags (a partial JSON body) mean no; absent lists are empty; a list item holding several
   * values separated by commas or spaces ({@code "10792, 10794"}, as the API took them before it
   * took lists) is split, and empty items are dropped.
   */
  public BusinessDraft {
    kbliCodes = items(kbliCodes);
    onlineChannels = items(onlineChannels);
    sellsOnline = Boolean.TRUE.equals(sellsOnline);
    ikm = Boolean.TRUE.equals(ikm);
    exporter = Boolean.TRUE.equals(exporter);
    whatsappConsent = Boolean.TRUE.equals(whatsappConsent);
    unread = unread == null ? List.of() : List.copyOf(unread);
  }

  private static List<String> items(List<String> values) {
    if (values == null) {
      return List.of();
    }
    return values.stream()
        .filter(java.util.Objects::nonNull)
        .flatMap(v -> java.util.Arrays.stream(v.strip().split("[,\\s]+")))
        .filter(v -> !v.isEmpty())
        .toList();
  }

  /** Whether the text of the field could not be read (see {@link DraftText}). */
  boolean misread(String field) {
    return unread.stream().anyMatch(p -> p.field().equals(field));
  }

  /** A draft whose every field was typed (the API's and the code's): nothing unread. */
  public BusinessDraft(
      String nik,
      String ownerName,
      Sex sex,
      String phone,
      String email,
      String ownerAddress,
      String ownerVillageCode,
      String businessName,
      String nib,
      Integer kbliVersion,
      List<String> kbliCodes,
      BigDecimal capital,
      BigDecimal annualSales,
      Integer employees,
      Integer yearFounded,
      String villageCode,
      String address,
      List<String> onlineChannels,
      Boolean sellsOnline,
      Boolean ikm,
      Boolean exporter,
      String pirtNumber,
      String halalNumber,
      String trademarkNumber,
      Boolean whatsappConsent) {
    this(
        nik,
        ownerName,
        sex,
        phone,
        email,
        ownerAddress,
        ownerVillageCode,
        businessName,
        nib,
        kbliVersion,
        kbliCodes,
        capital,
        annualSales,
        employees,
        yearFounded,
        villageCode,
        address,
        onlineChannels,
        sellsOnline,
        ikm,
        exporter,
        pirtNumber,
        halalNumber,
        trademarkNumber,
        whatsappConsent,
        List.of());
  }
}
