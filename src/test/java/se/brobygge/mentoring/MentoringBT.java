package se.brobygge.mentoring;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import se.brobygge.identity.AccountId;
import se.brobygge.identity.Roles;
import se.brobygge.mentoring.internal.DueCheckIns;
import se.brobygge.shared.i18n.Language;
import se.brobygge.support.BrowserTest;
import se.brobygge.support.MutableClock;
import se.brobygge.support.RunAs;
import se.brobygge.support.TestAccounts;

/**
 * In a real browser: a mentee and a mentor opt in, staff run a round and confirm it, both accept,
 * and a month later a check-in arrives on "My mentorship". Axe finds nothing on the module's pages
 * in Swedish, English and Arabic.
 */
class MentoringBT extends BrowserTest {

    @Autowired
    MutableClock clock;

    @Autowired
    ApplicationContext context;

    @Autowired
    RoundService rounds;

    @Autowired
    ProfileService profiles;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    /** Fills the profile form as a person would: check boxes by their labels, a language typed and picked. */
    private void optIn(Page page, boolean mentee, String kind) {
        open(page, "mentoring/profile");
        page.getByText(
                        mentee ? "Jag vill ha en mentor" : "Jag vill vara mentor",
                        new Page.GetByTextOptions().setExact(true))
                .click();
        page.locator("vaadin-checkbox-group")
                .filter(new Locator.FilterOptions()
                        .setHasText(mentee ? "Det här söker jag" : "Det här kan jag erbjuda"))
                .getByText(kind)
                .click();
        var languages = page.getByLabel("Språk jag talar");
        languages.click();
        languages.fill("amhar");
        page.locator("vaadin-multi-select-combo-box-item")
                .filter(new Locator.FilterOptions().setHasText("amhariska"))
                .click();
        page.keyboard().press("Escape");
        page.getByLabel("Nivå i amhariska").waitFor();
        page.locator("vaadin-checkbox-group")
                .filter(new Locator.FilterOptions().setHasText("När kan du träffas?"))
                .getByText("kvällar")
                .click();
        page.locator("vaadin-checkbox-group")
                .filter(new Locator.FilterOptions().setHasText("Hur kan du träffas?"))
                .getByText("på plats")
                .click();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Spara profilen"))
                .click();
        page.getByText("Din mentorprofil är sparad.").waitFor();
    }

    @Test
    void optInRunARoundConfirmAcceptAndACheckInArrives() {
        TestAccounts.Created mentee = accounts.create("Selam Tesfaye", Roles.RESIDENT);
        TestAccounts.Created mentor = accounts.create("Dawit Bekele", Roles.RESIDENT);
        TestAccounts.Created staff = accounts.create("Lina", Roles.STAFF);

        Page page = newPage(Language.SWEDISH);
        signInAs(page, mentee);
        optIn(page, true, "social kontakt");
        assertNoAxeViolations(page, "mentoring profile (sv)");

        page = newPage(Language.SWEDISH);
        signInAs(page, mentor);
        optIn(page, false, "social kontakt");

        // staff: a round for exactly these two (started from the page in a second test below)
        RoundId id = RunAs.as(
                staff,
                Roles.STAFF,
                () -> rounds.start("Språkpar " + System.nanoTime(), List.of(mentee.id()), List.of(mentor.id())));
        page = newPage(Language.SWEDISH);
        signInAs(page, staff);
        open(page, "staff/mentoring/rounds/" + id);
        page.getByText("gemensamma språk: amhariska +10").waitFor(new Locator.WaitForOptions().setTimeout(30_000));
        assertNoAxeViolations(page, "round page (sv)");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Bekräfta och skicka inbjudningar"))
                .click();
        page.getByText("Rundan är bekräftad: 1 inbjudningar skickade.").waitFor();

        for (TestAccounts.Created person : List.of(mentee, mentor)) {
            page = newPage(Language.SWEDISH);
            signInAs(page, person);
            open(page, "mentoring");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Tacka ja"))
                    .click();
            waitUntilIdle(page);
        }
        page.getByText("Pågår", new Page.GetByTextOptions().setExact(true)).waitFor();

        clock.advance(Duration.ofDays(32));
        DueCheckIns.create(context);
        page = newPage(Language.SWEDISH);
        signInAs(page, mentee);
        open(page, "mentoring");
        page.getByText("Avstämning (1 mån.): hur går det?").waitFor();
        assertThat(page.getByText("Hur går det? (1 = dåligt, 5 = mycket bra)").isVisible())
                .isTrue();
        assertNoAxeViolations(page, "my mentorship with a check-in (sv)");
        page.locator(".mentoring-checkin vaadin-radio-button").nth(3).click();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Skicka svar"))
                .click();
        page.getByText("Tack för ditt svar.").waitFor();
    }

