package se.brobygge.moderation;

import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import se.brobygge.identity.AccountId;
import se.brobygge.identity.CurrentUser;
import se.brobygge.identity.Roles;
import se.brobygge.moderation.internal.Decisions;
import se.brobygge.moderation.internal.ReviewItems;
import se.brobygge.shared.InvalidInputException;
import se.brobygge.shared.content.ContentRef;

/** The review queue for staff: claim, decide with a reason, restore; every step is logged. */
@Service
@PreAuthorize(Roles.HAS_STAFF_OR_ADMIN)
public class ModerationService {

    private final ReviewItems items;
    private final Decisions decisions;
    private final CurrentUser currentUser;

    ModerationService(ReviewItems items, Decisions decisions, CurrentUser currentUser) {
        this.items = items;
        this.decisions = decisions;
        this.currentUser = currentUser;
    }

    public List<QueueItem> queue(QueueFilter filter) {
        return items.queue(filter);
    }

    /** How many items wait for a moderator, appeals not counted (the staff inbox). */
    public long waitingCount() {
        return items.waitingCount(false);
    }

    /** How many appeals wait for a moderator (the staff inbox). */
    public long appealCount() {
        return items.waitingCount(true);
    }

    /** The item to decide on; opening private content (a reported private message) is logged. */
    public Optional<ItemDetails> item(ItemId id) {
        return items.open(id, me());
    }

    /** The item again, in the view that opened it, after an action there (not logged again). */
    public Optional<ItemDetails> reload(ItemId id) {
        return items.details(id);
    }

    public Optional<ItemDetails> item(ContentRef ref) {
        return items.details(ref);
    }

    /** @throws ModerationConflictException when another moderator has it, or it was decided */
    public void claim(ItemId id) {
        decisions.claim(id, me());
    }

    public void release(ItemId id) {
        decisions.release(id, me());
    }

    /**
     * @throws ModerationConflictException when I have not claimed it, or it was decided meanwhile
     * @throws InvalidInputException       "reason" for a hide without reason; "text" for an edit-out
     *                                     without the redacted text
     */
    public void decide(ItemId id, Decision decision, @Nullable String reason, @Nullable String redactedText) {
        decisions.decide(id, me(), decision, reason, redactedText);
    }

    /** Shows a hidden item again (undo of a hide), logged with the reason. */
    public void restore(ItemId id, @Nullable String reason) {
        decisions.restore(id, me(), reason);
    }

    private AccountId me() {
        return currentUser.require();
    }
}
