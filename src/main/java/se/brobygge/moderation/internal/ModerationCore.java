package se.brobygge.moderation.internal;

import java.text.Normalizer;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import se.brobygge.identity.AccountId;
import se.brobygge.identity.Recipients;
import se.brobygge.moderation.BlockView;
import se.brobygge.moderation.Decision;
import se.brobygge.moderation.ItemDetails;
import se.brobygge.moderation.ItemId;
import se.brobygge.moderation.LogEntry;
import se.brobygge.moderation.ModerationConflictException;
import se.brobygge.moderation.ModerationSettings;
import se.brobygge.moderation.MyModeratedItem;
import se.brobygge.moderation.QueueFilter;
import se.brobygge.moderation.QueueItem;
import se.brobygge.moderation.ReportReason;
import se.brobygge.moderation.ReviewReason;
import se.brobygge.moderation.WatchedWord;
import se.brobygge.moderation.WordAction;
import se.brobygge.shared.InvalidInputException;
import se.brobygge.shared.InvalidInputException.FieldError;
import se.brobygge.shared.audit.AccessAudit;
import se.brobygge.shared.audit.AccessKind;
import se.brobygge.shared.audit.StaffAccess;
import se.brobygge.shared.content.ContentHidden;
import se.brobygge.shared.content.ContentRef;
import se.brobygge.shared.content.ContentRestored;
import se.brobygge.shared.content.ContentScreening.Outcome;
import se.brobygge.shared.content.ContentScreening.Verdict;
import se.brobygge.shared.csv.CsvWriter;
import se.brobygge.shared.i18n.Formats;
import se.brobygge.shared.i18n.Language;
import se.brobygge.shared.i18n.TranslationProvider;
import se.brobygge.shared.notify.NotificationKind;
import se.brobygge.shared.notify.NotificationRequested;

/**
 * Moderation's rules and records, for its public services (which check who may call) and its
 * listeners (which run for whoever wrote the content). Every change to an item happens under that
 * item's row lock, so two moderators, or a report and a decision, never overwrite each other.
 */
@Component
public class ModerationCore {

    static final String AUTO_HIDE = "autoHideReports";
    static final String NEW_POSTS = "newAccountPosts";
    static final String NEW_DAYS = "newAccountDays";
    /** Bidirectional and zero-width controls, removed before matching words so they cannot hide one. */
    private static final Pattern INVISIBLE =
            Pattern.compile("[\\u200B-\\u200F\\u202A-\\u202E\\u2060-\\u2069\\uFEFF\\u00AD]");

    private final ItemRepository items;
    private final ReportRepository reports;
    private final DecisionRepository decisions;
    private final AuthorRepository authors;
    private final BlockRepository blocks;
    private final LogRepository log;
    private final WatchedWordRepository words;
    private final SettingRepository settings;
    private final ModerationProperties defaults;
    private final Recipients recipients;
    private final TranslationProvider translations;
    private final ApplicationEventPublisher publisher;
    private final Clock clock;
    private final AccessAudit audit;

    ModerationCore(
            ItemRepository items,
            ReportRepository reports,
            DecisionRepository decisions,
            AuthorRepository authors,
            BlockRepository blocks,
            LogRepository log,
            WatchedWordRepository words,
            SettingRepository settings,
            ModerationProperties defaults,
            Recipients recipients,
            TranslationProvider translations,
            ApplicationEventPublisher publisher,
            Clock clock,
            AccessAudit audit) {
        this.audit = audit;
        this.items = items;
        this.reports = reports;
        this.decisions = decisions;
        this.authors = authors;
        this.blocks = blocks;
        this.log = log;
        this.words = words;
        this.settings = settings;
        this.defaults = defaults;
        this.recipients = recipients;
        this.translations = translations;
        this.publisher = publisher;
        this.clock = clock;
    }

    // ---- content from the owning modules

