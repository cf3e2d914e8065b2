package se.brobygge.identity;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
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

    /** The accounts that are staff or administrators now (for staff notes from scheduled jobs). */
    @Transactional(readOnly = true)
    public Set<AccountId> staff() {
        return accounts.idsWithAnyRole(List.of(Roles.STAFF, Roles.ADMIN)).stream()
                .map(AccountId::new)
                .collect(Collectors.toSet());
    }

    @Transactional(readOnly = true)
    public Optional<Recipient> of(AccountId id) {
        return accounts.findById(id.value())
                .map(a -> new Recipient(id, a.email(), a.displayName(), a.preferredLanguage()));
    }
}
