package se.brobygge.moderation;

import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import se.brobygge.identity.CurrentUser;
import se.brobygge.moderation.internal.ModerationCore;
import se.brobygge.shared.InvalidInputException;
import se.brobygge.shared.content.ContentRef;

/** The review queue for staff: claim, decide with a reason, restore; every step is logged. */
@Service
@PreAuthorize("hasAnyRole('STAFF', 'ADMIN')")
public class ModerationService {

    private final ModerationCore core;
    private final CurrentUser currentUser;

    ModerationService(ModerationCore core, CurrentUser currentUser) {
        this.core = core;
        this.currentUser = currentUser;
    }

    public List<QueueItem> queue(QueueFilter filter) {
        return core.queue(filter);
    }

    /** The item to decide on; opening private content (a reported private message) is logged. */
    public Optional<ItemDetails> item(ItemId id) {
        return core.open(id, me());
    }

    /** The item again, in the view that opened it, after an action there (not logged again). */
    public Optional<ItemDetails> reload(ItemId id) {
        return core.details(id);
    }

    public Optional<ItemDetails> item(ContentRef ref) {
        return core.details(ref);
    }

    /** @throws ModerationConflictException when another moderator has it, or it was decided */
    public void claim(ItemId id) {
        core.claim(id, me());
    }

    public void release(ItemId id) {
        core.release(id, me());
    }

    /**
     * @throws ModerationConflictException when I have not claimed it, or it was decided meanwhile
     * @throws InvalidInputException       "reason" for a hide without reason; "text" for an edit-out
     *                                     without the redacted text
     */
    public void decide(ItemId id, Decision decision, @Nullable String reason, @Nullable String redactedText) {
        core.decide(id, me(), decision, reason, redactedText);
    }

    /** Shows a hidden item again (undo of a hide), logged with the reason. */
    public void restore(ItemId id, @Nullable String reason) {
        core.restore(id, me(), reason);
    }

    private long me() {
        return currentUser.require().value();
    }
}
