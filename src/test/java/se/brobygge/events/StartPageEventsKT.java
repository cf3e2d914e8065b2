package se.brobygge.events;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import se.brobygge.identity.AccountService;
import se.brobygge.identity.ProfileUpdate;
import se.brobygge.identity.Roles;
import se.brobygge.places.PlaceId;
import se.brobygge.places.PlaceService;
import se.brobygge.places.PlaceTestData;
import se.brobygge.shared.i18n.Formats;
import se.brobygge.support.KaribuTest;
import se.brobygge.support.MutableClock;
import se.brobygge.support.RunAs;
import se.brobygge.support.TestAccounts;

/**
 * The start page invites: this week's events near the visitor, each saying where, in which
 * languages and how many seats are left, one tap from signing up; a signed-in person also sees
 * their next event and suggestions.
 */
class StartPageEventsKT extends KaribuTest {

    @Autowired
    MutableClock clock;

    @Autowired
    EventEditingService editing;

    @Autowired
    PlaceService places;

    @Autowired
    SignUpService signUps;

    @Autowired
    AccountService accountService;

    private TestAccounts.Created staff;

    @BeforeEach
    void aWeekOfOurOwn() {
        // years ahead, where no other test's events are: this week holds only this test's (and
        // before 2038, where the database's timestamps end)
        clock.advance(Duration.ofDays(2000 + ThreadLocalRandom.current().nextInt(1500)));
        staff = accounts.create("Lina", Roles.STAFF);
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    private PlaceId place(String name, String area) {
        return RunAs.as(staff, Roles.STAFF, () -> places.create(PlaceTestData.details(name, area)))
                .id();
    }

    private EventId event(String title, PlaceId place, int daysAhead) {
        LocalDateTime start = LocalDateTime.ofInstant(clock.instant(), Formats.MUNICIPALITY_ZONE)
                .plusDays(daysAhead)
                .withHour(17)
                .withMinute(30)
                .withSecond(0)
                .withNano(0);
        EventDraft draft = EventDraft.builder()
                .title(title)
                .description("Vi ses över en kopp te.")
                .placeId(place)
                .startsAt(start)
                .endsAt(start.plusHours(2))
                .category(Category.LANGUAGE_CAFE)
                .audience(Audience.EVERYONE)
                .languages(Set.of("sv", "ar"))
                .capacity(12)
                .build();
        return RunAs.as(staff, Roles.STAFF, () -> editing.create(draft));
    }

    /** Opens the start page anew (navigating to the page already shown would keep it as it was). */
    private static void openStart() {
        UI.getCurrent().navigate("events");
        UI.getCurrent().navigate("");
    }

    private static Section section(String className) {
        return _get(Section.class, spec -> spec.withClasses(className));
    }

    private static List<String> lines(ListItem item) {
        return _find(item, Paragraph.class).stream().map(Paragraph::getText).toList();
    }

    @Test
    void aSignedOutVisitorSeesThisWeeksEventsWithWhereLanguagesSeatsAndASignUpLink() {
        String placeName = PlaceTestData.uniqueName("Folkets hus");
        String title = "Tecafé " + System.nanoTime();
        EventId id = event(title, place(placeName, "Norrby"), 2);

        openStart();
        Section events = section("start-events");
        assertThat(_get(events, H2.class).getText()).isEqualTo("Det här händer i veckan");
        ListItem item = _get(events, ListItem.class);
        Anchor link = _find(item, Anchor.class).getFirst();
        assertThat(link.getText()).isEqualTo(title);
        assertThat(link.getHref()).isEqualTo("events/" + id);
        assertThat(lines(item))
                .contains(placeName + ", Norrby", "Språk: arabiska och svenska", "Platser kvar: 12")
                .anyMatch(line -> line.contains("17:30"));
        Anchor signUp = _get(item, Anchor.class, spec -> spec.withClasses("start-sign-up"));
        assertThat(signUp.getText()).isEqualTo("Anmäl dig");
        assertThat(signUp.getHref()).isEqualTo("events/" + id + "#sign-up");
        assertThat(signUp.getElement().getAttribute("aria-label")).isEqualTo("Anmäl dig till " + title);
        // the ways in follow, and a signed-out visitor has no next event or suggestions
        assertThat(_find(Section.class, spec -> spec.withClasses("start-next-event")))
                .isEmpty();
        assertThat(_find(Section.class, spec -> spec.withClasses("start-for-you")))
                .isEmpty();

        useLocale(Locale.forLanguageTag("ar"));
        openStart();
        Section inArabic = section("start-events");
        assertThat(_get(inArabic, H2.class).getText()).isEqualTo("ما يحدث هذا الأسبوع");
        assertThat(lines(_get(inArabic, ListItem.class))).contains("اللغات: العربية والسويدية");
    }

    @Test
    void nearMeIsTheAreaInMyProfile() {
        String elsewhere = "Hamncafé " + System.nanoTime();
        String near = "Norrbycafé " + System.nanoTime();
        event(elsewhere, place(PlaceTestData.uniqueName("Hamnhuset"), "Centrum"), 1);
        event(near, place(PlaceTestData.uniqueName("Norrbygården"), "Norrby"), 3);

        openStart();
        assertThat(_find(section("start-events"), ListItem.class)).hasSize(2);

        TestAccounts.Created amal = signIn("Amal", Roles.RESIDENT);
        RunAs.run(
                amal,
                Roles.RESIDENT,
                () -> accountService.updateMyProfile(new ProfileUpdate("Amal", "sv", Set.of("ar", "sv"), "Norrby")));
        openStart();
        Section events = section("start-events");
        assertThat(_get(events, H2.class).getText()).isEqualTo("I veckan i Norrby");
        assertThat(_find(events, ListItem.class))
                .singleElement()
                .satisfies(
                        item -> assertThat(_find(item, Anchor.class).getFirst().getText())
                                .isEqualTo(near));
    }

    @Test
    void aSignedInPersonSeesTheirNextEventAndSuggestionsAfterTheWaysIn() {
        String title = "Stickcafé " + System.nanoTime();
        String placeName = PlaceTestData.uniqueName("Biblioteket");
        EventId id = event(title, place(placeName, "Centrum"), 4);
        TestAccounts.Created amal = signIn("Amal", Roles.RESIDENT);
        MySignUp mine = RunAs.as(amal, Roles.RESIDENT, () -> signUps.signUp(id));

        openStart();
        Section next = section("start-next-event");
        assertThat(_get(next, H2.class).getText()).isEqualTo("Ditt nästa evenemang");
        assertThat(_find(next, Paragraph.class).stream().map(Paragraph::getText))
                .contains(placeName + ", Centrum", "Du är anmäld. Din kod: " + mine.code());
        assertThat(_find(next, Anchor.class).stream().map(a -> a.getText() + " -> " + a.getHref()))
                .containsExactly(title + " -> events/" + id, "Alla mina evenemang -> my-events");
        Section forYou = section("start-for-you");
        assertThat(_get(forYou, H2.class).getText()).isEqualTo("För dig");
        assertThat(_find(forYou, Anchor.class).stream().map(Anchor::getHref)).contains("for-you");

        // the order on the page: this week, the three ways in, the next event, suggestions
        List<String> order = _get(Main.class, spec -> spec.withClasses("start-view"))
                .getChildren()
                .map(c -> String.join(" ", c.getClassNames()))
                .filter(c -> c.startsWith("start-"))
                .toList();
        assertThat(order).containsSubsequence("start-events", "start-cards", "start-next-event", "start-for-you");
    }
}
