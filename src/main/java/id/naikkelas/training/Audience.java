package id.naikkelas.training;

/** Who may register: anyone, owners of a registered business, or people who have none yet. */
public enum Audience {
  ANYONE,
  REGISTERED_BUSINESS,
  NEW_ENTREPRENEUR
}
