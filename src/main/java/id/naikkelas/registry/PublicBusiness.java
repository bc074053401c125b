package id.naikkelas.registry;

import java.util.List;

/**
 * A verified business as anyone may see it: never a NIK, a personal phone or an address. The
 * WhatsApp link is there only where the owner agreed to it.
 */
public record PublicBusiness(
    long id,
    String name,
    List<String> kbliCodes,
    String districtName,
    String regencyName,
    boolean ikm,
    boolean exporter,
    String whatsappLink) {}
