package se.brobygge.insights;

import org.jspecify.annotations.Nullable;
import se.brobygge.shared.InvalidInputException;

/**
 * What the dashboard shows: the months, optionally one area of the municipality, and the number
 * of days within which a resident's post counts as answered.
 */
public record DashboardRequest(
        DashboardPeriod period, @Nullable String area, int answeredWithinDays) {

    public static final int DEFAULT_ANSWER_DAYS = 7;

    /** The longest answer window; the nightly roll-up stores every window up to it. */
    public static final int MAX_ANSWER_DAYS = 90;

    public DashboardRequest {
        if (answeredWithinDays < 1 || answeredWithinDays > MAX_ANSWER_DAYS) {
            throw new InvalidInputException("answeredWithinDays", "insights.validation.days");
        }
        if (area != null && area.isBlank()) {
            area = null;
        }
    }

    public DashboardRequest(DashboardPeriod period) {
        this(period, null, DEFAULT_ANSWER_DAYS);
    }
}
