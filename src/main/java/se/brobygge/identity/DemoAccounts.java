package se.brobygge.identity;

import java.util.List;
import java.util.concurrent.Callable;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import se.brobygge.shared.LocalRunOnly;

/**
 * For the local run's demo loaders ({@link LocalRunOnly} beans) only: they
 * build their data through the secured services, so each step runs as the demo person who would
 * take it, with that person's role. The previous security context is restored afterwards.
 */
public final class DemoAccounts {

    private record DemoPrincipal(AccountId accountId, String displayName) implements CurrentUser.AccountPrincipal {}

    private DemoAccounts() {}

    /** Runs the action signed in as the given demo account with one role (a {@link Roles} constant). */
    public static <T> T as(AccountId account, String name, String role, Callable<T> action) {
        var previous = SecurityContextHolder.getContext().getAuthentication();
        SecurityContextHolder.getContext()
                .setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                        new DemoPrincipal(account, name), null, List.of(new SimpleGrantedAuthority("ROLE_" + role))));
        try {
            return action.call();
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        } finally {
            SecurityContextHolder.getContext().setAuthentication(previous);
        }
    }
}
