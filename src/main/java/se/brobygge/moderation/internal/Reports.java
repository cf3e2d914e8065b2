package se.brobygge.moderation.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import se.brobygge.identity.AccountId;
import se.brobygge.moderation.ReportReason;
import se.brobygge.shared.InvalidInputException;
import se.brobygge.shared.content.ContentHidden;
import se.brobygge.shared.content.ContentRef;

/** Reports on content, one per person and item; enough of them hide the item until reviewed. */
@Component
public class Reports {

    private final ItemRepository items;
    private final ReportRepository reports;
    private final ModerationSettingsStore settings;
    private final Journal journal;
    private final ApplicationEventPublisher publisher;
    private final Clock clock;

    Reports(
            ItemRepository items,
            ReportRepository reports,
            ModerationSettingsStore settings,
            Journal journal,
            ApplicationEventPublisher publisher,
            Clock clock) {
        this.items = items;
        this.reports = reports;
        this.settings = settings;
        this.journal = journal;
        this.publisher = publisher;
        this.clock = clock;
    }

    @Transactional
    public void report(
            ContentRef ref,
            AccountId reporter,
            ReportReason reason,
            @Nullable String comment,
            @Nullable String textAsSeen) {
        long reporterId = reporter.value();
        String cleanComment = comment == null || comment.isBlank() ? null : comment.strip();
        if (cleanComment != null && cleanComment.length() > 1000) {
            throw new InvalidInputException("comment", "moderation.validation.comment");
        }
        if (reason == ReportReason.OTHER && cleanComment == null) {
            throw new InvalidInputException("comment", "moderation.report.otherNeedsText");
        }
        ItemEntity item = items.lockRef(ref.module(), ref.type(), ref.id())
                .orElseThrow(() -> new InvalidInputException("reason", "moderation.report.unknown"));
        if (item.authorId() == reporterId) {
            throw new InvalidInputException("reason", "moderation.report.own");
        }
        if (reports.existsByItemIdAndReporterId(item.id(), reporterId)) {
            throw new InvalidInputException("reason", "moderation.report.twice");
        }
        Instant now = clock.instant();
        try {
            reports.saveAndFlush(new ReportEntity(
                    item.id(), reporterId, reason, cleanComment, textAsSeen == null ? item.text() : textAsSeen, now));
        } catch (DataIntegrityViolationException sameReporter) {
            throw new InvalidInputException("reason", "moderation.report.twice");
        }
        item.reported(now);
        journal.log(reporterId, "REPORT", item.ref().toString(), reason.code(), now);
        int threshold = settings.current().autoHideReports();
        if (!item.outOfSight() && item.reportsSinceKept() >= threshold) {
            String why = journal.translate("moderation.autoHidden.reason", journal.language(item.authorId()));
            item.hideByReports(why);
            journal.record(item, null, "AUTO_HIDE", why, now);
            publisher.publishEvent(new ContentHidden(item.ref(), why));
            journal.notifyAuthor(item, "hidden", why, now);
        }
    }

    /** Of the given contents of one module and type, the ids of those the reporter has reported: one query. */
    @Transactional(readOnly = true)
    public Set<Long> reportedAmong(String module, String type, Collection<Long> ids, AccountId reporter) {
        if (ids.isEmpty()) {
            return Set.of();
        }
        return Set.copyOf(reports.reportedAmong(reporter.value(), module, type, ids));
    }

    @Transactional(readOnly = true)
    public boolean hasReported(ContentRef ref, AccountId reporter) {
        return items.findRef(ref.module(), ref.type(), ref.id())
                .map(i -> reports.existsByItemIdAndReporterId(i.id(), reporter.value()))
                .orElse(false);
    }
}
