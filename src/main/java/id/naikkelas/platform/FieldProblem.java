package id.naikkelas.platform;

/**
 * One thing wrong with one field of a request, as a message key and its arguments so that each page
 * or API answer can say it in the caller's language.
 */
public record FieldProblem(String field, String messageKey, Object... args) {}
