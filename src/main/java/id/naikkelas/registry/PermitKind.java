package id.naikkelas.registry;

import org.springframework.modulith.NamedInterface;

/** The permits a business's record holds: its NIB and its legality numbers. */
@NamedInterface("permits")
public enum PermitKind {
  NIB,
  PIRT,
  HALAL,
  TRADEMARK
}
