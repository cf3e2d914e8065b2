package se.brobygge.support;

import java.time.LocalDateTime;
import java.util.Set;
import se.brobygge.events.Audience;
import se.brobygge.events.Category;
import se.brobygge.events.EventDraft;

/** A valid event a week ahead, for tests that need one. */
public final class TestEvents {

    private TestEvents() {}

    public static EventDraft draft(String title, int capacity) {
        LocalDateTime start = LocalDateTime.now()
                .plusDays(7)
                .withHour(18)
                .withMinute(0)
                .withSecond(0)
                .withNano(0);
        return new EventDraft(
                title,
                "Vi pratar svenska över en kopp kaffe.",
                null,
                "https://meet.brohamn.example/cafe",
                start,
                start.plusHours(2),
                Category.LANGUAGE_CAFE,
                Audience.EVERYONE,
                Set.of("sv", "ar"),
                true,
                null,
                capacity,
                null);
    }
}
