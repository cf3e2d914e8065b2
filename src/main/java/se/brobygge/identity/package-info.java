/**
 * Accounts, roles, login (OIDC and local accounts), the current user and the base profile.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Identity")
@org.jspecify.annotations.NullMarked
package se.brobygge.identity;
