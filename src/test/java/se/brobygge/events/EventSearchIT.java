package se.brobygge.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import se.brobygge.identity.Roles;
import se.brobygge.shared.i18n.Language;
import se.brobygge.support.IntegrationTest;
import se.brobygge.support.RunAs;
import se.brobygge.support.TestAccounts;

/** Searching finds words in their other forms, in Swedish, Arabic and English. */
@IntegrationTest
class EventSearchIT {

    @Autowired
    EventService events;

    @Autowired
    EventEditingService editing;

    @Autowired
    TestAccounts accounts;

    @Autowired
    SignUpService signUps;

    String marker;

    @BeforeEach
    void publish() {
        marker = "q" + System.nanoTime();
        TestAccounts.Created staff = accounts.create("Lina", Roles.STAFF);
        RunAs.as(
                staff,
                Roles.STAFF,
                () -> editing.create(draft("Föreningen Språkvänner träffas " + marker, "Alla är välkomna.")));
        RunAs.as(
                staff,
                Roles.STAFF,
                () -> editing.create(draft("Informationskväll " + marker, "Så fungerar föreningar i Sverige.")));
        RunAs.as(staff, Roles.STAFF, () -> editing.create(draft("مقهى اللغة " + marker, "نتحدث السويدية معًا.")));
        RunAs.as(
                staff,
                Roles.STAFF,
                () -> editing.create(draft("Board games " + marker, "Weekly meetups for everyone.")));
    }

    @Test
    void swedishInflectionsAreFound() {
        assertThat(titles("förening " + marker))
                .containsExactlyInAnyOrder("Föreningen Språkvänner träffas " + marker, "Informationskväll " + marker);
        assertThat(titles("föreningarna " + marker)).hasSize(2);
        assertThat(titles("språkvän " + marker)).containsExactly("Föreningen Språkvänner träffas " + marker);
    }

    @Test
    void arabicWithTheArticleFindsTheWordWithout() {
        assertThat(titles("المقهى " + marker)).containsExactly("مقهى اللغة " + marker);
    }

    @Test
    void anEventIsFoundByAWordOfItsArabicTitleOrDescriptionAndCarriesThem() {
        TestAccounts.Created staff = accounts.create("Lina", Roles.STAFF);
        EventId id = RunAs.as(
                staff,
                Roles.STAFF,
                () -> editing.create(draft("Läxhjälp " + marker, "Vi hjälper till med läxorna.").toBuilder()
                        .titleTranslations(Map.of(Language.ARABIC, "مساعدة في الواجبات المدرسية"))
                        .descriptionTranslations(Map.of(Language.ARABIC, "نساعد الأطفال كل أسبوع."))
                        .build()));
        List<EventSummary> byTitle = events.upcoming(filter("الواجبات " + marker, null));
        assertThat(byTitle).extracting(EventSummary::id).containsExactly(id);
        assertThat(byTitle.getFirst().titles().given(Language.ARABIC)).contains("مساعدة في الواجبات المدرسية");
        assertThat(byTitle.getFirst().descriptions().given(Language.ARABIC)).contains("نساعد الأطفال كل أسبوع.");
        assertThat(events.upcoming(filter("الأطفال " + marker, null)))
                .extracting(EventSummary::id)
                .containsExactly(id);
        assertThat(events.upcoming(filter("الكتب " + marker, null))).isEmpty();
    }

    @Test
    void englishPluralsAreFound() {
        assertThat(titles("meetup " + marker)).containsExactly("Board games " + marker);
    }

    @Test
    void wordsThatAreNotThereFindNothing() {
        assertThat(titles("simskola " + marker)).isEmpty();
    }

