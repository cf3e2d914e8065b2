package se.brobygge.identity;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.interceptor.TransactionAspectSupport;
import se.brobygge.identity.internal.Account;
import se.brobygge.identity.internal.AccountRepository;
import se.brobygge.identity.internal.AccountTokens;
import se.brobygge.identity.internal.AttemptKeys;
import se.brobygge.identity.internal.PasswordPolicy;
import se.brobygge.identity.internal.TokenPurpose;
import se.brobygge.shared.InvalidInputException;
import se.brobygge.shared.InvalidInputException.FieldError;
import se.brobygge.shared.ReturnPath;
import se.brobygge.shared.i18n.Language;
import se.brobygge.shared.ratelimit.ClientAddress;
import se.brobygge.shared.ratelimit.RateLimits;
import se.brobygge.shared.text.PlainText;

/**
 * Local accounts for residents: registration with e-mail verification, and password reset by an
 * expiring single-use link. Open to anonymous visitors by nature.
 */
@Service
@PreAuthorize("permitAll()")
public class RegistrationService {

    /** Practical check of an address: one @, a dot in the domain, no spaces. The mail proves the rest. */
    static final Pattern EMAIL = Pattern.compile("^[^@\\s]{1,64}@[^@\\s]+\\.[^@\\s.]{2,}$");

    public enum VerificationResult {
        VERIFIED,
        INVALID_OR_EXPIRED
    }

    private final AccountRepository accounts;
    private final AccountTokens tokens;
    private final PasswordPolicy passwordPolicy;
    private final PasswordEncoder passwordEncoder;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    private final RateLimits rateLimits;
    private final AccountSessions sessions;

    RegistrationService(
            AccountRepository accounts,
            AccountTokens tokens,
            PasswordPolicy passwordPolicy,
            PasswordEncoder passwordEncoder,
            ApplicationEventPublisher events,
            Clock clock,
            RateLimits rateLimits,
            AccountSessions sessions) {
        this.rateLimits = rateLimits;
        this.sessions = sessions;
        this.accounts = accounts;
        this.tokens = tokens;
        this.passwordPolicy = passwordPolicy;
        this.passwordEncoder = passwordEncoder;
        this.events = events;
        this.clock = clock;
    }

