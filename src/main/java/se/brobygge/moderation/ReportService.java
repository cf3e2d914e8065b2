package se.brobygge.moderation;

import java.util.Collection;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import se.brobygge.identity.AccountId;
import se.brobygge.identity.CurrentUser;
import se.brobygge.moderation.internal.Reports;
import se.brobygge.shared.InvalidInputException;
import se.brobygge.shared.content.ContentRef;
import se.brobygge.shared.ratelimit.RateLimits;

/**
 * Reporting content, for any module's views: any signed-in user may report an item once, with a
 * reason. Enough reports hide the item until a moderator has looked.
 */
@Service
@PreAuthorize("isAuthenticated()")
public class ReportService {

    private final Reports reports;
    private final CurrentUser currentUser;
    private final RateLimits rateLimits;

    ReportService(Reports reports, CurrentUser currentUser, RateLimits rateLimits) {
        this.reports = reports;
        this.currentUser = currentUser;
        this.rateLimits = rateLimits;
    }

    /**
     * @throws InvalidInputException "reason" when reported before by me, my own, or unknown;
     *                               "comment" when too long or missing for OTHER. Nothing is saved.
     */
    public void report(ContentRef ref, ReportReason reason, @Nullable String comment) {
        AccountId me = currentUser.require();
        rateLimits.acquire("report", Long.toString(me.value()), "reason", "moderation.report.rateLimited");
        reports.report(ref, me, reason, comment, null);
    }

    public boolean hasReported(ContentRef ref) {
        return reports.hasReported(ref, currentUser.require());
    }

    /**
     * Of the given contents of one module and type (e.g. the posts on a page), the ids of those I
     * have reported, asked in one query rather than once per content.
     */
    public Set<Long> reportedByMe(String module, String type, Collection<Long> ids) {
        return reports.reportedAmong(module, type, ids, currentUser.require());
    }
}
