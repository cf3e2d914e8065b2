package se.brobygge.identity.internal;

import org.springframework.security.core.AuthenticationException;

/** Too many failed logins for one account within a minute. */
public class LoginRateLimitedException extends AuthenticationException {

    public LoginRateLimitedException() {
        super("Too many failed login attempts; try again in a minute");
    }
}
