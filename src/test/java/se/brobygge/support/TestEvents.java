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
        return EventDraft.builder()
                .title(title)
                .description("Vi pratar svenska över en kopp kaffe.")
                .onlineUrl("https://meet.brohamn.example/cafe")
                .startsAt(start)
                .endsAt(start.plusHours(2))
                .category(Category.LANGUAGE_CAFE)
                .audience(Audience.EVERYONE)
                .languages(Set.of("sv", "ar"))
                .childFriendly(true)
                .capacity(capacity)
                .build();
    }
}
