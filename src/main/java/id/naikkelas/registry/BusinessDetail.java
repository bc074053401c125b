package id.naikkelas.registry;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/** A business record as officers see it; personal data masked, or withheld (see OwnerDetail). */
public record BusinessDetail(
    long id,
    String name,
    BusinessStatus status,
    BusinessSource source,
    String nib,
    int kbliVersion,
    List<String> kbliCodes,
    SizeClass sizeClass,
    SizeCriterion sizeCriterion,
    BigDecimal capital,
    BigDecimal annualSales,
    Integer employees,
    Integer yearFounded,
    String villageCode,
    String address,
    List<String> onlineChannels,
    boolean sellsOnline,
    boolean ikm,
    boolean exporter,
    String pirtNumber,
    String halalNumber,
    String trademarkNumber,
    Instant whatsappConsentAt,
    boolean demo,
    OwnerDetail owner,
    Instant createdAt,
    Instant updatedAt) {

  /** The same record with its owner withheld: the owner lives outside the caller's scope. */
  BusinessDetail withOwnerWithheld() {
    return new BusinessDetail(
        id,
        name,
        status,
        source,
        nib,
        kbliVersion,
        kbliCodes,
        sizeClass,
        sizeCriterion,
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
        whatsappConsentAt,
        demo,
        owner.asWithheld(),
        createdAt,
        updatedAt);
  }
}
