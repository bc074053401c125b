package id.naikkelas.licensing;

/** A stage of a request was completed (and the request moved on to the next). */
public record LicensingStageCompleted(
    long requestId, LicenceKind kind, Stage stage, String regionCode) {}
