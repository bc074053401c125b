package id.naikkelas.access.api;

/** The id of what was just created. */
record UserCreated(long id) {}
