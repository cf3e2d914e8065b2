package se.brobygge.privacy;

import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.brobygge.identity.AccountId;
import se.brobygge.identity.CurrentUser;
import se.brobygge.identity.Recipients;
import se.brobygge.privacy.internal.ExportBuilder;
import se.brobygge.privacy.internal.ExportStore;
import se.brobygge.shared.InvalidInputException;
import se.brobygge.shared.i18n.Formats;
import se.brobygge.shared.ratelimit.RateLimits;

/**
 * "Download my data": a signed-in person asks for an export of everything the platform holds
 * about them, follows its progress and downloads it. Only the person themselves can see or
 * download their exports; staff cannot.
 */
@Service
@PreAuthorize("isAuthenticated()")
public class DataExportService {

    private final ExportStore store;
    private final ExportBuilder builder;
    private final CurrentUser currentUser;
    private final Recipients recipients;
    private final Clock clock;
    private final RateLimits.Limit limit;

    /**
     * The allowance is the "export" rate limit ({@code brobygge.rate-limits.export.*}, 3 a day by
     * default), counted in the exports table rather than in a node's memory, so it holds across nodes
     * and restarts.
     */
    DataExportService(
            ExportStore store,
            ExportBuilder builder,
            CurrentUser currentUser,
            Recipients recipients,
            Clock clock,
            RateLimits rateLimits) {
        this.limit = rateLimits.limit("export");
        this.store = store;
        this.builder = builder;
        this.currentUser = currentUser;
        this.recipients = recipients;
        this.clock = clock;
    }

    /**
     * Starts building an export of the signed-in person's data.
     *
     * @throws InvalidInputException "export": one is being built already, or the allowance was used
     *                               within the limit's period
     */
    @Transactional
    public DataExport requestMine() {
        AccountId me = currentUser.require();
        Instant now = clock.instant();
        List<DataExport> recent = store.recent(me.value(), now.minus(limit.period()));
        if (recent.stream().anyMatch(e -> e.status().busy())) {
            throw new InvalidInputException("export", "privacy.export.busy");
        }
        if (recent.size() >= limit.capacity()) {
            throw new InvalidInputException("export", "privacy.export.tooMany");
        }
        String language = recipients.of(me).map(Recipients.Recipient::language).orElse("sv");
        long id;
        try {
            id = store.insert(me.value(), language, builder.parts(), now);
        } catch (DuplicateKeyException beingBuilt) {
            // a request at the same moment won: one export is built at a time, and it counts for the day
            throw new InvalidInputException("export", "privacy.export.busy");
        }
        builder.startAfterCommit(id);
        return store.find(id).orElseThrow().export();
    }

    /** The signed-in person's exports not yet expired, newest first. */
    @Transactional(readOnly = true)
    public List<DataExport> mine() {
        return store.ofAccount(currentUser.require().value(), clock.instant());
    }

    /**
     * The ZIP file of one of the signed-in person's ready exports.
     *
     * @throws AccessDeniedException when the export is someone else's, not ready or expired
     */
    @Transactional(readOnly = true)
    public ExportFile download(long exportId) {
        AccountId me = currentUser.require();
        ExportStore.Row row = store.find(exportId)
                .filter(r -> r.accountId() == me.value())
                .orElseThrow(() -> new AccessDeniedException("Not your export"));
        DataExport export = row.export();
        if (export.status() != ExportStatus.READY
                || export.expiresAt() == null
                || !clock.instant().isBefore(export.expiresAt())) {
            throw new AccessDeniedException("Export not available");
        }
        byte[] content = store.content(exportId);
        if (content == null) {
            throw new AccessDeniedException("Export not available");
        }
        // the day as people here count it, not UTC's (which is still "yesterday" until 01:00 or 02:00)
        String date =
                DateTimeFormatter.ISO_LOCAL_DATE.format(export.requestedAt().atZone(Formats.MUNICIPALITY_ZONE));
        return new ExportFile("brobygge-my-data-" + date + ".zip", content);
    }
}
