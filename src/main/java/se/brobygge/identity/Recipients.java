package se.brobygge.identity;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import se.brobygge.identity.internal.AccountRepository;

/**
 * Contact details for system mail (sign-up confirmations, waitlist promotions). For the
 * notifications module's listeners, which run after commit without a signed-in user; never for
 * showing to people.
 */
@Component
public class Recipients {

    public record Recipient(AccountId id, String email, String displayName, String language) {}

    private final AccountRepository accounts;

    Recipients(AccountRepository accounts) {
        this.accounts = accounts;
    }

    /** For demo data and imports: the account with this e-mail address. */
    @Transactional(readOnly = true)
    public Optional<AccountId> idOf(String email) {
        return accounts.findByEmail(email).map(a -> a.accountId());
    }

    /** Display names of many accounts in one query (attendee lists). */
    @Transactional(readOnly = true)
    public Map<AccountId, String> displayNames(Collection<AccountId> ids) {
        Map<AccountId, String> names = new HashMap<>();
        accounts.findAllById(ids.stream().map(AccountId::value).toList())
                .forEach(a -> names.put(a.accountId(), a.displayName()));
        return names;
    }

    @Transactional(readOnly = true)
    public Optional<Recipient> of(AccountId id) {
        return accounts.findById(id.value())
                .map(a -> new Recipient(id, a.email(), a.displayName(), a.preferredLanguage()));
    }
}