    /** A module's content was created or changed: keep the snapshot and apply the rules. */
    @Transactional
    public void submitted(
            ContentRef ref,
            long authorId,
            String text,
            @Nullable String language,
            @Nullable String link,
            boolean staffAuthor) {
        Instant now = clock.instant();
        AuthorEntity author = authors.findById(authorId).orElseGet(() -> new AuthorEntity(authorId, now));
        // the rules see the author as they were before this submission, like screen() did
        Verdict verdict = rules(author, text, language, staffAuthor, now);
        Optional<ItemEntity> existing = items.lockRef(ref.module(), ref.type(), ref.id());
        ItemEntity item = existing.orElseGet(() -> new ItemEntity(ref, authorId, text, language, link, now));
        if (existing.isEmpty()) {
            author.submittedCount++;
        }
        authors.save(author);
        item.text = text;
        item.language = language;
        item.link = link;
        item.updatedAt = now;
        item = items.saveAndFlush(item);
        if (verdict.outcome() == Outcome.QUEUE && !item.hidden) {
            item.hidden = true;
            item.toQueue(ReviewReason.PREMODERATION, now);
            record(item, null, "QUEUED", null, now);
        } else if (verdict.outcome() == Outcome.FLAG) {
            item.toQueue(ReviewReason.FLAGGED, now);
            record(item, null, "FLAGGED", null, now);
        }
    }

    /** The owning module holds the content back until a moderator has looked. */
    @Transactional
    public void heldForReview(ContentRef ref) {
        items.lockRef(ref.module(), ref.type(), ref.id()).ifPresent(item -> {
            if (!item.hidden || item.review == null) {
                Instant now = clock.instant();
                item.hidden = true;
                item.toQueue(ReviewReason.PREMODERATION, now);
                record(item, null, "QUEUED", null, now);
            }
        });
    }

    /** A report made in the owning module's own UI, with the text as the reporter saw it. */
    @Transactional
    public void reportedElsewhere(
            ContentRef ref,
            long authorId,
            long reporterId,
            String reasonCode,
            @Nullable String comment,
            String text,
            @Nullable String link,
            List<String> context) {
        Instant now = clock.instant();
        if (items.findRef(ref.module(), ref.type(), ref.id()).isEmpty()) {
            authors.findById(authorId).orElseGet(() -> authors.save(new AuthorEntity(authorId, now)));
            ItemEntity item = new ItemEntity(ref, authorId, text, null, link, now);
            // reported from where only its participants see it: private, with what came just before
            item.privateContent = true;
            item.context = context.isEmpty() ? null : clip(String.join("\n", context), 4000);
            items.saveAndFlush(item);
        }
        ReportReason reason = ReportReason.ofCode(reasonCode).orElse(ReportReason.OTHER);
        try {
            report(ref, reporterId, reason, comment == null ? null : clip(comment, 1000), text);
        } catch (InvalidInputException twiceOrOwn) {
            // a repeated delivery of the same report changes nothing
        }
    }

    // ---- reports

    @Transactional
    public void report(
            ContentRef ref,
            long reporterId,
            ReportReason reason,
            @Nullable String comment,
            @Nullable String textAsSeen) {
        String cleanComment = comment == null || comment.isBlank() ? null : comment.strip();
        if (cleanComment != null && cleanComment.length() > 1000) {
            throw new InvalidInputException("comment", "moderation.validation.comment");
        }
        if (reason == ReportReason.OTHER && cleanComment == null) {
            throw new InvalidInputException("comment", "moderation.report.otherNeedsText");
        }
        ItemEntity item = items.lockRef(ref.module(), ref.type(), ref.id())
                .orElseThrow(() -> new InvalidInputException("reason", "moderation.report.unknown"));
        if (item.authorId == reporterId) {
            throw new InvalidInputException("reason", "moderation.report.own");
        }
        if (reports.existsByItemIdAndReporterId(item.id(), reporterId)) {
            throw new InvalidInputException("reason", "moderation.report.twice");
        }
        Instant now = clock.instant();
        try {
            reports.saveAndFlush(new ReportEntity(
                    item.id(), reporterId, reason, cleanComment, textAsSeen == null ? item.text : textAsSeen, now));
        } catch (DataIntegrityViolationException sameReporter) {
            throw new InvalidInputException("reason", "moderation.report.twice");
        }
        item.reportCount++;
        item.toQueue(ReviewReason.REPORTED, now);
        log(reporterId, "REPORT", item.ref().toString(), reason.code(), now);
        int threshold = settings().autoHideReports();
        if (!item.hidden && item.reportCount - item.keptAtReports >= threshold) {
            String why = translate("moderation.autoHidden.reason", language(item.authorId));
            item.hidden = true;
            item.hiddenReason = why;
            item.hiddenBy = null;
            record(item, null, "AUTO_HIDE", why, now);
            publisher.publishEvent(new ContentHidden(item.ref(), why));
            notifyHidden(item, why, now);
        }
    }

