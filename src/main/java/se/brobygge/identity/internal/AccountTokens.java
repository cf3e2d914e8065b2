package se.brobygge.identity.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import se.brobygge.shared.Secrets;

/**
 * Issues and redeems single-use, expiring secrets for mail links. The raw secret leaves only in the
 * link; the database keeps its SHA-256 hash.
 */
@Component
public class AccountTokens {

    public record Issued(long id, String secret) {}

    /** A used CHANGE_EMAIL token: the account and the address it confirmed. */
    public record EmailChange(long accountId, String newEmail) {}

    private final AccountTokenRepository tokens;
    private final Clock clock;

    AccountTokens(AccountTokenRepository tokens, Clock clock) {
        this.tokens = tokens;
        this.clock = clock;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public Issued issue(long accountId, TokenPurpose purpose) {
        String secret = Secrets.newUrlToken();
        AccountToken token = tokens.save(new AccountToken(accountId, purpose, hash(secret), clock.instant()));
        return new Issued(token.id(), secret);
    }

    /** A link that confirms a new e-mail address for the account. */
    @Transactional(propagation = Propagation.MANDATORY)
    public Issued issueEmailChange(long accountId, String newEmail) {
        String secret = Secrets.newUrlToken();
        AccountToken token = tokens.save(new AccountToken(accountId, newEmail, hash(secret), clock.instant()));
        return new Issued(token.id(), secret);
    }

    /** Uses the token once: returns its account when the secret is known, unused and not expired. */
    @Transactional(propagation = Propagation.MANDATORY)
    public Optional<Long> redeem(String secret, TokenPurpose purpose) {
        return use(secret, purpose).map(AccountToken::accountId);
    }

    /** Uses a CHANGE_EMAIL token once: its account and new address, when known, unused and not expired. */
    @Transactional(propagation = Propagation.MANDATORY)
    public Optional<EmailChange> redeemEmailChange(String secret) {
        return use(secret, TokenPurpose.CHANGE_EMAIL)
                .filter(t -> t.newEmail() != null)
                .map(t -> new EmailChange(t.accountId(), Objects.requireNonNull(t.newEmail(), "filtered above")));
    }

    private Optional<AccountToken> use(String secret, TokenPurpose purpose) {
        if (secret.isBlank() || secret.length() > 100) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        return tokens.findForUse(hash(secret), purpose)
                .filter(t -> t.usableAt(now))
                .map(t -> {
                    t.markUsed(now);
                    return t;
                });
    }

    /** Checks a secret without using it (e.g. before showing the new-password form). */
    @Transactional(readOnly = true)
    public boolean isUsable(String secret, TokenPurpose purpose) {
        if (secret.isBlank() || secret.length() > 100) {
            return false;
        }
        Instant now = clock.instant();
        return tokens.findForCheck(hash(secret), purpose)
                .filter(t -> t.usableAt(now))
                .isPresent();
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public void invalidateAll(long accountId, TokenPurpose purpose) {
        tokens.invalidateAll(accountId, purpose, clock.instant());
    }

    static String hash(String secret) {
        return Secrets.sha256Hex(secret);
    }
}
