package se.brobygge.moderation.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import se.brobygge.identity.AccountId;
import se.brobygge.moderation.ItemDetails;
import se.brobygge.moderation.ItemId;
import se.brobygge.moderation.QueueFilter;
import se.brobygge.moderation.QueueItem;
import se.brobygge.moderation.ReviewReason;
import se.brobygge.shared.audit.AccessAudit;
import se.brobygge.shared.audit.AccessKind;
import se.brobygge.shared.audit.StaffAccess;
import se.brobygge.shared.content.ContentRef;

/** The review queue and everything a moderator reads to decide on one item. */
@Component
public class ReviewItems {

    private final ItemRepository items;
    private final ReportRepository reports;
    private final DecisionRepository decisions;
    private final AuthorRepository authors;
    private final BlockRepository blocks;
    private final Journal journal;
    private final AccessAudit audit;
    private final Clock clock;

    ReviewItems(
            ItemRepository items,
            ReportRepository reports,
            DecisionRepository decisions,
            AuthorRepository authors,
            BlockRepository blocks,
            Journal journal,
            AccessAudit audit,
            Clock clock) {
        this.items = items;
        this.reports = reports;
        this.decisions = decisions;
        this.authors = authors;
        this.blocks = blocks;
        this.journal = journal;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public List<QueueItem> queue(QueueFilter filter) {
        Instant before = filter.olderThanHours() == null
                ? null
                : clock.instant().minus(Duration.ofHours(filter.olderThanHours()));
        List<ItemEntity> found =
                items.queue(filter.module(), filter.reason(), before, filter.reportReason(), PageRequest.of(0, 200));
        Set<AccountId> ids = new HashSet<>();
        found.forEach(i -> {
            if (i.claimedBy() != null) {
                ids.add(new AccountId(i.claimedBy()));
            }
        });
        Map<AccountId, String> names = journal.names(ids);
        return found.stream()
                .map(i -> new QueueItem(
                        new ItemId(i.id()),
                        i.ref(),
                        new AccountId(i.authorId()),
                        i.text(),
                        i.language(),
                        i.review() == null ? ReviewReason.REPORTED : i.review(),
                        i.waitingSince(),
                        i.reportCount(),
                        i.outOfSight(),
                        account(i.claimedBy()),
                        i.claimedBy() == null ? null : names.get(new AccountId(i.claimedBy()))))
                .toList();
    }

    /** Items waiting in the queue, appeals apart ({@code appeals}) or everything else. */
    @Transactional(readOnly = true)
    public long waitingCount(boolean appeals) {
        return appeals
                ? items.countByReview(ReviewReason.APPEAL)
                : items.countByReviewIsNotNullAndReviewNot(ReviewReason.APPEAL);
    }

    @Transactional(readOnly = true)
    public Optional<ItemDetails> details(ItemId id) {
        return items.findById(id.value()).map(this::details);
    }

    /**
     * The item for a moderator to read. Private content (a reported private message) is opened
     * only with a log entry naming the moderator, so every look at it can be accounted for.
     */
    @Transactional
    public Optional<ItemDetails> open(ItemId id, AccountId moderator) {
        Optional<ItemEntity> found = items.findById(id.value());
        found.filter(ItemEntity::privateContent).ifPresent(item -> {
            journal.log(moderator.value(), "VIEW_PRIVATE", item.ref().toString(), null, clock.instant());
            audit.record(new StaffAccess(
                    moderator.value(),
                    AccessKind.PRIVATE_MESSAGE_READ,
                    item.authorId(),
                    item.ref().toString(),
                    "/staff/moderation/" + item.id()));
        });
        return found.map(this::details);
    }

    @Transactional(readOnly = true)
    public Optional<ItemDetails> details(ContentRef ref) {
        return items.findRef(ref.module(), ref.type(), ref.id()).map(this::details);
    }

    private ItemDetails details(ItemEntity item) {
        List<ReportEntity> rs = reports.findByItemIdOrderByCreatedAt(item.id());
        List<DecisionEntity> ds = decisions.findByItemIdOrderById(item.id());
        Set<AccountId> people = new HashSet<>();
        people.add(new AccountId(item.authorId()));
        rs.forEach(r -> people.add(new AccountId(r.reporterId())));
        ds.forEach(d -> {
            if (d.moderatorId() != null) {
                people.add(new AccountId(d.moderatorId()));
            }
        });
        Map<AccountId, String> names = journal.names(people);
        List<ItemDetails.Report> reported = rs.stream()
                .map(r -> new ItemDetails.Report(
                        names.getOrDefault(new AccountId(r.reporterId()), "?"),
                        r.reason(),
                        r.comment(),
                        r.text(),
                        r.createdAt()))
                .toList();
        List<ItemDetails.DecisionEntry> history = ds.stream()
                .map(d -> new ItemDetails.DecisionEntry(
                        d.moderatorId() == null ? null : names.getOrDefault(new AccountId(d.moderatorId()), "?"),
                        d.action(),
                        d.reason(),
                        d.text(),
                        d.createdAt()))
                .toList();
        return toDetails(
                item, names.getOrDefault(new AccountId(item.authorId()), "?"), reported, history, author(item));
    }

    private ItemDetails.AuthorHistory author(ItemEntity item) {
        long authorId = item.authorId();
        Map<String, Long> perModule = new TreeMap<>();
        items.hiddenPerModule(authorId).forEach(row -> perModule.put((String) row[0], (Long) row[1]));
        AuthorEntity author = authors.findById(authorId).orElse(null);
        return new ItemDetails.AuthorHistory(
                items.countByAuthorId(authorId),
                items.outOfSightOf(authorId),
                items.reportsAgainst(authorId),
                !blocks.activeOf(authorId, clock.instant()).isEmpty(),
                author != null && author.trusted(),
                perModule);
    }

    /** The one place an item becomes {@link ItemDetails}; every component named. */
    private static ItemDetails toDetails(
            ItemEntity item,
            String authorName,
            List<ItemDetails.Report> reports,
            List<ItemDetails.DecisionEntry> history,
            ItemDetails.AuthorHistory author) {
        ItemId id = new ItemId(item.id());
        ContentRef ref = item.ref();
        AccountId authorId = new AccountId(item.authorId());
        boolean outOfSight = item.outOfSight();
        AccountId hiddenBy = account(item.hiddenBy());
        AccountId claimedBy = account(item.claimedBy());
        String context = item.context();
        List<String> contextLines = context == null ? List.of() : List.of(context.split("\n"));
        return new ItemDetails(
                id,
                ref,
                authorId,
                authorName,
                item.text(),
                item.language(),
                item.link(),
                outOfSight,
                item.hiddenReason(),
                hiddenBy,
                item.review(),
                claimedBy,
                item.appealText(),
                item.appealedAt(),
                reports,
                history,
                author,
                item.privateContent(),
                contextLines);
    }

    static @Nullable AccountId account(@Nullable Long id) {
        return id == null ? null : new AccountId(id);
    }
}
