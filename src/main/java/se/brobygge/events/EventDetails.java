package se.brobygge.events;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * An event with what only its page and editor need: kept seats, sign-up questions, the
 * organisation organising it, and staff's note when they declined to publish it.
 */
public record EventDetails(
        EventSummary summary,
        List<SeatQuota> quotas,
        List<String> questions,
        @Nullable OnBehalfOf onBehalfOf,
        @Nullable String reviewNote,
        int companionsMax) {}
