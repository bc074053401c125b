package id.naikkelas.registry;

import id.naikkelas.platform.Nik;
import java.math.BigDecimal;
import java.util.List;

/** A draft that passed every check, with its values parsed. */
public record CheckedDraft(
    Nik nik,
    String ownerName,
    String phoneE164,
    String email,
    String ownerAddress,
    String ownerVillageCode,
    String businessName,
    String nameKey,
    String nib,
    int kbliVersion,
    List<String> kbliCodes,
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
    boolean whatsappConsent) {}
