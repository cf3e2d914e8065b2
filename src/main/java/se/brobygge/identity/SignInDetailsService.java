package se.brobygge.identity;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.brobygge.identity.internal.Account;
import se.brobygge.identity.internal.AccountRepository;
import se.brobygge.identity.internal.AccountTokens;
import se.brobygge.identity.internal.CurrentPasswordCheck;
import se.brobygge.identity.internal.PasswordPolicy;
import se.brobygge.identity.internal.TokenPurpose;
import se.brobygge.shared.InvalidInputException;
import se.brobygge.shared.InvalidInputException.FieldError;
import se.brobygge.shared.ratelimit.RateLimits;

/**
 * A signed-in person changes how they sign in: their password, or their e-mail address (confirmed
 * by a link to the new address). Both need the current password, and both end the account's other
 * sessions while this one stays signed in.
 */
@Service
@PreAuthorize("isAuthenticated()")
public class SignInDetailsService {

    public enum EmailChangeResult {
        CHANGED,
        INVALID_OR_EXPIRED
    }

    private final AccountRepository accounts;
    private final CurrentUser currentUser;
    private final CurrentPasswordCheck currentPassword;
    private final PasswordPolicy passwordPolicy;
    private final PasswordEncoder passwordEncoder;
    private final AccountTokens tokens;
    private final AccountSessions sessions;
    private final RateLimits rateLimits;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    SignInDetailsService(
            AccountRepository accounts,
            CurrentUser currentUser,
            CurrentPasswordCheck currentPassword,
            PasswordPolicy passwordPolicy,
            PasswordEncoder passwordEncoder,
            AccountTokens tokens,
            AccountSessions sessions,
            RateLimits rateLimits,
            ApplicationEventPublisher events,
            Clock clock) {
        this.accounts = accounts;
        this.currentUser = currentUser;
        this.currentPassword = currentPassword;
        this.passwordPolicy = passwordPolicy;
        this.passwordEncoder = passwordEncoder;
        this.tokens = tokens;
        this.sessions = sessions;
        this.rateLimits = rateLimits;
        this.events = events;
        this.clock = clock;
    }

    /**
     * Sets a new password. The account's other sessions end (whoever knew the old password is
     * signed out); this one stays signed in.
     *
     * @throws InvalidInputException "currentPassword" when it is wrong (or tried too often),
     *                               "newPassword" when the new one breaks the rules of registration
     */
    @Transactional
    public void changeMyPassword(String current, String newPassword) {
        Account account = own();
        List<FieldError> errors = new ArrayList<>();
        try {
            currentPassword.require(account, current, "currentPassword");
        } catch (InvalidInputException wrong) {
            errors.addAll(wrong.errors());
        }
        passwordPolicy
                .problem(newPassword, account.email())
                .ifPresent(key -> errors.add(new FieldError("newPassword", key)));
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        account.changePassword(passwordEncoder.encode(newPassword));
        // the new epoch goes into this session first, so that only the others end at commit
        sessions.keepCurrent(account.sessionEpoch());
        sessions.endSignedInBeforeOnCommit(account.accountId(), account.sessionEpoch());
        events.publishEvent(new PasswordChanged(
                account.accountId(),
                account.email(),
                account.displayName(),
                account.preferredLanguage(),
                clock.instant()));
    }

    /**
     * Mails a confirmation link to the new address, and a notice to the current one; the address
     * changes only when the link is opened. When another account has the new address, no link is
     * sent, and the caller shows the same answer, so nobody learns which addresses have accounts.
     *
     * @throws InvalidInputException "newEmail" when it is not an address, is the current one, or was
     *                               asked for too often; "currentPassword" when it is wrong
     */
    @Transactional
    public void requestEmailChange(String newEmail, String current) {
        Account account = own();
        String email = RegistrationService.normaliseEmail(newEmail);
        if (!RegistrationService.EMAIL.matcher(email).matches() || email.length() > 254) {
            throw new InvalidInputException("newEmail", "validation.email.invalid");
        }
        if (email.equals(account.email())) {
            throw new InvalidInputException("newEmail", "validation.email.same");
        }
        currentPassword.require(account, current, "currentPassword");
        rateLimits.acquire(
                "email-change", "account:" + account.accountId().value(), "newEmail", "validation.rateLimited");
        tokens.invalidateAll(account.accountId().value(), TokenPurpose.CHANGE_EMAIL);
        Optional<AccountTokens.Issued> token = accounts.findByEmail(email).isPresent()
                ? Optional.empty()
                : Optional.of(tokens.issueEmailChange(account.accountId().value(), email));
        events.publishEvent(new EmailChangeRequested(
                account.accountId(),
                account.email(),
                email,
                account.displayName(),
                account.preferredLanguage(),
                clock.instant(),
                token.map(AccountTokens.Issued::id).orElse(0L),
                token.map(AccountTokens.Issued::secret).orElse(null)));
    }

    /**
     * Changes the address with the link mailed to it; that proves the new address too. The account's
     * other sessions end; a session of the same account that opens the link stays signed in.
     */
    @PreAuthorize("permitAll()")
    @Transactional
    public EmailChangeResult confirmEmailChange(String secret) {
        Optional<AccountTokens.EmailChange> change = tokens.redeemEmailChange(secret);
        Optional<Account> account = change.flatMap(c -> accounts.findById(c.accountId()));
        if (account.isEmpty() || accounts.findByEmail(change.get().newEmail()).isPresent()) {
            return EmailChangeResult.INVALID_OR_EXPIRED; // taken meanwhile by an account registered since
        }
        Account changed = account.get();
        changed.changeEmail(change.get().newEmail());
        changed.markEmailVerified();
        accounts.saveAndFlush(changed);
        if (currentUser.id().filter(changed.accountId()::equals).isPresent()) {
            sessions.keepCurrent(changed.sessionEpoch());
        }
        sessions.endSignedInBeforeOnCommit(changed.accountId(), changed.sessionEpoch());
        return EmailChangeResult.CHANGED;
    }

    private Account own() {
        return accounts.findById(currentUser.require().value())
                .orElseThrow(() -> new AccessDeniedException("No account"));
    }
}
