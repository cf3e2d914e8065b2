package se.brobygge.events.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import se.brobygge.events.Audience;
import se.brobygge.events.Category;
import se.brobygge.events.EventDraft;
import se.brobygge.events.EventEditingService;
import se.brobygge.events.EventId;
import se.brobygge.events.EventSummary;
import se.brobygge.identity.Roles;
import se.brobygge.shared.i18n.Language;
import se.brobygge.support.IntegrationTest;
import se.brobygge.support.RunAs;
import se.brobygge.support.TestAccounts;

/** While the index cannot be trusted, the list's search finds an event by a word in any of its languages. */
@IntegrationTest
class EventsWithoutIndexIT {

    @Autowired
    EventsWithoutIndex database;

    @Autowired
    EventEditingService editing;

    @Autowired
    TestAccounts accounts;

    @Test
    void anArabicWordOfTheTitleOrDescriptionFindsTheEvent() {
        String marker = "db" + System.nanoTime();
        TestAccounts.Created staff = accounts.create("Lina", Roles.STAFF);
        LocalDateTime start = LocalDateTime.now()
                .plusDays(9)
                .withHour(18)
                .withMinute(0)
                .withSecond(0)
                .withNano(0);
        EventId id = RunAs.as(
                staff,
                Roles.STAFF,
                () -> editing.create(EventDraft.builder()
                        .title("Läxhjälp " + marker)
                        .description("Vi hjälper till med läxorna.")
                        .titleTranslations(Map.of(Language.ARABIC, "مساعدة في الواجبات المدرسية"))
                        .descriptionTranslations(Map.of(Language.ARABIC, "نساعد الأطفال كل أسبوع."))
                        .onlineUrl("https://meet.brohamn.example/" + marker)
                        .startsAt(start)
                        .endsAt(start.plusHours(2))
                        .category(Category.MEETUP)
                        .audience(Audience.EVERYONE)
                        .languages(Set.of("sv", "ar"))
                        .capacity(20)
                        .build()));

        EventSearch.Found byTitle = database.page(criteria("الواجبات " + marker), 0, 10);
        assertThat(byTitle.total()).isEqualTo(1);
        EventSummary found = byTitle.events().getFirst();
        assertThat(found.id()).isEqualTo(id);
        assertThat(found.titles().in(Language.ARABIC).text()).isEqualTo("مساعدة في الواجبات المدرسية");
        assertThat(database.page(criteria("الأطفال " + marker), 0, 10).events())
                .extracting(EventSummary::id)
                .containsExactly(id);
        assertThat(database.page(criteria("الكتب " + marker), 0, 10).total()).isZero();
        assertThat(database.matching("الواجبات " + marker, 10)).containsExactly(id.value());
    }

    private static EventSearch.Criteria criteria(String text) {
        Instant now = Instant.now();
        return new EventSearch.Criteria(
                text,
                now.minus(Duration.ofDays(1)),
                now.plus(Duration.ofDays(365)),
                null,
                null,
                null,
                false,
                false,
                null);
    }
}
