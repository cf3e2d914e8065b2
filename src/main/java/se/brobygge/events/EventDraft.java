package se.brobygge.events;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.Set;

import org.jspecify.annotations.Nullable;

/**
 * What an organiser fills in. Times are local times in the municipality (Europe/Stockholm).
 *
 * @param capacity  seats, or null for unlimited
 * @param costSek   the price in kronor, or null when free
 */
public record EventDraft(
        String title,
        String description,
        @Nullable Long placeId,
        @Nullable String onlineUrl,
        @Nullable LocalDateTime startsAt,
        @Nullable LocalDateTime endsAt,
        @Nullable Category category,
        @Nullable Audience audience,
        Set<String> languages,
        boolean childFriendly,
        @Nullable BigDecimal costSek,
        @Nullable Integer capacity,
        @Nullable LocalDateTime signupDeadline) {
}
