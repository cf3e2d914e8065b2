package se.brobygge.messaging;

import java.util.Collection;
import java.util.HashSet;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.brobygge.identity.AccountId;
import se.brobygge.identity.CurrentUser;
import se.brobygge.messaging.internal.MessageStore;

/**
 * Who has blocked whom in a conversation, for modules that write to many people at once on
 * someone's behalf (an organiser's message to everyone signed up): a person who blocked the
 * writer gets nothing more from them, wherever it is sent from.
 */
@Service
@PreAuthorize("isAuthenticated()")
public class ConversationBlockService {

    private final MessageStore store;
    private final CurrentUser currentUser;

    ConversationBlockService(MessageStore store, CurrentUser currentUser) {
        this.store = store;
        this.currentUser = currentUser;
    }

    /**
     * Of {@code people}, those who blocked the signed-in person in a conversation. Only one's own
     * blockers can be asked for: who blocked someone else is nobody else's business.
     */
    @Transactional(readOnly = true)
    public Set<AccountId> whoBlockedMe(Collection<AccountId> people) {
        Set<Long> blockers =
                new HashSet<>(store.blockersOf(currentUser.require().value()));
        return people.stream().filter(p -> blockers.contains(p.value())).collect(Collectors.toSet());
    }
}
