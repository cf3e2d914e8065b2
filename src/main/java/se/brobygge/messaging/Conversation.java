package se.brobygge.messaging;

import java.util.List;
import org.jspecify.annotations.Nullable;
import se.brobygge.identity.AccountId;
import se.brobygge.shared.messaging.Relationship;

/**
 * A conversation opened by one participant. {@code closedReason} is a translation key when nobody
 * can write (blocked by me, blocked by the other, or no relationship any more), else null.
 */
public record Conversation(
        long id,
        AccountId otherAccountId,
        String otherName,
        List<Relationship> relationships,
        List<Message> messages,
        boolean blockedByMe,
        @Nullable String closedReason) {

    public boolean open() {
        return closedReason == null;
    }
}