    @Test
    void theModulesPagesHaveNoAxeViolationsInThreeLanguages() {
        TestAccounts.Created staff = accounts.create("Lina", Roles.STAFF);
        TestAccounts.Created mentee = accounts.create("Hawa Ali", Roles.RESIDENT);
        TestAccounts.Created mentor = accounts.create("Sven Ek", Roles.RESIDENT);
        socialPairInCentrum(mentee, mentor);
        for (Language language : List.of(Language.SWEDISH, Language.ENGLISH, Language.ARABIC)) {
            Page page = newPage(language);
            signInAs(page, staff);
            for (String route :
                    List.of("mentoring", "mentoring/profile", "staff/mentoring/rounds", "staff/mentoring")) {
                open(page, route);
                assertNoAxeViolations(page, route + " (" + language.code() + ")");
            }
            if (language == Language.SWEDISH) {
                open(page, "staff/mentoring/rounds");
                page.getByLabel("Rundans namn").fill("Runda " + System.nanoTime());
                page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Starta rundan"))
                        .click();
                page.waitForURL(u -> u.contains("staff/mentoring/rounds/"));
                waitUntilIdle(page);
                page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Kör igen"))
                        .waitFor(new Locator.WaitForOptions().setTimeout(30_000));
                assertNoAxeViolations(page, "a round started from the page (sv)");
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(
            value = Language.class,
            names = {"SWEDISH", "ARABIC"})
    void eachPairsButtonsStandApartFromTheNextPairOnAPhone(Language language) {
        // staff whose own language is the page's: after sign-in the account's language decides
        TestAccounts.Created staff = accounts.createIn(language.code(), "Lina", Roles.STAFF);
        List<AccountId> mentees = new ArrayList<>();
        List<AccountId> mentors = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            TestAccounts.Created mentee = accounts.create("Hawa Ali " + i, Roles.RESIDENT);
            TestAccounts.Created mentor = accounts.create("Sven Ek " + i, Roles.RESIDENT);
            socialPairInCentrum(mentee, mentor);
            mentees.add(mentee.id());
            mentors.add(mentor.id());
        }
        RoundId id = RunAs.as(staff, Roles.STAFF, () -> rounds.start("Knappar " + System.nanoTime(), mentees, mentors));
        Page page = newPage(language, 360, 800);
        signInAs(page, staff);
        open(page, "staff/mentoring/rounds/" + id);
        page.locator(".mentoring-proposal .proposal-actions vaadin-button")
                .first()
                .waitFor(new Locator.WaitForOptions().setTimeout(30_000));
        assertThat(page.locator(".mentoring-proposal").count()).isEqualTo(3);
        assertThat(page.locator("html").getAttribute("lang")).isEqualTo(language.code());
        // from the lowest button of one pair to the heading of the next, in CSS pixels
        Object gaps = page.evaluate("""
                () => { const cards = Array.from(document.querySelectorAll('.mentoring-proposal'));
                  return cards.slice(1).map((next, i) => {
                    const buttons = Array.from(cards[i].querySelectorAll('vaadin-button'))
                        .map(b => b.getBoundingClientRect().bottom);
                    return next.querySelector('h3').getBoundingClientRect().top - Math.max(...buttons);
                  }); }""");
        assertThat((List<?>) gaps)
                .hasSize(2)
                .allSatisfy(gap -> assertThat(((Number) gap).doubleValue())
                        .as("space between a pair's buttons and the next pair's heading")
                        .isGreaterThanOrEqualTo(16));
        Object inside = page.evaluate("() => Array.from(document.querySelectorAll('.proposal-actions vaadin-button'))"
                + ".every(b => { const r = b.getBoundingClientRect(); return r.left >= 0 && r.right <= 360; })");
        assertThat(inside).as("every button on screen").isEqualTo(true);
        screenshot(page, "mentoring-round-" + language.code() + "-360");
    }

    /** A mentee and a mentor who match: fluent Somali, social contact, Centrum, evenings. */
    private void socialPairInCentrum(TestAccounts.Created mentee, TestAccounts.Created mentor) {
        var somali = Map.of("so", LanguageLevel.FLUENT);
        var social = Set.of(MentoringKind.SOCIAL);
        var evenings = Set.of(TimeSlot.EVENINGS);
        RunAs.as(
                mentee,
                Roles.RESIDENT,
                () -> profiles.saveMyProfile(
                        MentoringIT.mentee(somali, social, null, Set.<Interest>of(), "Centrum", evenings), -1));
        RunAs.as(
                mentor,
                Roles.RESIDENT,
                () -> profiles.saveMyProfile(
                        MentoringIT.mentor(somali, social, null, Set.<Interest>of(), "Centrum", evenings, 1), -1));
    }
}
