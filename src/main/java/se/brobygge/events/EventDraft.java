package se.brobygge.events;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * What an organiser fills in. Times are local times in the municipality (Europe/Stockholm).
 *
 * @param capacity  seats, or null for unlimited
 * @param costSek   the price in kronor, or null when free
 * @param quotas    seats kept for groups (reserved seats per audience, or hard quotas per role)
 * @param approvalRequired  sign-ups wait for the organiser's approval
 * @param questions short questions asked at sign-up (at most 3), e.g. "Do you need an interpreter?"
 * @param onBehalfOf the association or employer organising it, or null for the municipality
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
        @Nullable LocalDateTime signupDeadline,
        List<SeatQuota> quotas,
        boolean approvalRequired,
        List<String> questions,
        @Nullable OnBehalfOf onBehalfOf) {

    public EventDraft {
        languages = Set.copyOf(languages);
        quotas = List.copyOf(quotas);
        questions = List.copyOf(questions);
    }

    /** An event without quotas, approval or questions, organised by the municipality. */
    public EventDraft(
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
        this(
                title,
                description,
                placeId,
                onlineUrl,
                startsAt,
                endsAt,
                category,
                audience,
                languages,
                childFriendly,
                costSek,
                capacity,
                signupDeadline,
                List.of(),
                false,
                List.of(),
                null);
    }

    /** The same event at another time (an occurrence of a series). */
    public EventDraft at(LocalDateTime start, LocalDateTime end, @Nullable LocalDateTime deadline) {
        return new EventDraft(
                title,
                description,
                placeId,
                onlineUrl,
                start,
                end,
                category,
                audience,
                languages,
                childFriendly,
                costSek,
                capacity,
                deadline,
                quotas,
                approvalRequired,
                questions,
                onBehalfOf);
    }
}
