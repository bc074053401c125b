package id.naikkelas.registry;

import java.util.List;

/** One line of the officer's list: masked NIK, no other personal data. */
public record BusinessRow(
    long id,
    String name,
    String ownerName,
    String nikMasked,
    String nib,
    List<String> kbliCodes,
    SizeClass sizeClass,
    BusinessStatus status,
    String villageCode,
    String villageName,
    String districtName,
    boolean online,
    boolean exporter,
    boolean ikm) {}
