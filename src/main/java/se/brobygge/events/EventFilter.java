package se.brobygge.events;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/** What a visitor narrows the event list by; every part is optional. */
public record EventFilter(
        @Nullable String text,
        @Nullable LocalDate from,
        @Nullable LocalDate to,
        @Nullable Category category,
        @Nullable Audience audience,
        @Nullable String language,
        boolean childFriendlyOnly,
        boolean freeOnly) {

    public static EventFilter none() {
        return new EventFilter(null, null, null, null, null, null, false, false);
    }
}
