package se.brobygge.identity.internal;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

import se.brobygge.shared.ratelimit.RateLimits;

/**
 * E-mail and password login for local accounts, refused once an account has had too many failed
 * attempts within a minute (even with the right password, so that guessing gains nothing).
 */
@Component
public class LocalLoginProvider implements AuthenticationProvider {

    /** Failed logins per account (e-mail address); successful ones are not counted. */
    static final String LOGIN = "login";

    private final DaoAuthenticationProvider delegate;
    private final RateLimits limits;

    LocalLoginProvider(AccountRepository accounts, AccountAuthorities authorities, PasswordEncoder passwordEncoder,
            RateLimits limits) {
        this.delegate = new DaoAuthenticationProvider(new AccountUserDetailsService(accounts, authorities));
        this.delegate.setPasswordEncoder(passwordEncoder);
        this.limits = limits;
    }

    @Override
    public Authentication authenticate(Authentication authentication) {
        String username = String.valueOf(authentication.getPrincipal());
        if (!limits.allows(LOGIN, username)) {
            throw new LoginRateLimitedException();
        }
        try {
            return delegate.authenticate(authentication);
        } catch (BadCredentialsException e) {
            limits.record(LOGIN, username);
            throw e;
        }
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }
}
