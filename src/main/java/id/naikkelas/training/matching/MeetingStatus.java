package id.naikkelas.training.matching;

/** A meeting asked for ({@code REQUESTED}), turned down, or given a slot and table. */
public enum MeetingStatus {
  REQUESTED,
  CONFIRMED,
  DECLINED
}
