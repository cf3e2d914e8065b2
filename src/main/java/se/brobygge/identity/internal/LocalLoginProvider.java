package se.brobygge.identity.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.authentication.AccountStatusUserDetailsChecker;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import se.brobygge.shared.ratelimit.ClientAddress;
import se.brobygge.shared.ratelimit.RateLimits;

/**
 * E-mail and password login for local accounts. Failed attempts are counted against the account
 * (however its address is spelt), against the client address, and against a ceiling for the
 * whole application; when any of them is used up, logins are refused without looking at the
 * password (even the right one, so that guessing gains nothing). Whether an account still waits
 * for its address to be confirmed is told only after the right password, so a wrong one answers
 * the same for every address.
 */
@Component
public class LocalLoginProvider implements AuthenticationProvider {

    private static final Logger log = LoggerFactory.getLogger(LocalLoginProvider.class);

    /** Failed logins per account (per folded address when there is none); successful ones are not counted. */
    static final String LOGIN = "login";
    /** Failed logins per client address, whichever accounts they were for (guessing across accounts). */
    static final String LOGIN_CLIENT = "login-client";
    /** Failed logins in the whole application (guessing from many addresses). */
    static final String LOGIN_GLOBAL = "login-global";

    private static final String EVERYONE = "all";

    private final DaoAuthenticationProvider delegate;
    private final AccountRepository accounts;
    private final RateLimits limits;
    private final Clock clock;
    private final AtomicReference<Instant> ceilingLogged = new AtomicReference<>(Instant.EPOCH);

    LocalLoginProvider(
            AccountRepository accounts,
            AccountAuthorities authorities,
            PasswordEncoder passwordEncoder,
            RateLimits limits,
            Clock clock) {
        this.delegate = new DaoAuthenticationProvider(new AccountUserDetailsService(accounts, authorities));
        this.delegate.setPasswordEncoder(passwordEncoder);
        // an unconfirmed address (a disabled user) is reported only once the password was right
        this.delegate.setPreAuthenticationChecks(user -> {});
        this.delegate.setPostAuthenticationChecks(new AccountStatusUserDetailsChecker());
        this.accounts = accounts;
        this.limits = limits;
        this.clock = clock;
    }

    @Override
    public Authentication authenticate(Authentication authentication) {
        String typed = String.valueOf(authentication.getPrincipal());
        Optional<Account> account = accounts.findByEmail(typed.strip().toLowerCase(Locale.ROOT));
        List<Counter> counters = counters(AttemptKeys.of(account, typed));
        for (Counter counter : counters) {
            if (!limits.allows(counter.action(), counter.caller())) {
                if (counter.action().equals(LOGIN_GLOBAL)) {
                    logCeiling();
                }
                throw new LoginRateLimitedException();
            }
        }
        try {
            return delegate.authenticate(authentication);
        } catch (BadCredentialsException e) {
            counters.forEach(counter -> limits.record(counter.action(), counter.caller()));
            throw e;
        }
    }

    private record Counter(String action, String caller) {}

    private static List<Counter> counters(String accountKey) {
        Optional<String> client = ClientAddress.current();
        return client.isPresent()
                ? List.of(
                        new Counter(LOGIN, accountKey),
                        new Counter(LOGIN_CLIENT, client.get()),
                        new Counter(LOGIN_GLOBAL, EVERYONE))
                : List.of(new Counter(LOGIN, accountKey), new Counter(LOGIN_GLOBAL, EVERYONE));
    }

    /** Operators should know when everyone is locked out; once a minute at most. */
    private void logCeiling() {
        Instant now = clock.instant();
        Instant last = ceilingLogged.get();
        if (Duration.between(last, now).compareTo(Duration.ofMinutes(1)) >= 0
                && ceilingLogged.compareAndSet(last, now)) {
            log.warn(
                    "Logins refused: more than {} failed logins in the whole application within {}",
                    limits.limit(LOGIN_GLOBAL).capacity(),
                    limits.limit(LOGIN_GLOBAL).period());
        }
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }
}
