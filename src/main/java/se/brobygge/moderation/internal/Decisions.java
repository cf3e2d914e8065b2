package se.brobygge.moderation.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import se.brobygge.identity.AccountId;
import se.brobygge.moderation.Decision;
import se.brobygge.moderation.ItemId;
import se.brobygge.moderation.ModerationConflictException;
import se.brobygge.moderation.ReviewReason;
import se.brobygge.shared.InvalidInputException;
import se.brobygge.shared.InvalidInputException.FieldError;
import se.brobygge.shared.content.ContentHidden;
import se.brobygge.shared.content.ContentRestored;

/**
 * Claiming an item and deciding on it. Every change happens under the item's row lock, so two
 * moderators, or a report and a decision, never overwrite each other.
 */
@Component
public class Decisions {

    private final ItemRepository items;
    private final ReportRepository reports;
    private final DecisionRepository decisions;
    private final Journal journal;
    private final ApplicationEventPublisher publisher;
    private final Clock clock;

    Decisions(
            ItemRepository items,
            ReportRepository reports,
            DecisionRepository decisions,
            Journal journal,
            ApplicationEventPublisher publisher,
            Clock clock) {
        this.items = items;
        this.reports = reports;
        this.decisions = decisions;
        this.journal = journal;
        this.publisher = publisher;
        this.clock = clock;
    }

    @Transactional
    public void claim(ItemId id, AccountId moderator) {
        long moderatorId = moderator.value();
        ItemEntity item = items.lockById(id.value()).orElseThrow();
        if (item.review() == null) {
            throw new ModerationConflictException("moderation.conflict.decided");
        }
        if (item.claimedBy() != null && !item.claimedBy(moderatorId)) {
            throw new ModerationConflictException("moderation.conflict.claimedByOther");
        }
        requireAnotherModeratorForAppeal(item, moderatorId);
        Instant now = clock.instant();
        item.claim(moderatorId, now);
        journal.log(moderatorId, "CLAIM", item.ref().toString(), null, now);
    }

    @Transactional
    public void release(ItemId id, AccountId moderator) {
        ItemEntity item = items.lockById(id.value()).orElseThrow();
        if (item.claimedBy(moderator.value())) {
            item.release();
            journal.log(moderator.value(), "RELEASE", item.ref().toString(), null, clock.instant());
        }
    }

    /**
     * @throws ModerationConflictException when the item is not claimed by this moderator or was
     *                                     decided meanwhile
     * @throws InvalidInputException       "reason" when hiding without a reason, "text" when editing
     *                                     out without the redacted text
     */
    @Transactional
    public void decide(
            ItemId id, AccountId moderator, Decision decision, @Nullable String reason, @Nullable String redactedText) {
        long moderatorId = moderator.value();
        String why = reason == null || reason.isBlank() ? null : reason.strip();
        List<FieldError> errors = new ArrayList<>();
        if ((decision == Decision.HIDE || decision == Decision.EDIT_OUT) && why == null) {
            errors.add(new FieldError("reason", "moderation.validation.reasonRequired"));
        }
        if (why != null && why.length() > 1000) {
            errors.add(new FieldError("reason", "moderation.validation.reason"));
        }
        if (decision == Decision.EDIT_OUT && (redactedText == null || redactedText.isBlank())) {
            errors.add(new FieldError("text", "moderation.validation.redacted"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        ItemEntity item = items.lockById(id.value()).orElseThrow();
        if (item.review() == null) {
            throw new ModerationConflictException("moderation.conflict.decided");
        }
        if (!item.claimedBy(moderatorId)) {
            throw new ModerationConflictException(
                    item.claimedBy() == null ? "moderation.conflict.claimFirst" : "moderation.conflict.claimedByOther");
        }
        requireAnotherModeratorForAppeal(item, moderatorId);
        Instant now = clock.instant();
        boolean appeal = item.review() == ReviewReason.APPEAL;
        String told = why == null ? "" : why;
        switch (decision) {
            case KEEP -> {
                boolean outOfSight = item.outOfSight();
                boolean toldAuthor = item.hiddenReason() != null;
                item.keep(now);
                journal.record(item, moderatorId, appeal ? "APPEAL_UPHELD" : "KEEP", why, now);
                if (outOfSight) {
                    publisher.publishEvent(new ContentRestored(item.ref()));
                    if (toldAuthor) {
                        journal.notifyAuthor(item, "restored", told, now);
                    }
                }
            }
            case HIDE, EDIT_OUT -> {
                if (decision == Decision.EDIT_OUT && redactedText != null) {
                    // the personal data leaves moderation's own records too
                    String redacted = redactedText.strip();
                    item.redact(redacted);
                    reports.findByItemIdOrderByCreatedAt(item.id()).forEach(r -> r.redact(redacted));
                    decisions.findByItemIdOrderById(item.id()).forEach(d -> d.redact(redacted));
                }
                item.hide(why, moderatorId, now);
                journal.record(item, moderatorId, appeal ? "APPEAL_REJECTED" : decision.name(), why, now);
                publisher.publishEvent(new ContentHidden(item.ref(), told));
                journal.notifyAuthor(item, appeal ? "appealRejected" : "hidden", told, now);
            }
            case ESCALATE -> {
                item.escalate(now);
                journal.record(item, moderatorId, "ESCALATE", why, now);
            }
        }
    }

    /** Undo of a hide outside the queue: shows the item again. */
    @Transactional
    public void restore(ItemId id, AccountId moderator, @Nullable String reason) {
        ItemEntity item = items.lockById(id.value()).orElseThrow();
        if (!item.outOfSight()) {
            return;
        }
        Instant now = clock.instant();
        boolean toldAuthor = item.hiddenReason() != null;
        item.restore(now);
        journal.record(item, moderator.value(), "RESTORE", reason, now);
        publisher.publishEvent(new ContentRestored(item.ref()));
        if (toldAuthor) {
            journal.notifyAuthor(item, "restored", reason == null ? "" : reason, now);
        }
    }

    private static void requireAnotherModeratorForAppeal(ItemEntity item, long moderatorId) {
        if (item.review() == ReviewReason.APPEAL && item.hiddenBy(moderatorId)) {
            throw new ModerationConflictException("moderation.conflict.appealOtherModerator");
        }
    }
}