    @Test
    void foundEventsComeEarliestFirstWithTheirFiltersAndSeatsUpToDate() {
        TestAccounts.Created staff = accounts.create("Lina", Roles.STAFF);
        String word = "ordning" + System.nanoTime();
        LocalDateTime start = LocalDateTime.now()
                .plusDays(20)
                .withHour(10)
                .withMinute(0)
                .withSecond(0)
                .withNano(0);
        EventId later = RunAs.as(
                staff,
                Roles.STAFF,
                () -> editing.create(draft("Senare " + word, "Välkomna.")
                        .at(start.plusDays(2), start.plusDays(2).plusHours(1), null)));
        EventId earlier = RunAs.as(
                staff,
                Roles.STAFF,
                () -> editing.create(draft("Tidigare " + word, "Välkomna.").at(start, start.plusHours(1), null)));
        assertThat(events.upcoming(filter(word, null)).stream().map(EventSummary::id))
                .containsExactly(earlier, later);
        assertThat(events.upcoming(filter(word, "sv"))).hasSize(2);
        assertThat(events.upcoming(filter(word, "ar"))).isEmpty();

        TestAccounts.Created resident = accounts.create("Amal", Roles.RESIDENT);
        RunAs.as(resident, Roles.RESIDENT, () -> signUps.signUp(earlier));
        EventSummary found = events.upcoming(filter(word, null)).getFirst();
        assertThat(found.seatsLeft()).as("seats left after a sign-up").isEqualTo(19);
        assertThat(found)
                .as("what the list shows, read from the index")
                .isEqualTo(events.event(earlier).orElseThrow());
    }

    private static EventFilter filter(String text, String language) {
        return new EventFilter(text, null, null, null, null, language, false, false);
    }

    private List<String> titles(String text) {
        return events.upcoming(new EventFilter(text, null, null, null, null, null, false, false)).stream()
                .map(EventSummary::title)
                .toList();
    }

    @Test
    void aLongListComesInPagesEarliestFirstWithTheNumberOfMatches() {
        TestAccounts.Created staff = accounts.create("Lina", Roles.STAFF);
        String word = "sidvisa" + System.nanoTime();
        LocalDateTime start = LocalDateTime.now()
                .plusDays(20)
                .withHour(9)
                .withMinute(0)
                .withSecond(0)
                .withNano(0);
        for (int i = 0; i < EventService.PAGE_SIZE + 5; i++) {
            LocalDateTime at = start.plusMinutes(10L * i);
            RunAs.as(
                    staff,
                    Roles.STAFF,
                    () -> editing.create(
                            draft(word + " " + at.toLocalTime(), "Sidor.").at(at, at.plusMinutes(5), null)));
        }
        EventFilter filter = new EventFilter(word, null, null, null, null, null, false, false, null);
        EventPage first = events.upcomingPage(filter, 0, EventService.PAGE_SIZE);
        assertThat(first.total()).isEqualTo(EventService.PAGE_SIZE + 5);
        assertThat(first.events()).hasSize(EventService.PAGE_SIZE);
        EventPage rest = events.upcomingPage(filter, EventService.PAGE_SIZE, EventService.PAGE_SIZE);
        assertThat(rest.events()).hasSize(5);
        List<Instant> starts = Stream.concat(first.events().stream(), rest.events().stream())
                .map(EventSummary::startsAt)
                .toList();
        assertThat(starts).isSorted().doesNotHaveDuplicates();
        // the list without words pages the same way
        EventPage all = events.upcomingPage(
                new EventFilter(null, start.toLocalDate(), start.toLocalDate(), null, null, null, false, false, null),
                0,
                10);
        assertThat(all.events()).hasSize(10);
        assertThat(all.total()).isGreaterThanOrEqualTo(EventService.PAGE_SIZE + 5);
    }

    private static EventDraft draft(String title, String description) {
        LocalDateTime start = LocalDateTime.now()
                .plusDays(10)
                .withHour(18)
                .withMinute(0)
                .withSecond(0)
                .withNano(0);
        return EventDraft.builder()
                .title(title)
                .description(description)
                .onlineUrl("https://meet.brohamn.example/" + title.hashCode())
                .startsAt(start)
                .endsAt(start.plusHours(2))
                .category(Category.MEETUP)
                .audience(Audience.EVERYONE)
                .languages(Set.of("sv"))
                .capacity(20)
                .build();
    }
}
