package id.naikkelas.registry;

/** How a record entered the registry. */
public enum BusinessSource {
  FORM,
  SELF_REGISTRATION,
  IMPORT
}
