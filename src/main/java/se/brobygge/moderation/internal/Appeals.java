package se.brobygge.moderation.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import se.brobygge.identity.AccountId;
import se.brobygge.moderation.ItemId;
import se.brobygge.moderation.MyModeratedItem;
import se.brobygge.shared.InvalidInputException;

/** What of an author's was hidden and why, and their one appeal. */
@Component
public class Appeals {

    private final ItemRepository items;
    private final Journal journal;
    private final Clock clock;

    Appeals(ItemRepository items, Journal journal, Clock clock) {
        this.items = items;
        this.journal = journal;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public List<MyModeratedItem> hiddenOf(AccountId author) {
        return items.findByAuthorIdAndHiddenTrueAndHiddenReasonIsNotNullOrderByUpdatedAtDesc(author.value()).stream()
                .map(i -> new MyModeratedItem(
                        new ItemId(i.id()),
                        i.ref(),
                        i.text(),
                        i.hiddenReason(),
                        i.link(),
                        i.appealedAt(),
                        i.mayAppeal()))
                .toList();
    }

    @Transactional
    public void appeal(ItemId id, AccountId author, String text) {
        String words = text.strip();
        if (words.isEmpty() || words.length() > 2000) {
            throw new InvalidInputException("appeal", "moderation.validation.appeal");
        }
        ItemEntity item = items.lockById(id.value()).orElseThrow();
        if (item.authorId() != author.value()) {
            throw new AccessDeniedException("Only the author appeals");
        }
        if (item.appealedAt() != null) {
            throw new InvalidInputException("appeal", "moderation.appeal.twice");
        }
        if (!item.hidden() || item.hiddenReason() == null || item.review() != null) {
            throw new InvalidInputException("appeal", "moderation.appeal.notNow");
        }
        Instant now = clock.instant();
        item.appeal(words, now);
        journal.record(item, author.value(), "APPEAL", words, now);
    }
}
