package id.naikkelas.training;

public enum EventType {
  TRAINING,
  STUDY_TRIP,
  BUSINESS_MATCHING,
  EXHIBITION
}
