package se.brobygge.privacy;

import java.time.Clock;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import se.brobygge.identity.AccountId;
import se.brobygge.identity.AccountSessions;
import se.brobygge.identity.CurrentUser;
import se.brobygge.identity.Recipients;
import se.brobygge.identity.Roles;
import se.brobygge.privacy.internal.Eraser;
import se.brobygge.shared.InvalidInputException;
import se.brobygge.shared.audit.AccessAudit;
import se.brobygge.shared.audit.AccessKind;
import se.brobygge.shared.audit.StaffAccess;
import se.brobygge.shared.privacy.ErasedPerson;

/**
 * Deleting an account, by the person themselves (confirmed by typing their e-mail address) or by
 * an administrator on the person's request (with a reason, logged). One transaction erases the
 * person in every module; when it has committed, every session of the account ends.
 */
@Service
@PreAuthorize("isAuthenticated()")
public class AccountDeletionService {

    /** The domain of the address an erased account keeps (see the identity module). */
    static final String ERASED_DOMAIN = "@deleted.invalid";

    private final Eraser eraser;
    private final CurrentUser currentUser;
    private final Recipients recipients;
    private final AccountSessions sessions;
    private final Clock clock;
    private final AccessAudit audit;

    AccountDeletionService(
            Eraser eraser,
            CurrentUser currentUser,
            Recipients recipients,
            AccountSessions sessions,
            Clock clock,
            AccessAudit audit) {
        this.audit = audit;
        this.eraser = eraser;
        this.currentUser = currentUser;
        this.recipients = recipients;
        this.sessions = sessions;
        this.clock = clock;
    }

    /**
     * Deletes the signed-in person's own account.
     *
     * @throws InvalidInputException "confirmation" when it is not the account's e-mail address
     */
    @Transactional
    public void deleteMine(String confirmation) {
        AccountId me = currentUser.require();
        Recipients.Recipient person = recipients.of(me).orElseThrow(() -> new AccessDeniedException("No account"));
        if (!confirmation.strip().equalsIgnoreCase(person.email())) {
            throw new InvalidInputException("confirmation", "privacy.delete.confirmationWrong");
        }
        erase(person, me, Eraser.Initiator.SELF, null);
    }

    /**
     * Deletes another person's account on their request; the reason goes into the deletion log
     * (without the person's name or address).
     *
     * @throws InvalidInputException "reason" when it is missing or longer than 500 characters
     */
    @PreAuthorize(Roles.HAS_ADMIN)
    @Transactional
    public void deleteOnRequest(AccountId account, String reason) {
        AccountId me = currentUser.require();
        if (account.equals(me)) {
            throw new AccessDeniedException("Delete your own account from My data");
        }
        String why = reason.strip();
        if (why.length() < 3 || why.length() > 500) {
            throw new InvalidInputException("reason", "privacy.delete.reasonRequired");
        }
        Recipients.Recipient person = recipients
                .of(account)
                .orElseThrow(() -> new InvalidInputException("account", "privacy.delete.unknown"));
        erase(person, me, Eraser.Initiator.STAFF, why);
        audit.record(new StaffAccess(
                me.value(),
                AccessKind.ACCOUNT_DELETION,
                account.value(),
                "identity:account:" + account.value(),
                "admin/delete-account"));
    }

    private void erase(Recipients.Recipient person, AccountId by, Eraser.Initiator initiator, @Nullable String reason) {
        if (person.email().endsWith(ERASED_DOMAIN)) {
            throw new InvalidInputException("account", "privacy.delete.already");
        }
        eraser.erase(
                new ErasedPerson(person.id().value(), person.email(), person.displayName(), clock.instant()),
                by.value(),
                initiator,
                reason);
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                sessions.endAll(person.id());
            }
        });
    }
}
