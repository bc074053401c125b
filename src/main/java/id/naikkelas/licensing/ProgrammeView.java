package id.naikkelas.licensing;

/** A programme with the places its quota has given and the requests waiting for one. */
public record ProgrammeView(
    long id,
    String name,
    LicenceKind kind,
    int year,
    int quota,
    String regionScope,
    int placesTaken,
    long waiting) {}
