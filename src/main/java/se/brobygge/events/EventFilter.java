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
        boolean freeOnly,
        @Nullable String area) {

    public EventFilter(
            @Nullable String text,
            @Nullable LocalDate from,
            @Nullable LocalDate to,
            @Nullable Category category,
            @Nullable Audience audience,
            @Nullable String language,
            boolean childFriendlyOnly,
            boolean freeOnly) {
        this(text, from, to, category, audience, language, childFriendlyOnly, freeOnly, null);
    }

    public static EventFilter none() {
        return new EventFilter(null, null, null, null, null, null, false, false, null);
    }

    /** The same filter for another period (a month in the calendar). */
    public EventFilter between(LocalDate from, LocalDate to) {
        return new EventFilter(text, from, to, category, audience, language, childFriendlyOnly, freeOnly, area);
    }
}
