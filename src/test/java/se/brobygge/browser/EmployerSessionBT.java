package se.brobygge.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import se.brobygge.employers.CardService;
import se.brobygge.employers.EmployerId;
import se.brobygge.employers.EmployerService;
import se.brobygge.employers.EmployerTestData;
import se.brobygge.employers.ParticipantRole;
import se.brobygge.employers.PostingId;
import se.brobygge.employers.PostingService;
import se.brobygge.employers.SessionId;
import se.brobygge.employers.SessionRegistrationService;
import se.brobygge.employers.SessionService;
import se.brobygge.identity.AccountService;
import se.brobygge.identity.Roles;
import se.brobygge.places.PlaceService;
import se.brobygge.shared.i18n.Language;
import se.brobygge.support.BrowserTest;
import se.brobygge.support.RunAs;
import se.brobygge.support.TestAccounts;

/**
 * A näringslivsupprop in the browser: an employer and two newcomers register and fill cards, staff
 * make a seating plan and print it, an internship is posted, a newcomer sends interest and gets an
 * answer. Every employers route passes axe in Swedish, English and Arabic.
 */
class EmployerSessionBT extends BrowserTest {

    @Autowired
    SessionService sessions;

    @Autowired
    SessionRegistrationService registrations;

    @Autowired
    EmployerService employers;

    @Autowired
    PostingService postings;

    @Autowired
    CardService cards;

    @Autowired
    PlaceService places;

    @Autowired
    AccountService accountService;

    static void choose(Page page, String selectLabel, String item) {
        page.locator("vaadin-select")
                .filter(new Locator.FilterOptions().setHasText(selectLabel))
                .locator("vaadin-select-value-button")
                .click();
        page.locator("vaadin-select-item")
                .filter(new Locator.FilterOptions().setHasText(item))
                .first()
                .click();
        waitUntilIdle(page);
    }

    @Test
    void anEmployerAndTwoNewcomersMeetAreSeatedAndAnInternshipGetsAnAnswer() throws Exception {
        TestAccounts.Created lina = accounts.create("Lina", Roles.STAFF);
        long place = EmployerTestData.place(lina, places);
        String theme = "Upprop " + System.nanoTime();
        SessionId session = RunAs.as(
                        lina,
                        Roles.STAFF,
                        () -> sessions.create(
                                EmployerTestData.session(theme, place, 6, EmployerTestData.quotas(3, 2, 1, 0, 0))))
                .getFirst();

        // the employer registers the company, then registers for the session on its behalf
        Page page = newPage(Language.SWEDISH);
        TestAccounts.Created johan = signIn(page, "Johan", Roles.RESIDENT);
        open(page, "employers");
        page.getByLabel("Namn", new Page.GetByLabelOptions().setExact(true)).fill("Johans Kök AB");
        page.getByLabel("Organisationsnummer").fill("123");
        page.getByLabel("Bransch").fill("Restaurang");
        page.getByLabel("Adress").fill("Hamngatan 1");
        page.getByLabel("E-post för kontakt").fill("johan@kok.example");
        page.locator("vaadin-button")
                .filter(new Locator.FilterOptions().setHasText("Registrera"))
                .last()
                .click();
        page.getByText("Det är inte ett giltigt organisationsnummer. Kontrollera siffrorna.")
                .waitFor();
        page.getByLabel("Organisationsnummer").fill(EmployerTestData.organisationNumber());
        page.locator("vaadin-button")
                .filter(new Locator.FilterOptions().setHasText("Registrera"))
                .last()
                .click();
        page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Johans Kök AB"))
                .waitFor();
        EmployerId employer = RunAs.as(johan, Roles.RESIDENT, () -> employers.mine())
                .getFirst()
                .id();

        open(page, "employer-sessions/" + session.value());
        choose(page, "Jag kommer som", "Företag");
        choose(page, "För arbetsgivaren", "Johans Kök AB");
        page.locator("vaadin-button.session-register").click();
        page.getByText("Du är anmäld som Företag.").waitFor();
        RunAs.run(
                johan, Roles.RESIDENT, () -> cards.saveMyCard(EmployerTestData.card("51", Set.of("sv", "en"), false)));

        // two newcomers register; Amal fills her card in the browser
        TestAccounts.Created amal = signIn(newPage(Language.SWEDISH), "Amal", Roles.RESIDENT);
        page = currentPageFor(amal);
        open(page, "my-card");
        page.getByLabel("Vem jag är / vilken organisation jag företräder").fill("Jag är kock från Damaskus.");
        page.getByLabel("Vad jag söker").fill("Praktik i ett kök");
        for (String language : List.of("arabiska", "svenska")) {
            page.locator("vaadin-multi-select-combo-box input").fill(language.substring(0, 4));
            page.locator("vaadin-multi-select-combo-box-item")
                    .filter(new Locator.FilterOptions().setHasText(language))
                    .first()
                    .click();
        }
        page.keyboard().press("Escape");
        waitUntilIdle(page);
        page.getByText("Visa mitt kort för de andra deltagarna på mina upprop").click();
        page.locator("vaadin-button")
                .filter(new Locator.FilterOptions().setHasText("Spara kortet"))
                .click();
        page.getByText("Ditt kort är sparat.").first().waitFor();
        assertNoAxeViolations(page, "card editor");
        open(page, "employer-sessions/" + session.value());
        choose(page, "Jag kommer som", "Nyanländ/arbetssökande");
        page.locator("vaadin-button.session-register").click();
        page.getByText("Du är anmäld som Nyanländ/arbetssökande.").waitFor();
        page.getByText("Amal – Nyanländ/arbetssökande").waitFor();
        assertNoAxeViolations(page, "session page with cards");

        TestAccounts.Created nadia = accounts.create("Nadia", Roles.RESIDENT);
        RunAs.run(nadia, Roles.RESIDENT, () -> {
            cards.saveMyCard(EmployerTestData.card("53", Set.of("sv", "ar"), true));
            registrations.register(session, ParticipantRole.NEWCOMER, null);
        });
        TestAccounts.Created erik = accounts.create("Erik", Roles.RESIDENT);
        RunAs.run(erik, Roles.RESIDENT, () -> registrations.register(session, ParticipantRole.ASSOCIATION, null));

        // staff make the seating plan, see the room and print it
        Page staff = newPage(Language.SWEDISH);
        signInAs(staff, lina);
        open(staff, "employer-sessions/" + session.value() + "/seating");
        staff.getByLabel("Personer per bord").fill("2");
        staff.locator("vaadin-button")
                .filter(new Locator.FilterOptions().setHasText("Gör en bordsplacering"))
                .click();
        staff.getByText("Klart: 2 bord").waitFor(new Locator.WaitForOptions().setTimeout(30_000));
        assertThat(staff.locator("svg.room-svg text").allTextContents()).contains("Bord 1", "Bord 2", "Amal", "Johan");
        assertNoAxeViolations(staff, "seating plan");
        Download download =
                staff.waitForDownload(() -> staff.locator("a.seating-print").click());
        byte[] pdf = Files.readAllBytes(download.path());
        assertThat(new String(pdf, 0, 5, StandardCharsets.ISO_8859_1)).isEqualTo("%PDF-");
        screenshot(staff, "seating-plan");

        // an internship is posted; Amal sends interest; Johan answers; Amal sees the answer
        RunAs.run(lina, Roles.STAFF, () -> employers.verify(employer));
        PostingId posting = RunAs.as(
                johan,
                Roles.RESIDENT,
                () -> postings.post(EmployerTestData.posting(employer, "Praktik i köket", "51")));
        Page amalPage = currentPageFor(amal);
        open(amalPage, "jobs/" + posting.value());
        amalPage.getByLabel("Meddelande till arbetsgivaren").fill("Jag har lagat mat i tio år.");
        amalPage.locator("vaadin-button.send-interest").click();
        amalPage.getByText("Du har anmält intresse. Läge: Skickad").waitFor();

        Page johanPage = newPage(Language.SWEDISH);
        signInAs(johanPage, johan);
        open(johanPage, "jobs/" + posting.value() + "/interests");
        johanPage.getByText("Meddelande: Jag har lagat mat i tio år.").waitFor();
        choose(johanPage, "Nytt läge för Amal", "Inbjuden till intervju");
        johanPage.getByLabel("Svar till Amal").fill("Välkommen på intervju på tisdag!");
        johanPage.locator("vaadin-button.send-answer").click();
        johanPage.getByText("Svaret till Amal är skickat.").waitFor();
        assertNoAxeViolations(johanPage, "interest received");

        Page back = newPage(Language.SWEDISH);
        signInAs(back, amal);
        open(back, "jobs/" + posting.value());
        back.getByText("Du har anmält intresse. Läge: Inbjuden till intervju").waitFor();
        back.getByText("Svar från arbetsgivaren: Välkommen på intervju på tisdag!")
                .waitFor();
    }

