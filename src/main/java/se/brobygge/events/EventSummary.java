package se.brobygge.events;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/** An event as lists and pages show it. */
public record EventSummary(
        EventId id,
        String title,
        String description,
        Instant startsAt,
        Instant endsAt,
        @Nullable Long placeId,
        @Nullable String onlineUrl,
        Category category,
        Audience audience,
        Set<String> languages,
        boolean childFriendly,
        @Nullable BigDecimal costSek,
        @Nullable Integer capacity,
        int confirmed,
        @Nullable Instant signupDeadline,
        EventStatus status,
        String organiserName,
        @Nullable Long seriesId,
        boolean approvalRequired) {

    public boolean free() {
        return costSek == null || costSek.signum() == 0;
    }

    /** Seats left, or null when the event has no limit. */
    public @Nullable Integer seatsLeft() {
        return capacity == null ? null : Math.max(0, capacity - confirmed);
    }
}
