package se.brobygge.associations;

import static org.assertj.core.api.Assertions.assertThat;
import static se.brobygge.associations.AssociationTestData.draft;
import static se.brobygge.associations.AssociationTestData.unique;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.beans.factory.annotation.Autowired;
import se.brobygge.identity.RepresentativeRole;
import se.brobygge.identity.Roles;
import se.brobygge.shared.i18n.Language;
import se.brobygge.support.BrowserTest;
import se.brobygge.support.PublishedRecorder;
import se.brobygge.support.RunAs;
import se.brobygge.support.TestAccounts;

/**
 * In a real browser: a resident registers an association, staff verify it, the representative adds
 * an activity, another resident asks to join and reads the answer; and no axe violation on any
 * association page in Swedish, English and Arabic.
 */
class AssociationsBT extends BrowserTest {

    @Autowired
    AssociationService associations;

    @Autowired
    AssociationRepresentativeService associationRepresentatives;

    @Autowired
    ActivityService activities;

    @Autowired
    JoinRequestService requests;

    @Autowired
    PublishedRecorder published;

    private static void choose(Page page, String label, String item) {
        page.getByLabel(label, new Page.GetByLabelOptions().setExact(true))
                .first()
                .click();
        page.locator("vaadin-select-item")
                .filter(new Locator.FilterOptions().setHasText(item))
                .first()
                .click();
    }

    @Test
    void registerVerifyAddAnActivityAskToJoinAndReadTheAnswer() {
        String name = unique("Brohamns Cykelklubb");
        TestAccounts.Created sara = accounts.create("Sara", Roles.RESIDENT);
        TestAccounts.Created amal = accounts.create("Amal", Roles.RESIDENT);

        // a resident registers the association
        Page page = newPage(Language.SWEDISH);
        signInAs(page, sara);
        open(page, "associations/register");
        page.getByLabel("Föreningens namn").fill(name);
        page.getByLabel("Organisationsnummer")
                .fill(AssociationTestData.organisationNumber().replace("-", ""));
        choose(page, "Typ av förening", "Idrott");
        page.getByLabel("Föreningens beskrivning", new Page.GetByLabelOptions().setExact(true))
                .fill("Vi cyklar tillsammans på söndagar. Cyklar finns att låna.");
        page.getByLabel("E-post till föreningen").fill("cykel@brohamn.example");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Registrera föreningen"))
                .click();
        page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Hantera " + name))
                .waitFor();
        assertThat(page.getByText("Föreningen väntar på att kommunen kontrollerar den.")
                        .isVisible())
                .isTrue();
        // the address changes just after the page is drawn
        page.waitForURL(Pattern.compile(".*/associations/\\d+/manage.*"));
        AssociationId id =
                new AssociationId(Long.parseLong(page.url().replaceAll(".*/associations/(\\d+)/manage.*", "$1")));

        // staff verify it
        page = newPage(Language.SWEDISH);
        signIn(page, "Lina", Roles.STAFF);
        open(page, "staff/associations");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Verifiera " + name))
                .click();
        page.getByText(name + " är verifierad.").first().waitFor();

        // the representative adds an activity
        page = newPage(Language.SWEDISH);
        signInAs(page, sara);
        open(page, "associations/" + id.value() + "/manage");
        assertThat(page.getByText("Föreningen är verifierad av kommunen.").isVisible())
                .isTrue();
        page.getByLabel("Namn på aktiviteten", new Page.GetByLabelOptions().setExact(true))
                .fill("Söndagstur");
        choose(page, "Veckodag", "söndag");
        page.getByLabel("Börjar").fill("10:00");
        page.getByLabel("Börjar").press("Tab");
        page.getByLabel("Slutar").fill("12:00");
        page.getByLabel("Slutar").press("Tab");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Spara aktiviteten"))
                .click();
        page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Söndagstur"))
                .waitFor();

        // another resident asks to join
        page = newPage(Language.SWEDISH);
        signInAs(page, amal);
        open(page, "associations/" + id.value());
        assertThat(page.getByText("Verifierad").first().isVisible()).isTrue();
        page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Söndagstur"))
                .waitFor();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Jag vill bli medlem"))
                .click();
        page.getByLabel("Ditt meddelande").fill("Jag har ingen cykel. Kan jag ändå vara med?");
        page.getByRole(
                        AriaRole.BUTTON,
                        new Page.GetByRoleOptions().setName("Skicka").setExact(true))
                .click();
        page.getByText("Tack! Föreningen har fått ditt meddelande.").waitFor();
        assertNoAxeViolations(page, "association page after asking");

        // the representative answers
        page = newPage(Language.SWEDISH);
        signInAs(page, sara);
        open(page, "associations/" + id.value() + "/manage");
        page.getByLabel("Svar till Amal").fill("Ja! Du kan låna en cykel av oss.");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Skicka svaret"))
                .click();
        page.getByText("Svaret till Amal är skickat.").first().waitFor();
        assertThat(published.notificationsTo(amal.id().value()))
                .anySatisfy(n -> assertThat(n.args()).contains("Ja! Du kan låna en cykel av oss."));

        // and she reads it under My associations
        page = newPage(Language.SWEDISH);
        signInAs(page, amal);
        open(page, "my-associations");
        page.getByText("Svar från föreningen: Ja! Du kan låna en cykel av oss.").waitFor();
        assertNoAxeViolations(page, "/my-associations with an answer");
    }

