package id.naikkelas.region;

/** One region of the hierarchy, as other modules and the API see it. */
public record Region(String code, String name, RegionLevel level, String parentCode) {}
