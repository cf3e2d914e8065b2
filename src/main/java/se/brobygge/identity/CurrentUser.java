package se.brobygge.identity;

import java.util.Optional;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * Who is signed in, for services and views. Works for local accounts and OIDC logins alike.
 */
@Component
public class CurrentUser {

    /** Implemented by every principal that belongs to a Brobygge account. */
    public interface AccountPrincipal {
        AccountId accountId();

        String displayName();
    }

    public Optional<AccountId> id() {
        return principal().map(AccountPrincipal::accountId);
    }

    public Optional<String> displayName() {
        return principal().map(AccountPrincipal::displayName);
    }

    public AccountId require() {
        return id().orElseThrow(() -> new AccessDeniedException("Not signed in"));
    }

    public boolean isSignedIn() {
        return principal().isPresent();
    }

    public boolean hasRole(String role) {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        return auth != null && auth.getAuthorities().stream().anyMatch(a -> ("ROLE_" + role).equals(a.getAuthority()));
    }

    private Optional<AccountPrincipal> principal() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth == null || auth instanceof AnonymousAuthenticationToken || !auth.isAuthenticated()) {
            return Optional.empty();
        }
        return auth.getPrincipal() instanceof AccountPrincipal p ? Optional.of(p) : Optional.empty();
    }
}
