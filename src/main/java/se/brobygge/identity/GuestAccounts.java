package se.brobygge.identity;

import java.time.Clock;
import java.util.Optional;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import se.brobygge.identity.internal.Account;
import se.brobygge.identity.internal.AccountRepository;
import se.brobygge.shared.text.PlainText;

/**
 * People who sign up for an event without an account (a guest): a name and an e-mail address,
 * kept as an account without roles or password, so mails, lists and erasure work as for anyone.
 * It cannot log in; "forgot password" turns it into a full account later. An address that already
 * has an account gets that account; the caller proves ownership by mailing a link to it before
 * anything takes effect.
 */
@Component
public class GuestAccounts {

    private final AccountRepository accounts;
    private final Clock clock;

    GuestAccounts(AccountRepository accounts, Clock clock) {
        this.accounts = accounts;
        this.clock = clock;
    }

    /** Whether this looks like an e-mail address a mail can be sent to. */
    public static boolean validEmail(String email) {
        String normalised = RegistrationService.normaliseEmail(email);
        return normalised.length() <= 254
                && RegistrationService.EMAIL.matcher(normalised).matches();
    }

    /** The account of this address, made as a guest when there is none. */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public AccountId findOrCreate(String email, String displayName, String language) {
        String normalised = RegistrationService.normaliseEmail(email);
        Optional<Account> existing = accounts.findByEmail(normalised);
        if (existing.isPresent()) {
            return existing.get().accountId();
        }
        try {
            return accounts.saveAndFlush(
                            new Account(normalised, PlainText.line(displayName), language, clock.instant()))
                    .accountId();
        } catch (DataIntegrityViolationException sameAddressAtTheSameMoment) {
            return accounts.findByEmail(normalised).orElseThrow().accountId();
        }
    }
}
