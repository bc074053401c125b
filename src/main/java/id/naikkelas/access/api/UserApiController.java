package id.naikkelas.access.api;

import id.naikkelas.access.AccountChanges;
import id.naikkelas.access.AccountView;
import id.naikkelas.access.Accounts;
import id.naikkelas.access.Actor;
import id.naikkelas.access.CurrentActor;
import id.naikkelas.access.NewAccount;
import id.naikkelas.access.Role;
import id.naikkelas.platform.InvalidInputException;
import id.naikkelas.platform.PageResponse;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.net.URI;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Accounts for administrators, and {@code /me} for everyone signed in. */
@RestController
@Tag(name = "Users", description = "Accounts, roles and region scopes")
class UserApiController {

  private final Accounts accounts;
  private final CurrentActor current;

  UserApiController(Accounts accounts, CurrentActor current) {
    this.accounts = accounts;
    this.current = current;
  }

  @GetMapping("/api/v1/users/me")
  @Operation(summary = "The caller's own account")
  UserResponse me() {
    return UserResponse.of(accounts.self(current.require()));
  }

  @PostMapping("/api/v1/users")
  @Operation(summary = "Open an account (admin; the scope must lie inside the admin's own)")
  ResponseEntity<UserCreated> create(@Valid @RequestBody UserRequest request) {
    long id =
        accounts.create(
            current.require(),
            new NewAccount(
                request.username(),
                request.password(),
                request.fullName(),
                request.role(),
                request.scope(),
                request.contact()));
    return ResponseEntity.created(URI.create("/api/v1/users/" + id)).body(new UserCreated(id));
  }

  @GetMapping("/api/v1/users")
  @Operation(summary = "Accounts inside the admin's scope, searchable by username or name")
  PageResponse<UserResponse> list(
      @RequestParam(defaultValue = "") String q,
      @RequestParam(required = false) Role role,
      @RequestParam(defaultValue = "0") int page,
      @RequestParam(defaultValue = "20") int size) {
    if (size < 1 || size > 200) {
      throw new InvalidInputException("size", "problem.pageSize", 1, 200);
    }
    return PageResponse.of(
        accounts.search(
            current.require(),
            q,
            role,
            PageRequest.of(Math.max(page, 0), size, Sort.by("username"))),
        UserResponse::of);
  }

  @GetMapping("/api/v1/users/{id}")
  @Operation(summary = "One account; 404 when outside the admin's scope")
  UserResponse get(@PathVariable long id) {
    return UserResponse.of(accounts.find(current.require(), id));
  }

  @PutMapping("/api/v1/users/{id}")
  @Operation(
      summary = "Change name, role, scope, enabled, contact, and optionally set a new password",
      description =
          "A new role, scope, enabled state or password ends the account's web sessions and"
              + " revokes all its API tokens (the caller's own too, when editing oneself).")
  UserResponse update(@PathVariable long id, @Valid @RequestBody UserUpdateRequest request) {
    Actor by = current.require();
    AccountView existing = accounts.find(by, id);
    accounts.update(
        by,
        id,
        new AccountChanges(
            request.fullName() == null ? existing.fullName() : request.fullName(),
            request.role() == null ? existing.role() : request.role(),
            request.scope() == null ? existing.scope() : request.scope(),
            request.enabled() == null ? existing.enabled() : request.enabled(),
            request.newPassword(),
            request.contact()));
    return UserResponse.of(accounts.find(by, id));
  }
}
