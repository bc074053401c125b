package id.naikkelas.registry;

import org.springframework.modulith.NamedInterface;

/** A business record's life: entered, checked by an officer, no longer active. */
@NamedInterface("lookup")
public enum BusinessStatus {
  DRAFT,
  VERIFIED,
  INACTIVE
}
