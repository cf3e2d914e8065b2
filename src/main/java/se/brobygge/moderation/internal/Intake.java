package se.brobygge.moderation.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import se.brobygge.identity.AccountId;
import se.brobygge.moderation.ReportReason;
import se.brobygge.shared.InvalidInputException;
import se.brobygge.shared.content.ContentRef;
import se.brobygge.shared.content.ContentScreening.Outcome;
import se.brobygge.shared.content.ContentScreening.Verdict;

/** Content from the owning modules: snapshots, holds, and reports made in the owner's own UI. */
@Component
class Intake {

    private final ItemRepository items;
    private final AuthorRepository authors;
    private final Rules rules;
    private final Reports reports;
    private final Journal journal;
    private final Clock clock;

    Intake(ItemRepository items, AuthorRepository authors, Rules rules, Reports reports, Journal journal, Clock clock) {
        this.items = items;
        this.authors = authors;
        this.rules = rules;
        this.reports = reports;
        this.journal = journal;
        this.clock = clock;
    }

    /** A module's content was created or changed: keep the snapshot and apply the verdict. */
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
        // the rules see the author as they were before this submission, as screening did
        Verdict verdict = rules.onSubmission(author, text, language, staffAuthor, now);
        Optional<ItemEntity> existing = items.lockRef(ref.module(), ref.type(), ref.id());
        ItemEntity item = existing.orElseGet(() -> new ItemEntity(ref, authorId, text, language, link, now));
        if (existing.isEmpty()) {
            author.submitted();
        }
        authors.save(author);
        item.resubmit(text, language, link, now);
        item = items.saveAndFlush(item);
        if (verdict.outcome() == Outcome.QUEUE && !item.outOfSight()) {
            item.hold(now);
            journal.record(item, null, "QUEUED", null, now);
        } else if (verdict.outcome() == Outcome.FLAG) {
            item.flag(now);
            journal.record(item, null, "FLAGGED", null, now);
        }
    }

    /** The owning module holds the content back until a moderator has looked. */
    @Transactional
    public void heldForReview(ContentRef ref) {
        items.lockRef(ref.module(), ref.type(), ref.id()).ifPresent(item -> {
            if (!item.held() && !(item.hidden() && item.review() != null)) {
                Instant now = clock.instant();
                item.hold(now);
                journal.record(item, null, "QUEUED", null, now);
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
            item.reportedInPrivate(context.isEmpty() ? null : Journal.clip(String.join("\n", context), 4000));
            items.saveAndFlush(item);
        }
        ReportReason reason = ReportReason.ofCode(reasonCode).orElse(ReportReason.OTHER);
        try {
            reports.report(
                    ref, new AccountId(reporterId), reason, comment == null ? null : Journal.clip(comment, 1000), text);
        } catch (InvalidInputException twiceOrOwn) {
            // a repeated delivery of the same report changes nothing
        }
    }
}