    private Page currentPageFor(TestAccounts.Created account) {
        Page page = newPage(Language.SWEDISH);
        signInAs(page, account);
        return page;
    }

    @Test
    void everyEmployersRoutePassesAxeInSwedishEnglishAndArabic() {
        TestAccounts.Created lina = accounts.create("Lina", Roles.STAFF);
        long place = EmployerTestData.place(lina, places);
        SessionId session = RunAs.as(
                        lina,
                        Roles.STAFF,
                        () -> sessions.create(EmployerTestData.session(
                                "Axe-upprop", place, 4, EmployerTestData.quotas(2, 2, 0, 0, 0))))
                .getFirst();
        EmployerId employer =
                RunAs.as(lina, Roles.STAFF, () -> employers.register(EmployerTestData.employer("Axe AB")));
        PostingId posting =
                RunAs.as(lina, Roles.STAFF, () -> postings.post(EmployerTestData.posting(employer, "Praktik", "51")));
        RunAs.run(lina, Roles.STAFF, () -> {
            cards.saveMyCard(EmployerTestData.card("51", Set.of("sv"), true));
            registrations.register(session, ParticipantRole.COMPANY, employer);
        });
        TestAccounts.Created amal = accounts.create("Amal", Roles.RESIDENT);
        RunAs.run(amal, Roles.RESIDENT, () -> registrations.register(session, ParticipantRole.NEWCOMER, null));
        List<String> routes = List.of(
                "employer-sessions",
                "employer-sessions/" + session.value(),
                "employer-sessions/" + session.value() + "/report",
                "staff/employer-sessions/new",
                "my-card",
                "employers",
                "employers/" + employer.value(),
                "employers/" + employer.value() + "/postings/new",
                "jobs",
                "jobs/" + posting.value(),
                "jobs/" + posting.value() + "/interests",
                "staff/employers",
                "employer-sessions/" + session.value() + "/seating");
        for (Language language : List.of(Language.SWEDISH, Language.ENGLISH, Language.ARABIC)) {
            RunAs.run(lina, Roles.STAFF, () -> accountService.changeMyLanguage(language));
            Page page = newPage(language);
            signInAs(page, lina);
            for (String route : routes) {
                open(page, route);
                assertNoAxeViolations(page, route + " in " + language);
            }
            if (language == Language.ARABIC) {
                assertThat(page.locator("html").getAttribute("dir")).isEqualTo("rtl");
                screenshot(page, "seating-ar");
            }
        }
    }
}
