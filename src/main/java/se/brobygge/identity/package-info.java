/**
 * Accounts, roles, login (OIDC and local accounts), the current user and the base profile.
 */
@ApplicationModule(displayName = "Identity")
@NullMarked
package se.brobygge.identity;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
