/**
 * Access: accounts, roles and region scopes, login and API tokens, password rules, login rate
 * limits and lock-out, and the security configuration of pages and the API.
 */
@ApplicationModule(
    displayName = "Access",
    allowedDependencies = {"platform", "region", "audit", "notification"})
package id.naikkelas.access;

import org.springframework.modulith.ApplicationModule;
