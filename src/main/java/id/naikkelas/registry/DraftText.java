package id.naikkelas.registry;

import id.naikkelas.platform.Amounts;
import id.naikkelas.platform.FieldProblem;
import id.naikkelas.platform.Sex;
import java.math.BigDecimal;
import java.time.Year;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * A {@link BusinessDraft} as text, the way a page form posts it and a spreadsheet row holds it.
 * {@link #read()} turns it into the typed draft; a value that does not read (an amount, a number,
 * the KBLI version, the sex letter) leaves its field empty and is reported in {@link
 * BusinessDraft#unread()} with the message key the checker reports it with. Every other rule is the
 * checker's ({@link DraftChecker}).
 */
public record DraftText(
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
    boolean sellsOnline,
    boolean ikm,
    boolean exporter,
    String pirtNumber,
    String halalNumber,
    String trademarkNumber,
    boolean whatsappConsent) {

  /** The typed draft, with what did not read. */
  public BusinessDraft read() {
    List<FieldProblem> unread = new ArrayList<>();
    return new BusinessDraft(
        nik,
        ownerName,
        sex(sex, unread),
        phone,
        email,
        ownerAddress,
        ownerVillageCode,
        businessName,
        nib,
        kbliVersion(kbliVersion, unread),
        split(kbliCodes),
        amount(capital, "capital", unread),
        amount(annualSales, "annualSales", unread),
        number(
            employees,
            "employees",
            BusinessDraft.EMPLOYEES_MIN,
            BusinessDraft.EMPLOYEES_MAX,
            unread),
        number(
            yearFounded,
            "yearFounded",
            BusinessDraft.YEAR_FOUNDED_MIN,
            Year.now(DraftChecker.WIB).getValue(),
            unread),
        villageCode,
        address,
        split(onlineChannels),
        sellsOnline,
        ikm,
        exporter,
        pirtNumber,
        halalNumber,
        trademarkNumber,
        whatsappConsent,
        unread);
  }

  private static Sex sex(String text, List<FieldProblem> unread) {
    if (!present(text)) {
      return null;
    }
    Sex sex = Sex.ofLetter(text);
    if (sex == null) {
      unread.add(new FieldProblem("sex", "registry.sex.invalid"));
    }
    return sex;
  }

  private static Integer kbliVersion(String text, List<FieldProblem> unread) {
    if (!present(text)) {
      return null;
    }
    return switch (text.strip()) {
      case "2020" -> 2020;
      case "2025" -> 2025;
      default -> {
        unread.add(new FieldProblem("kbliVersion", "registry.kbli.version"));
        yield null;
      }
    };
  }

  private static BigDecimal amount(String text, String field, List<FieldProblem> unread) {
    if (!present(text)) {
      return null;
    }
    Optional<BigDecimal> amount = Amounts.parse(text);
    if (amount.isEmpty()) {
      unread.add(new FieldProblem(field, "registry.amount.invalid", text.strip()));
    }
    return amount.orElse(null);
  }

  /** An integer; text that is none is reported with the range the checker holds it to. */
  private static Integer number(
      String text, String field, int min, int max, List<FieldProblem> unread) {
    if (!present(text)) {
      return null;
    }
    try {
      return Integer.valueOf(text.strip());
    } catch (NumberFormatException e) {
      unread.add(new FieldProblem(field, "registry.number.range", min, max));
      return null;
    }
  }

  /** Codes or links separated by commas, semicolons or white space. */
  static List<String> split(String text) {
    if (!present(text)) {
      return List.of();
    }
    return Arrays.stream(text.split("[,;\\s]+")).filter(s -> !s.isBlank()).distinct().toList();
  }

  private static boolean present(String text) {
    return text != null && !text.isBlank();
  }
}
