package id.naikkelas.licensing;

import java.time.LocalDate;

/** A line of the officers' work queue: a request, where it stands and how long it has waited. */
public record QueueItem(
    long id,
    LicenceKind kind,
    long businessId,
    String villageCode,
    RequestStatus status,
    Stage stage,
    LocalDate appliedOn,
    long daysWaiting,
    ProgrammePlace programmePlace,
    String number,
    Assignee assignedTo) {

  QueueItem assignedTo(Assignee officer) {
    return new QueueItem(
        id,
        kind,
        businessId,
        villageCode,
        status,
        stage,
        appliedOn,
        daysWaiting,
        programmePlace,
        number,
        officer);
  }
}