    @ParameterizedTest(name = "association pages in {0}")
    @EnumSource(
            value = Language.class,
            names = {"SWEDISH", "ENGLISH", "ARABIC"})
    void associationPagesHaveNoViolations(Language language) {
        TestAccounts.Created sara = accounts.create("Sara", Roles.RESIDENT);
        TestAccounts.Created amal = accounts.create("Amal", Roles.RESIDENT);
        AssociationId id = RunAs.as(sara, Roles.RESIDENT, () -> associations.register(draft(unique("Axe IF"))));
        RunAs.as(
                sara,
                Roles.RESIDENT,
                () -> activities.add(
                        id,
                        new ActivityDraft(
                                "Fotboll för tjejer",
                                "Alla nivåer.",
                                DayOfWeek.TUESDAY,
                                LocalTime.of(18, 0),
                                LocalTime.of(19, 0),
                                Recurrence.WEEKLY,
                                null)));
        RunAs.as(
                amal,
                Roles.RESIDENT,
                () -> requests.send(id, RequestKind.JOIN, "Hej! Kan jag vara med?", "sv", ContactBy.EMAIL, null));
        RunAs.as(
                sara,
                Roles.RESIDENT,
                () -> associationRepresentatives.invite(id, TestAccounts.uniqueEmail("ny"), RepresentativeRole.EDITOR));
        TestAccounts.Created erik = accounts.create("Erik", Roles.RESIDENT);
        RunAs.as(
                sara,
                Roles.RESIDENT,
                () -> associationRepresentatives.invite(id, erik.email(), RepresentativeRole.CONTACT_PERSON));
        String invitation =
                published.notificationsTo(erik.id().value()).getLast().link();

        Page page = newPage(language);
        open(page, "associations");
        assertNoAxeViolations(page, "/associations (" + language.code() + ")");
        open(page, "associations/" + id.value());
        assertNoAxeViolations(page, "/associations/id (" + language.code() + ")");
        screenshot(page, "association-" + language.code());

        signInAs(page, sara);
        for (String route :
                new String[] {"associations/register", "associations/" + id.value() + "/manage", "my-associations"}) {
            open(page, route);
            assertNoAxeViolations(page, "/" + route + " (" + language.code() + ")");
        }
        screenshot(page, "my-associations-" + language.code());
        open(page, "associations/" + id.value());
        page.locator("vaadin-button.join-button").click();
        page.locator("vaadin-text-area.request-message").waitFor();
        assertNoAxeViolations(page, "join form (" + language.code() + ")");

        page = newPage(language);
        signInAs(page, erik);
        open(page, invitation.substring(1));
        assertNoAxeViolations(page, "invitation (" + language.code() + ")");

        page = newPage(language);
        signIn(page, "Lina", Roles.STAFF);
        open(page, "staff/associations");
        assertNoAxeViolations(page, "/staff/associations (" + language.code() + ")");
    }
}
