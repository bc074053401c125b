package id.naikkelas.region.api;

import id.naikkelas.region.Region;
import id.naikkelas.region.RegionLevel;

/** A region as the API answers it. */
record RegionResponse(String code, String name, RegionLevel level, String parentCode) {

  static RegionResponse of(Region region) {
    return new RegionResponse(region.code(), region.name(), region.level(), region.parentCode());
  }
}
