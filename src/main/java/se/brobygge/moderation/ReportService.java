package se.brobygge.moderation;

import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import se.brobygge.identity.CurrentUser;
import se.brobygge.moderation.internal.ModerationCore;
import se.brobygge.shared.InvalidInputException;
import se.brobygge.shared.content.ContentRef;

/**
 * Reporting content, for any module's views: any signed-in user may report an item once, with a
 * reason. Enough reports hide the item until a moderator has looked.
 */
@Service
@PreAuthorize("isAuthenticated()")
public class ReportService {

    private final ModerationCore core;
    private final CurrentUser currentUser;

    private final se.brobygge.shared.ratelimit.RateLimits rateLimits;

    ReportService(ModerationCore core, CurrentUser currentUser, se.brobygge.shared.ratelimit.RateLimits rateLimits) {
        this.core = core;
        this.currentUser = currentUser;
        this.rateLimits = rateLimits;
    }

    /**
     * @throws InvalidInputException "reason" when reported before by me, my own, or unknown;
     *                               "comment" when too long or missing for OTHER. Nothing is saved.
     */
    public void report(ContentRef ref, ReportReason reason, @Nullable String comment) {
        long me = currentUser.require().value();
        rateLimits.acquire("report", Long.toString(me), "reason", "moderation.report.rateLimited");
        core.report(ref, me, reason, comment, null);
    }

    public boolean hasReported(ContentRef ref) {
        return core.hasReported(ref, currentUser.require().value());
    }
}
