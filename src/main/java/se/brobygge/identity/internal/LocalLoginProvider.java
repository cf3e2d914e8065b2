package se.brobygge.identity.internal;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * E-mail and password login for local accounts, refused once an account has had too many failed
 * attempts within a minute (even with the right password, so that guessing gains nothing).
 */
@Component
public class LocalLoginProvider implements AuthenticationProvider {

    private final DaoAuthenticationProvider delegate;
    private final LoginRateLimiter limiter;

    LocalLoginProvider(AccountRepository accounts, AccountAuthorities authorities, PasswordEncoder passwordEncoder,
            LoginRateLimiter limiter) {
        this.delegate = new DaoAuthenticationProvider(new AccountUserDetailsService(accounts, authorities));
        this.delegate.setPasswordEncoder(passwordEncoder);
        this.limiter = limiter;
    }

    @Override
    public Authentication authenticate(Authentication authentication) {
        String username = String.valueOf(authentication.getPrincipal());
        if (!limiter.allowsAttempt(username)) {
            throw new LoginRateLimitedException();
        }
        try {
            return delegate.authenticate(authentication);
        } catch (BadCredentialsException e) {
            limiter.recordFailure(username);
            throw e;
        }
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }
}
