package id.naikkelas.licensing;

/** The officer a request is assigned to: id and name, no contact. */
public record Assignee(long id, String name) {}
