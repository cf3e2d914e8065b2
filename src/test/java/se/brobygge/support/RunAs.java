package se.brobygge.support;

import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Callable;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

/** Calls services as a given account with given roles, on the current thread. */
public final class RunAs {

    private RunAs() {}

    public static <T> T as(TestAccounts.Created account, String role, Callable<T> action) {
        return as(account, new String[] {role}, action);
    }

    public static <T> T as(TestAccounts.Created account, String[] roles, Callable<T> action) {
        var authentication = UsernamePasswordAuthenticationToken.authenticated(
                new TestPrincipal(account.id(), account.displayName(), account.email()),
                null,
                Arrays.stream(roles)
                        .map(r -> new SimpleGrantedAuthority("ROLE_" + r))
                        .toList());
        return with(authentication, action);
    }

    private static <T> T with(Authentication authentication, Callable<T> action) {
        var previous = SecurityContextHolder.getContext().getAuthentication();
        SecurityContextHolder.getContext().setAuthentication(authentication);
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

    public static void run(TestAccounts.Created account, String role, Runnable action) {
        as(account, role, () -> {
            action.run();
            return null;
        });
    }

    /** As a visitor who is not signed in (Spring Security's anonymous authentication). */
    public static <T> T anonymously(Callable<T> action) {
        return with(
                new AnonymousAuthenticationToken(
                        "anonymous", "anonymousUser", List.of(new SimpleGrantedAuthority("ROLE_ANONYMOUS"))),
                action);
    }
}
