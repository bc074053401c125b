package id.naikkelas.access;

/** What it takes to open an account. */
public record NewAccount(
    String username, String password, String fullName, Role role, String scope) {}
