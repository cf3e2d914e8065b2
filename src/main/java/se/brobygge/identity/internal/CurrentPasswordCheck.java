package se.brobygge.identity.internal;

import java.util.Optional;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import se.brobygge.shared.InvalidInputException;
import se.brobygge.shared.ratelimit.RateLimits;

/**
 * Asks for the current password before a signed-in person changes how they sign in (password,
 * e-mail address), so that a session left open on a shared computer is not enough. Wrong tries
 * count against the same allowance as failed logins of the account, so this is no way around it.
 */
@Component
public class CurrentPasswordCheck {

    private final PasswordEncoder passwordEncoder;
    private final RateLimits rateLimits;

    CurrentPasswordCheck(PasswordEncoder passwordEncoder, RateLimits rateLimits) {
        this.passwordEncoder = passwordEncoder;
        this.rateLimits = rateLimits;
    }

    /**
     * @throws InvalidInputException {@code field} when the password is wrong, the account has none
     *                               (it signs in through the municipality's identity provider), or
     *                               there were too many wrong tries
     */
    public void require(Account account, String password, String field) {
        String hash = account.passwordHash();
        if (hash == null) {
            throw new InvalidInputException(field, "validation.currentPassword.none");
        }
        String key = AttemptKeys.of(Optional.of(account), account.email());
        if (!rateLimits.allows("login", key)) {
            throw new InvalidInputException(field, "validation.rateLimited");
        }
        if (!passwordEncoder.matches(password, hash)) {
            rateLimits.record("login", key);
            throw new InvalidInputException(field, "validation.currentPassword.wrong");
        }
    }
}
