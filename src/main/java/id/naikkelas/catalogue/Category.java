package id.naikkelas.catalogue;

/** Product categories of the public catalogue. */
public enum Category {
  FOOD_DRINK,
  FASHION_TEXTILE,
  CRAFT,
  AGRI_FISHERY,
  BEAUTY_HEALTH,
  SERVICE,
  OTHER
}
