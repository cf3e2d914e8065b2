package se.brobygge.moderation.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import se.brobygge.identity.AccountId;
import se.brobygge.moderation.BlockView;
import se.brobygge.moderation.ModerationConflictException;
import se.brobygge.shared.InvalidInputException;
import se.brobygge.shared.InvalidInputException.FieldError;
import se.brobygge.shared.content.ContentHidden;
import se.brobygge.shared.content.ContentRestored;
import se.brobygge.shared.notify.NotificationKind;
import se.brobygge.shared.notify.NotificationRequested;

/** Blocks and suspensions of writers (their content hidden in the same action), lifting, trust. */
@Component
public class Blocks {

    private final BlockRepository blocks;
    private final ItemRepository items;
    private final AuthorRepository authors;
    private final Journal journal;
    private final ApplicationEventPublisher publisher;
    private final Clock clock;

    Blocks(
            BlockRepository blocks,
            ItemRepository items,
            AuthorRepository authors,
            Journal journal,
            ApplicationEventPublisher publisher,
            Clock clock) {
        this.blocks = blocks;
        this.items = items;
        this.authors = authors;
        this.journal = journal;
        this.publisher = publisher;
        this.clock = clock;
    }

    @Transactional
    public long block(
            AccountId account,
            @Nullable Instant until,
            String justification,
            boolean hideContent,
            AccountId moderator) {
        long accountId = account.value();
        long moderatorId = moderator.value();
        List<FieldError> errors = new ArrayList<>();
        String why = justification.strip();
        if (why.isEmpty() || why.length() > 1000) {
            errors.add(new FieldError("justification", "moderation.validation.justification"));
        }
        Instant now = clock.instant();
        if (until != null && !until.isAfter(now)) {
            errors.add(new FieldError("until", "moderation.validation.untilPast"));
        }
        if (accountId == moderatorId) {
            errors.add(new FieldError("justification", "moderation.block.self"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        BlockEntity block = blocks.saveAndFlush(new BlockEntity(accountId, until, why, moderatorId, now));
        journal.log(moderatorId, until == null ? "BLOCK" : "SUSPEND", "account:" + accountId, why, now);
        if (hideContent) {
            for (ItemEntity item : items.shownOf(accountId)) {
                item.hideWithBlock(why, moderatorId, block.id(), now);
                journal.record(item, moderatorId, "HIDE_WITH_BLOCK", why, now);
                publisher.publishEvent(new ContentHidden(item.ref(), why));
            }
        }
        publisher.publishEvent(new NotificationRequested(
                accountId,
                NotificationKind.MODERATION_DECISION,
                "moderation-block-" + block.id(),
                until == null ? "moderation.notify.blocked.subject" : "moderation.notify.suspended.subject",
                until == null ? "moderation.notify.blocked.body" : "moderation.notify.suspended.body",
                List.of(why),
                until,
                "/my-content/moderated"));
        return block.id();
    }

    /** Lifts a block; content hidden together with it is shown again when {@code restoreContent}. */
    @Transactional
    public void lift(long blockId, AccountId moderator, @Nullable String reason, boolean restoreContent) {
        long moderatorId = moderator.value();
        BlockEntity block = blocks.findById(blockId).orElseThrow();
        if (block.lifted()) {
            throw new ModerationConflictException("moderation.conflict.lifted");
        }
        Instant now = clock.instant();
        block.lift(moderatorId, now);
        journal.log(moderatorId, "LIFT", "account:" + block.accountId(), reason, now);
        if (restoreContent) {
            for (ItemEntity item : items.findByHiddenByBlock(blockId)) {
                if (item.hidden()) {
                    item.restoreWithLift(now);
                    journal.record(item, moderatorId, "RESTORE_WITH_LIFT", reason, now);
                    publisher.publishEvent(new ContentRestored(item.ref()));
                }
            }
        }
    }

    @Transactional(readOnly = true)
    public List<BlockView> active() {
        List<BlockEntity> active = blocks.active(clock.instant());
        Set<AccountId> people = new HashSet<>();
        active.forEach(b -> {
            people.add(new AccountId(b.accountId()));
            people.add(new AccountId(b.createdBy()));
        });
        Map<AccountId, String> names = journal.names(people);
        return active.stream()
                .map(b -> new BlockView(
                        b.id(),
                        new AccountId(b.accountId()),
                        names.getOrDefault(new AccountId(b.accountId()), "?"),
                        b.until(),
                        b.justification(),
                        names.getOrDefault(new AccountId(b.createdBy()), "?"),
                        b.createdAt(),
                        b.liftedAt()))
                .toList();
    }

    /** Trusted writers skip pre-moderation of new accounts. */
    @Transactional
    public void trust(AccountId account, boolean trusted, AccountId moderator) {
        Instant now = clock.instant();
        long accountId = account.value();
        AuthorEntity author = authors.findById(accountId).orElseGet(() -> new AuthorEntity(accountId, now));
        author.trust(trusted);
        authors.save(author);
        journal.log(moderator.value(), trusted ? "TRUST" : "UNTRUST", "account:" + accountId, null, now);
    }
}