    @Transactional(readOnly = true)
    public boolean hasReported(ContentRef ref, long reporterId) {
        return items.findRef(ref.module(), ref.type(), ref.id())
                .map(i -> reports.existsByItemIdAndReporterId(i.id(), reporterId))
                .orElse(false);
    }

    // ---- the queue and decisions

    @Transactional(readOnly = true)
    public List<QueueItem> queue(QueueFilter filter) {
        Instant before = filter.olderThanHours() == null
                ? null
                : clock.instant().minus(Duration.ofHours(filter.olderThanHours()));
        List<ItemEntity> found =
                items.queue(filter.module(), filter.reason(), before, filter.reportReason(), PageRequest.of(0, 200));
        Set<AccountId> ids = new HashSet<>();
        found.forEach(i -> {
            if (i.claimedBy != null) {
                ids.add(new AccountId(i.claimedBy));
            }
        });
        Map<AccountId, String> names = ids.isEmpty() ? Map.of() : recipients.displayNames(ids);
        return found.stream()
                .map(i -> new QueueItem(
                        new ItemId(i.id()),
                        i.ref(),
                        i.authorId,
                        i.text,
                        i.language,
                        i.review == null ? ReviewReason.REPORTED : i.review,
                        i.reviewSince == null ? i.updatedAt : i.reviewSince,
                        i.reportCount,
                        i.hidden,
                        i.claimedBy,
                        i.claimedBy == null ? null : names.get(new AccountId(i.claimedBy))))
                .toList();
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
    public Optional<ItemDetails> open(ItemId id, long moderatorId) {
        Optional<ItemEntity> found = items.findById(id.value());
        found.filter(item -> item.privateContent).ifPresent(item -> {
            log(moderatorId, "VIEW_PRIVATE", item.ref().toString(), null, clock.instant());
            audit.record(new StaffAccess(
                    moderatorId,
                    AccessKind.PRIVATE_MESSAGE_READ,
                    item.authorId,
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
        people.add(new AccountId(item.authorId));
        rs.forEach(r -> people.add(new AccountId(r.reporterId)));
        ds.forEach(d -> {
            if (d.moderatorId != null) {
                people.add(new AccountId(d.moderatorId));
            }
        });
        Map<AccountId, String> names = recipients.displayNames(people);
        Map<String, Long> perModule = new TreeMap<>();
        items.hiddenPerModule(item.authorId).forEach(row -> perModule.put((String) row[0], (Long) row[1]));
        AuthorEntity author = authors.findById(item.authorId).orElse(null);
        var history = new ItemDetails.AuthorHistory(
                items.countByAuthorId(item.authorId),
                items.countByAuthorIdAndHiddenTrue(item.authorId),
                items.reportsAgainst(item.authorId),
                !blocks.activeOf(item.authorId, clock.instant()).isEmpty(),
                author != null && author.trusted,
                perModule);
        return new ItemDetails(
                new ItemId(item.id()),
                item.ref(),
                item.authorId,
                names.getOrDefault(new AccountId(item.authorId), "?"),
                item.text,
                item.language,
                item.link,
                item.hidden,
                item.hiddenReason,
                item.hiddenBy,
                item.review,
                item.claimedBy,
                item.appealText,
                item.appealedAt,
                rs.stream()
                        .map(r -> new ItemDetails.Report(
                                names.getOrDefault(new AccountId(r.reporterId), "?"),
                                r.reason,
                                r.comment,
                                r.text,
                                r.createdAt))
                        .toList(),
                ds.stream()
                        .map(d -> new ItemDetails.DecisionEntry(
                                d.moderatorId == null ? null : names.getOrDefault(new AccountId(d.moderatorId), "?"),
                                d.action,
                                d.reason,
                                d.text,
                                d.createdAt))
                        .toList(),
                history,
                item.privateContent,
                item.context == null ? List.of() : List.of(item.context.split("\n")));
    }

    @Transactional
    public void claim(ItemId id, long moderatorId) {
        ItemEntity item = items.lockById(id.value()).orElseThrow();
        if (item.review == null) {
            throw new ModerationConflictException("moderation.conflict.decided");
        }
        if (item.claimedBy != null && item.claimedBy != moderatorId) {
            throw new ModerationConflictException("moderation.conflict.claimedByOther");
        }
        requireAnotherModeratorForAppeal(item, moderatorId);
        item.claimedBy = moderatorId;
        item.claimedAt = clock.instant();
        log(moderatorId, "CLAIM", item.ref().toString(), null, item.claimedAt);
    }

    @Transactional
    public void release(ItemId id, long moderatorId) {
        ItemEntity item = items.lockById(id.value()).orElseThrow();
        if (item.claimedBy != null && item.claimedBy == moderatorId) {
            item.claimedBy = null;
            item.claimedAt = null;
            log(moderatorId, "RELEASE", item.ref().toString(), null, clock.instant());
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
            ItemId id, long moderatorId, Decision decision, @Nullable String reason, @Nullable String redactedText) {
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
        if (item.review == null) {
            throw new ModerationConflictException("moderation.conflict.decided");
        }
        if (item.claimedBy == null || item.claimedBy != moderatorId) {
            throw new ModerationConflictException(
                    item.claimedBy == null ? "moderation.conflict.claimFirst" : "moderation.conflict.claimedByOther");
        }
        requireAnotherModeratorForAppeal(item, moderatorId);
        Instant now = clock.instant();
        boolean appeal = item.review == ReviewReason.APPEAL;
        switch (decision) {
            case KEEP -> {
                boolean wasHidden = item.hidden;
                boolean toldAuthor = item.hiddenReason != null;
                showAgain(item);
                item.keptAtReports = item.reportCount;
                item.leaveQueue(now);
                record(item, moderatorId, appeal ? "APPEAL_UPHELD" : "KEEP", why, now);
                if (wasHidden) {
                    publisher.publishEvent(new ContentRestored(item.ref()));
                    if (toldAuthor) {
                        notifyAuthor(item, "restored", why == null ? "" : why, now);
                    }
                }
            }
            case HIDE, EDIT_OUT -> {
                if (decision == Decision.EDIT_OUT && redactedText != null) {
                    // the personal data leaves moderation's own records too
                    item.text = redactedText.strip();
                    reports.findByItemIdOrderByCreatedAt(item.id()).forEach(r -> r.text = item.text);
                    decisions.findByItemIdOrderById(item.id()).forEach(d -> d.text = item.text);
                }
                item.hidden = true;
                item.hiddenReason = why;
                item.hiddenBy = moderatorId;
                item.leaveQueue(now);
                record(item, moderatorId, appeal ? "APPEAL_REJECTED" : decision.name(), why, now);
                publisher.publishEvent(new ContentHidden(item.ref(), why == null ? "" : why));
                if (appeal) {
                    notifyAuthor(item, "appealRejected", why == null ? "" : why, now);
                } else {
                    notifyHidden(item, why == null ? "" : why, now);
                }
            }
            case ESCALATE -> {
                item.review = ReviewReason.ESCALATED;
                item.reviewSince = now;
                item.claimedBy = null;
                item.claimedAt = null;
                record(item, moderatorId, "ESCALATE", why, now);
            }
        }
    }

    /** Undo of a hide outside the queue: shows the item again. */
    @Transactional
    public void restore(ItemId id, long moderatorId, @Nullable String reason) {
        ItemEntity item = items.lockById(id.value()).orElseThrow();
        if (!item.hidden) {
            return;
        }
        Instant now = clock.instant();
        boolean toldAuthor = item.hiddenReason != null;
        showAgain(item);
        item.leaveQueue(now);
        record(item, moderatorId, "RESTORE", reason, now);
        publisher.publishEvent(new ContentRestored(item.ref()));
        if (toldAuthor) {
            notifyAuthor(item, "restored", reason == null ? "" : reason, now);
        }
    }

    private static void showAgain(ItemEntity item) {
        item.hidden = false;
        item.hiddenReason = null;
        item.hiddenBy = null;
        item.hiddenByBlock = null;
    }

    private static void requireAnotherModeratorForAppeal(ItemEntity item, long moderatorId) {
        if (item.review == ReviewReason.APPEAL && item.hiddenBy != null && item.hiddenBy == moderatorId) {
            throw new ModerationConflictException("moderation.conflict.appealOtherModerator");
        }
    }

    // ---- authors: appeals

    @Transactional(readOnly = true)
    public List<MyModeratedItem> hiddenOf(long authorId) {
        return items.findByAuthorIdAndHiddenTrueAndHiddenReasonIsNotNullOrderByUpdatedAtDesc(authorId).stream()
                .map(i -> new MyModeratedItem(
                        new ItemId(i.id()),
                        i.ref(),
                        i.text,
                        i.hiddenReason,
                        i.link,
                        i.appealedAt,
                        i.appealedAt == null && i.review == null))
                .toList();
    }

    @Transactional
    public void appeal(ItemId id, long authorId, String text) {
        String words = text.strip();
        if (words.isEmpty() || words.length() > 2000) {
            throw new InvalidInputException("appeal", "moderation.validation.appeal");
        }
        ItemEntity item = items.lockById(id.value()).orElseThrow();
        if (item.authorId != authorId) {
            throw new AccessDeniedException("Only the author appeals");
        }
        if (item.appealedAt != null) {
            throw new InvalidInputException("appeal", "moderation.appeal.twice");
        }
        if (!item.hidden || item.hiddenReason == null || item.review != null) {
            throw new InvalidInputException("appeal", "moderation.appeal.notNow");
        }
        Instant now = clock.instant();
        item.appealText = words;
        item.appealedAt = now;
        item.review = ReviewReason.APPEAL;
        item.reviewSince = now;
        item.updatedAt = now;
        record(item, authorId, "APPEAL", words, now);
    }

    // ---- blocks

    @Transactional
    public long block(
            long accountId, @Nullable Instant until, String justification, boolean hideContent, long moderatorId) {
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
        log(moderatorId, until == null ? "BLOCK" : "SUSPEND", "account:" + accountId, why, now);
        if (hideContent) {
            for (ItemEntity item : items.findByAuthorIdAndHiddenFalse(accountId)) {
                item.hidden = true;
                item.hiddenReason = why;
                item.hiddenBy = moderatorId;
                item.hiddenByBlock = block.id;
                item.updatedAt = now;
                record(item, moderatorId, "HIDE_WITH_BLOCK", why, now);
                publisher.publishEvent(new ContentHidden(item.ref(), why));
            }
        }
        publisher.publishEvent(new NotificationRequested(
                accountId,
                NotificationKind.MODERATION_DECISION,
                "moderation-block-" + block.id,
                until == null ? "moderation.notify.blocked.subject" : "moderation.notify.suspended.subject",
                until == null ? "moderation.notify.blocked.body" : "moderation.notify.suspended.body",
                List.of(why),
                until,
                "/my-content/moderated"));
        return block.id;
    }

    /** Lifts a block; content hidden together with it is shown again when {@code restoreContent}. */
    @Transactional
    public void lift(long blockId, long moderatorId, @Nullable String reason, boolean restoreContent) {
        BlockEntity block = blocks.findById(blockId).orElseThrow();
        if (block.liftedAt != null) {
            throw new ModerationConflictException("moderation.conflict.lifted");
        }
        Instant now = clock.instant();
        block.liftedAt = now;
        block.liftedBy = moderatorId;
        log(moderatorId, "LIFT", "account:" + block.accountId, reason, now);
        if (restoreContent) {
            for (ItemEntity item : items.findByHiddenByBlock(blockId)) {
                if (item.hidden) {
                    showAgain(item);
                    item.updatedAt = now;
                    record(item, moderatorId, "RESTORE_WITH_LIFT", reason, now);
                    publisher.publishEvent(new ContentRestored(item.ref()));
                }
            }
        }
    }

    @Transactional(readOnly = true)
    public List<BlockView> activeBlocks() {
        List<BlockEntity> active = blocks.active(clock.instant());
        Set<AccountId> people = new HashSet<>();
        active.forEach(b -> {
            people.add(new AccountId(b.accountId));
            people.add(new AccountId(b.createdBy));
        });
        Map<AccountId, String> names = people.isEmpty() ? Map.of() : recipients.displayNames(people);
        return active.stream()
                .map(b -> new BlockView(
                        b.id,
                        b.accountId,
                        names.getOrDefault(new AccountId(b.accountId), "?"),
                        b.until,
                        b.justification,
                        names.getOrDefault(new AccountId(b.createdBy), "?"),
                        b.createdAt,
                        b.liftedAt))
                .toList();
    }

    @Transactional
    public void setTrusted(long accountId, boolean trusted, long moderatorId) {
        Instant now = clock.instant();
        AuthorEntity author = authors.findById(accountId).orElseGet(() -> new AuthorEntity(accountId, now));
        author.trusted = trusted;
        authors.save(author);
        log(moderatorId, trusted ? "TRUST" : "UNTRUST", "account:" + accountId, null, now);
    }

    // ---- screening

    @Transactional(readOnly = true)
    public Verdict screen(long authorId, String text, @Nullable String language, boolean staffAuthor) {
        Instant now = clock.instant();
        List<BlockEntity> active = blocks.activeOf(authorId, now);
        if (!active.isEmpty()) {
            BlockEntity block = active.getFirst();
            Language lang = language(authorId);
            String message = block.until == null
                    ? translate("moderation.screen.blocked", lang)
                    : translate("moderation.screen.suspended", lang, Formats.dateTime(block.until, lang.locale()));
            return new Verdict(Outcome.BLOCK, message);
        }
        AuthorEntity author = authors.findById(authorId).orElseGet(() -> new AuthorEntity(authorId, now));
        return rules(author, text, language, staffAuthor, now);
    }

    private Verdict rules(
            AuthorEntity author, String text, @Nullable String language, boolean staffAuthor, Instant now) {
        Verdict strongest = Verdict.ALLOW;
        String normalised = normalise(text);
        for (WatchedWordEntity word : words.ordered()) {
            if (!"*".equals(word.language) && language != null && !word.language.equalsIgnoreCase(language)) {
                continue;
            }
            if (!contains(normalised, normalise(word.word))) {
                continue;
            }
            Verdict v = switch (word.action) {
                case BLOCK ->
                    new Verdict(
                            Outcome.BLOCK,
                            word.message != null && !word.message.isBlank()
                                    ? word.message
                                    : translate("moderation.screen.word", language(author.accountId)));
                case QUEUE -> new Verdict(Outcome.QUEUE, null);
                case FLAG -> new Verdict(Outcome.FLAG, null);
            };
            if (v.outcome().ordinal() > strongest.outcome().ordinal()) {
                strongest = v;
            }
        }
        if (strongest.outcome() == Outcome.BLOCK || strongest.outcome() == Outcome.QUEUE) {
            return strongest;
        }
        if (!staffAuthor && !author.trusted) {
            ModerationSettings s = settings();
            boolean fewPosts = s.newAccountPosts() > 0 && author.submittedCount < s.newAccountPosts();
            boolean newWriter = s.newAccountDays() > 0
                    && author.firstSeenAt
                            .plus(Duration.ofDays(s.newAccountDays()))
                            .isAfter(now);
            if (fewPosts || newWriter) {
                return new Verdict(Outcome.QUEUE, null);
            }
        }
        return strongest;
    }

    static String normalise(String text) {
        String plain = INVISIBLE
                .matcher(Normalizer.normalize(text, Normalizer.Form.NFKC))
                .replaceAll("");
        return plain.toLowerCase(Locale.ROOT);
    }

    /** Whole-word match (letters and digits in any script count as word characters). */
    static boolean contains(String text, String word) {
        if (word.isBlank()) {
            return false;
        }
        return Pattern.compile(
                        "(?<![\\p{L}\\p{N}])" + Pattern.quote(word) + "(?![\\p{L}\\p{N}])",
                        Pattern.UNICODE_CASE | Pattern.CASE_INSENSITIVE)
                .matcher(text)
                .find();
    }

    // ---- watched words

    @Transactional(readOnly = true)
    public List<WatchedWord> watchedWords() {
        return words.ordered().stream()
                .map(w -> new WatchedWord(w.id, w.language, w.word, w.action, w.message))
                .toList();
    }

    @Transactional
    public WatchedWord addWord(
            String language, String word, WordAction action, @Nullable String message, long moderatorId) {
        String lang = language.isBlank() ? "*" : language.strip().toLowerCase(Locale.ROOT);
        String w = normalise(word.strip());
        List<FieldError> errors = new ArrayList<>();
        if (!lang.equals("*") && Language.byCode(lang).isEmpty()) {
            errors.add(new FieldError("language", "moderation.validation.language"));
        }
        if (w.isEmpty() || w.length() > 100) {
            errors.add(new FieldError("word", "moderation.validation.word"));
        } else if (words.existsByLanguageAndWord(lang, w)) {
            errors.add(new FieldError("word", "moderation.validation.wordExists"));
        }
        String msg = message == null || message.isBlank() ? null : message.strip();
        if (msg != null && msg.length() > 500) {
            errors.add(new FieldError("message", "moderation.validation.message"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        Instant now = clock.instant();
        WatchedWordEntity saved = words.saveAndFlush(new WatchedWordEntity(lang, w, action, msg, moderatorId, now));
        log(moderatorId, "WORD_ADD", "word:" + lang + ":" + w, action.name(), now);
        return new WatchedWord(saved.id, lang, w, action, msg);
    }

    @Transactional
    public void removeWord(long id, long moderatorId) {
        words.findById(id).ifPresent(w -> {
            words.delete(w);
            log(moderatorId, "WORD_REMOVE", "word:" + w.language + ":" + w.word, null, clock.instant());
        });
    }

    // ---- settings

    @Transactional(readOnly = true)
    public ModerationSettings settings() {
        Map<String, String> stored = new LinkedHashMap<>();
        settings.findAll().forEach(s -> stored.put(s.name, s.value));
        return new ModerationSettings(
                number(stored.get(AUTO_HIDE), defaults.autoHideReports()),
                number(stored.get(NEW_POSTS), defaults.newAccountPosts()),
                number(stored.get(NEW_DAYS), defaults.newAccountDays()));
    }

    @Transactional
    public void changeSettings(ModerationSettings next, long moderatorId) {
        List<FieldError> errors = new ArrayList<>();
        if (next.autoHideReports() < 1 || next.autoHideReports() > 100) {
            errors.add(new FieldError("autoHideReports", "moderation.validation.autoHide"));
        }
        if (next.newAccountPosts() < 0 || next.newAccountPosts() > 100) {
            errors.add(new FieldError("newAccountPosts", "moderation.validation.newPosts"));
        }
        if (next.newAccountDays() < 0 || next.newAccountDays() > 365) {
            errors.add(new FieldError("newAccountDays", "moderation.validation.newDays"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        settings.save(new SettingEntity(AUTO_HIDE, Integer.toString(next.autoHideReports())));
        settings.save(new SettingEntity(NEW_POSTS, Integer.toString(next.newAccountPosts())));
        settings.save(new SettingEntity(NEW_DAYS, Integer.toString(next.newAccountDays())));
        log(
                moderatorId,
                "SETTINGS",
                "settings",
                next.autoHideReports() + "/" + next.newAccountPosts() + "/" + next.newAccountDays(),
                clock.instant());
    }

    private static int number(@Nullable String value, int fallback) {
        try {
            return value == null ? fallback : Integer.parseInt(value);
        } catch (NumberFormatException e) {
            return fallback;
        }
    }

    // ---- the action log

    @Transactional(readOnly = true)
    public List<LogEntry> recentLog(int max) {
        return toEntries(log.recent(PageRequest.of(0, max)));
    }

    /** The log since a time as CSV (UTF-8 with a byte-order mark): time, who, action, target, reason. */
    @Transactional
    public byte[] logCsv(Instant from, Locale locale, long actorId) {
        audit.record(new StaffAccess(actorId, AccessKind.EXPORT, null, "moderation:log-csv", "/staff/moderation/log"));
        CsvWriter csv = CsvWriter.withHeader(
                translate("moderation.log.time", Language.of(locale)),
                translate("moderation.log.who", Language.of(locale)),
                translate("moderation.log.action", Language.of(locale)),
                translate("moderation.log.target", Language.of(locale)),
                translate("moderation.log.reason", Language.of(locale)));
        for (LogEntry e : toEntries(log.since(from))) {
            csv.row(
                    e.at().toString(),
                    e.actorName() == null ? "system" : e.actorName(),
                    e.action(),
                    e.target(),
                    e.reason() == null ? "" : e.reason());
        }
        return csv.toBytes();
    }

    private List<LogEntry> toEntries(List<LogEntity> entries) {
        Set<AccountId> people = new HashSet<>();
        entries.forEach(e -> {
            if (e.actorId != null) {
                people.add(new AccountId(e.actorId));
            }
        });
        Map<AccountId, String> names = people.isEmpty() ? Map.of() : recipients.displayNames(people);
        return entries.stream()
                .map(e -> new LogEntry(
                        e.id == null ? 0 : e.id,
                        e.createdAt,
                        e.actorId == null ? null : names.getOrDefault(new AccountId(e.actorId), "?"),
                        e.action,
                        e.target,
                        e.reason))
                .toList();
    }

    // ---- helpers

    private void record(
            ItemEntity item, @Nullable Long moderatorId, String action, @Nullable String reason, Instant now) {
        decisions.save(new DecisionEntity(item.id(), moderatorId, action, clip(reason), item.text, now));
        log(moderatorId, action, item.ref().toString(), reason, now);
    }

    private void log(@Nullable Long actorId, String action, String target, @Nullable String reason, Instant now) {
        log.save(new LogEntity(actorId, action, clip(target, 140), clip(reason), now));
    }

    /** Reasons are kept to their column's 1,000 characters (an appeal's full text stays on the item). */
    private static @Nullable String clip(@Nullable String text) {
        return text == null ? null : clip(text, 1000);
    }

    private static String clip(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }

    private void notifyHidden(ItemEntity item, String reason, Instant now) {
        notifyAuthor(item, "hidden", reason, now);
    }

    private void notifyAuthor(ItemEntity item, String what, String reason, Instant now) {
        String excerpt = item.text.length() > 80 ? item.text.substring(0, 80) + "…" : item.text;
        publisher.publishEvent(new NotificationRequested(
                item.authorId,
                NotificationKind.MODERATION_DECISION,
                "moderation-" + what + "-" + item.id() + "-" + now.toEpochMilli(),
                "moderation.notify." + what + ".subject",
                "moderation.notify." + what + ".body",
                List.of(reason, excerpt),
                null,
                "/my-content/moderated"));
    }

    private Language language(long accountId) {
        return recipients
                .of(new AccountId(accountId))
                .flatMap(r -> Language.byCode(r.language()))
                .orElse(Language.DEFAULT);
    }

    private String translate(String key, Language language, Object... args) {
        return translations.getTranslation(key, language.locale(), args);
    }

    /** Names for many accounts at once (views show who did what). */
    @Transactional(readOnly = true)
    public Map<AccountId, String> names(Collection<AccountId> ids) {
        return ids.isEmpty() ? Map.of() : recipients.displayNames(ids);
    }
}