    /**
     * Creates an unverified resident account and asks for the verification mail, all in one
     * transaction: either both happen or neither. When the address already has an account, nothing
     * is created and its owner gets a mail saying so instead; the caller shows the same answer
     * either way, so the page tells nobody which addresses have accounts. Both count against the
     * client address's registration allowance.
     *
     * @return the new account, or empty when the address already had one
     * @throws InvalidInputException with field errors (email, password, displayName); nothing is saved
     */
    @Transactional
    public Optional<AccountId> register(Registration registration) {
        String email = normaliseEmail(registration.email());
        List<FieldError> errors = new ArrayList<>();
        if (!EMAIL.matcher(email).matches() || email.length() > 254) {
            errors.add(new FieldError("email", "validation.email.invalid"));
        }
        passwordPolicy
                .problem(registration.password(), email)
                .ifPresent(key -> errors.add(new FieldError("password", key)));
        String displayName = PlainText.line(registration.displayName());
        if (displayName.length() < 2 || displayName.length() > 80) {
            errors.add(new FieldError("displayName", "validation.displayName.length"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        ClientAddress.current()
                .ifPresent(address -> rateLimits.acquire("registration", address, "email", "validation.rateLimited"));
        // hashed whether or not the address is taken, so the answer takes as long either way
        String passwordHash = passwordEncoder.encode(registration.password());
        Optional<Account> existing = accounts.findByEmail(email);
        if (existing.isPresent()) {
            Account owner = existing.get();
            // to the owner's own address (the one typed may differ in case or accents)
            events.publishEvent(new ExistingAccountRegistrationAttempted(
                    owner.accountId(), owner.email(), owner.displayName(), owner.preferredLanguage(), clock.instant()));
            return Optional.empty();
        }
        String language = Language.byCode(registration.preferredLanguage())
                .orElse(Language.DEFAULT)
                .code();
        Account account = new Account(email, displayName, language, clock.instant());
        account.changePassword(passwordHash);
        account.roles().add(Roles.RESIDENT);
        try {
            account = accounts.saveAndFlush(account);
        } catch (DataIntegrityViolationException raced) {
            // the same address registered a moment ago in another request, which sends the mail:
            // answer as usual, and roll back this one without an error
            TransactionAspectSupport.currentTransactionStatus().setRollbackOnly();
            return Optional.empty();
        }
        sendVerification(account, ReturnPath.parse(registration.returnPath()).orElse(null));
        return Optional.of(account.accountId());
    }

    private void sendVerification(Account account, @Nullable String returnPath) {
        AccountTokens.Issued token = tokens.issue(account.accountId().value(), TokenPurpose.VERIFY_EMAIL);
        events.publishEvent(new EmailVerificationRequested(
                account.accountId(),
                token.id(),
                account.email(),
                account.displayName(),
                account.preferredLanguage(),
                token.secret(),
                returnPath));
    }

    /**
     * Sends a new verification link to an unverified account, for a person whose first mail was
     * lost; earlier links stop working. Unknown and already verified addresses get no mail, and the
     * caller shows the same answer either way, so nobody learns which addresses have accounts. Every
     * request counts against the address asked about and the client address, known or not.
     *
     * @param returnPath the same-site page to come back to after verifying and signing in, if any
     * @throws InvalidInputException "email" when the address or the client asked too often
     */
    @Transactional
    public void resendVerification(String email, @Nullable String returnPath) {
        Optional<Account> found = accounts.findByEmail(normaliseEmail(email));
        rateLimits.acquire("verification-resend", AttemptKeys.of(found, email), "email", "validation.rateLimited");
        ClientAddress.current()
                .ifPresent(address -> rateLimits.acquire(
                        "verification-resend", "client:" + address, "email", "validation.rateLimited"));
        found.filter(a -> !a.emailVerified()).ifPresent(account -> {
            tokens.invalidateAll(account.accountId().value(), TokenPurpose.VERIFY_EMAIL);
            sendVerification(account, ReturnPath.parse(returnPath).orElse(null));
        });
    }

    @Transactional
    public VerificationResult verifyEmail(String secret) {
        Optional<Long> accountId = tokens.redeem(secret, TokenPurpose.VERIFY_EMAIL);
        if (accountId.isEmpty()) {
            return VerificationResult.INVALID_OR_EXPIRED;
        }
        accounts.findById(accountId.get()).ifPresent(Account::markEmailVerified);
        return VerificationResult.VERIFIED;
    }

    /**
     * Mails a reset link when a local account has this address. The caller always shows the same
     * answer, so nobody learns which addresses have accounts.
     */
    @Transactional
    public void requestPasswordReset(String email) {
        // counted for every address asked about, known or not, so the answer tells nothing
        Optional<Account> found = accounts.findByEmail(normaliseEmail(email));
        rateLimits.acquire("password-reset", AttemptKeys.of(found, email), "email", "validation.rateLimited");
        ClientAddress.current()
                .ifPresent(address ->
                        rateLimits.acquire("password-reset", "client:" + address, "email", "validation.rateLimited"));
        found.filter(a -> a.passwordHash() != null).ifPresent(account -> {
            AccountTokens.Issued token = tokens.issue(account.accountId().value(), TokenPurpose.RESET_PASSWORD);
            events.publishEvent(new PasswordResetRequested(
                    account.accountId(),
                    token.id(),
                    account.email(),
                    account.displayName(),
                    account.preferredLanguage(),
                    token.secret()));
        });
    }

    @Transactional(readOnly = true)
    public boolean isResetLinkValid(String secret) {
        return tokens.isUsable(secret, TokenPurpose.RESET_PASSWORD);
    }

    /**
     * Sets a new password with a reset link. The link works once; all other reset links of the
     * account stop working too, and so does every session of the account (whoever had the old
     * password is signed out).
     *
     * @throws InvalidInputException "token" when the link is unknown, used or expired; "password"
     *                               when the new password is too weak
     */
    @Transactional
    public void resetPassword(String secret, String newPassword) {
        // a weak password throws, the transaction rolls back, and the link stays usable
        Account account = tokens.redeem(secret, TokenPurpose.RESET_PASSWORD)
                .flatMap(accounts::findById)
                .orElseThrow(() -> new InvalidInputException("token", "reset.invalid"));
        Optional<String> problem = passwordPolicy.problem(newPassword, account.email());
        if (problem.isPresent()) {
            throw new InvalidInputException("password", problem.get());
        }
        account.changePassword(passwordEncoder.encode(newPassword));
        // whoever can read the mailbox owns the account: a reset also proves the address
        account.markEmailVerified();
        tokens.invalidateAll(account.accountId().value(), TokenPurpose.RESET_PASSWORD);
        // the new password raised the session epoch: every session of the account ends, on every node
        sessions.endSignedInBeforeOnCommit(account.accountId(), account.sessionEpoch());
        events.publishEvent(new PasswordChanged(
                account.accountId(),
                account.email(),
                account.displayName(),
                account.preferredLanguage(),
                clock.instant()));
    }

    static String normaliseEmail(String email) {
        return email.strip().toLowerCase(Locale.ROOT);
    }
}
