package id.naikkelas.registry;

/** Business size after PP 7/2021 article 35. */
public enum SizeClass {
  MICRO,
  SMALL,
  MEDIUM,
  LARGE
}
