package se.brobygge.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.WaitForSelectorState;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.temporal.TemporalAdjusters;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import se.brobygge.events.Audience;
import se.brobygge.events.Category;
import se.brobygge.events.EventDraft;
import se.brobygge.events.EventEditingService;
import se.brobygge.events.EventService;
import se.brobygge.identity.AccountService;
import se.brobygge.identity.ProfileUpdate;
import se.brobygge.identity.Roles;
import se.brobygge.insights.foryou.Answers;
import se.brobygge.insights.foryou.Availability;
import se.brobygge.insights.foryou.ForYouService;
import se.brobygge.insights.foryou.Goal;
import se.brobygge.places.AccessibilityFact;
import se.brobygge.places.Place;
import se.brobygge.places.PlaceDetails;
import se.brobygge.places.PlaceService;
import se.brobygge.shared.i18n.Language;
import se.brobygge.support.BrowserTest;
import se.brobygge.support.RunAs;
import se.brobygge.support.TestAccounts;

/**
 * A resident with a filled profile sees suggestions with their reasons; the new pages (For you, help
 * in both versions, open data, reported barriers) have no axe violations in Swedish, English and Arabic.
 */
class InsightsBT extends BrowserTest {

    @Autowired
    ForYouService forYou;

    @Autowired
    AccountService accountService;

    @Autowired
    EventService events;

    @Autowired
    EventEditingService editing;

    @Autowired
    PlaceService places;

    static Stream<Language> languages() {
        return Stream.of(Language.SWEDISH, Language.ENGLISH, Language.ARABIC);
    }

    @ParameterizedTest(name = "For you in {0}")
    @MethodSource("languages")
    void aResidentWithAFilledProfileSeesSuggestionsWithReasons(Language language) {
        String spoken = "q" + (char) ('a' + (int) (System.nanoTime() % 20)) + (char) ('a' + (int) (Math.random() * 26));
        String title = "Språkcafé " + System.nanoTime();
        TestAccounts.Created staff = accounts.create("Lina", Roles.STAFF);
        Place place = RunAs.as(
                staff,
                Roles.STAFF,
                () -> places.create(new PlaceDetails(
                        "Lillåns bibliotek " + System.nanoTime(),
                        "Böcker och kaffe.",
                        "Ågatan 2",
                        "Lillån",
                        null,
                        null,
                        "Mån–fre",
                        Set.of(AccessibilityFact.STEP_FREE_ENTRANCE),
                        null,
                        null)));
        var start = LocalDate.now()
                .plusDays(2)
                .with(TemporalAdjusters.next(DayOfWeek.THURSDAY))
                .atTime(LocalTime.of(18, 0));
        RunAs.run(
                staff,
                Roles.STAFF,
                () -> editing.create(EventDraft.builder()
                        .title(title)
                        .description("Välkommen!")
                        .placeId(place.id())
                        .startsAt(start)
                        .endsAt(start.plusHours(2))
                        .category(Category.LANGUAGE_CAFE)
                        .audience(Audience.EVERYONE)
                        .languages(Set.of("sv", spoken))
                        .capacity(20)
                        .build()));

        Page page = newPage(language);
        TestAccounts.Created amal = signIn(page, "Amal", Roles.RESIDENT);
        open(page, "for-you");
        assertThat(page.locator("vaadin-checkbox-group").count())
                .as("the guided start first")
                .isEqualTo(3);
        assertNoAxeViolations(page, "/for-you guided start (" + language.code() + ")");

        RunAs.run(amal, Roles.RESIDENT, () -> {
            accountService.updateMyProfile(new ProfileUpdate("Amal", language.code(), Set.of(spoken), "Lillån"));
            forYou.saveMyAnswers(new Answers(Set.of(Goal.LEARN_SWEDISH), Set.of(), Set.of(Availability.EVENINGS)));
        });
        open(page, "for-you");
        var card = page.locator(".foryou-suggestion").filter(new Locator.FilterOptions().setHasText(title));
        assertThat(card.count()).isEqualTo(1);
        String reason = card.locator(".foryou-reason").textContent();
        String expected = switch (language) {
            case ENGLISH -> "near you (Lillån), to practise Swedish, on a Thursday";
            case ARABIC -> "قريب منك (\u2068Lillån\u2069)، لممارسة السويدية، يوم الخميس"; // the Swedish name isolated
            default -> "nära dig (Lillån), för att öva svenska, på en torsdag";
        };
        assertThat(reason).endsWith(expected);
        assertNoAxeViolations(page, "/for-you with suggestions (" + language.code() + ")");
        screenshot(page, "for-you-" + language.code());

        card.locator("vaadin-button.foryou-dismiss").click();
        page.locator(".foryou-suggestion")
                .filter(new Locator.FilterOptions().setHasText(title))
                .waitFor(new Locator.WaitForOptions().setState(WaitForSelectorState.DETACHED));
    }

    @ParameterizedTest(name = "help, open data and barriers in {0}")
    @MethodSource("languages")
    void theNewPagesHaveNoViolations(Language language) {
        Page page = newPage(language);
        for (String route : new String[] {"help", "help?easy", "open-data", "accessibility"}) {
            open(page, route);
            assertNoAxeViolations(page, "/" + route + " (" + language.code() + ")");
        }
        assertThat(page.locator(".a11y-gaps li").count()).isGreaterThan(3);
        signIn(page, "Lina", Roles.STAFF);
        open(page, "staff/barriers");
        assertNoAxeViolations(page, "/staff/barriers (" + language.code() + ")");
    }
}
