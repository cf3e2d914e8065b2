package se.brobygge.associations;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static se.brobygge.associations.AssociationTestData.draft;
import static se.brobygge.associations.AssociationTestData.unique;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.timepicker.TimePicker;
import com.vaadin.flow.router.RouterLink;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import se.brobygge.identity.RepresentativeInvitations;
import se.brobygge.identity.RepresentativeRole;
import se.brobygge.identity.Roles;
import se.brobygge.support.KaribuTest;
import se.brobygge.support.MutableClock;
import se.brobygge.support.PublishedRecorder;
import se.brobygge.support.RunAs;
import se.brobygge.support.TestAccounts;

/** The association pages in the browserless UI: directory, registering, managing, joining, staff review. */
class AssociationsKT extends KaribuTest {

    @Autowired
    AssociationService associations;

    @Autowired
    AssociationRepresentativeService associationRepresentatives;

    @Autowired
    JoinRequestService requests;

    @Autowired
    PublishedRecorder published;

    private static List<String> paragraphs() {
        return _find(Paragraph.class).stream().map(Paragraph::getText).toList();
    }

    @Test
    void visitorsFindAssociationsByAnInflectedWordAndFilterInSwedishEnglishAndArabic() {
        TestAccounts.Created sara = accounts.create("Sara", Roles.RESIDENT);
        String marker = "k" + Long.toString(System.nanoTime(), 36);
        String name = "Schackklubben " + marker;
        RunAs.as(
                sara,
                Roles.RESIDENT,
                () -> associations.register(draft(
                        name,
                        AssociationTestData.organisationNumber(),
                        "Vi spelar schack med föreningarnas bästa spelare.")));

        UI.getCurrent().navigate("associations");
        assertThat(_get(H1.class).getText()).isEqualTo("Föreningar");
        _get(TextField.class, spec -> spec.withLabel("Sök")).setValue("förening " + marker);
        assertThat(_find(RouterLink.class).stream().map(RouterLink::getText)).contains(name);
        assertThat(paragraphs()).contains("1 föreningar");
        // the card says where and in which languages, as a newcomer choosing one asks first
        assertThat(paragraphs()).contains("Språk: arabiska, svenska");
        assertThat(_find(Span.class).stream().map(Span::getText)).contains("Område: Norrby");
        @SuppressWarnings("unchecked")
        Select<AssociationType> type = _get(Select.class, spec -> spec.withLabel("Typ av förening"));
        type.setValue(AssociationType.CULTURE);
        assertThat(paragraphs()).contains("Inga föreningar matchar just nu. Prova att ta bort ett filter.");

        useLocale(Locale.ENGLISH);
        UI.getCurrent().navigate("");
        UI.getCurrent().navigate("associations");
        assertThat(_get(H1.class).getText()).isEqualTo("Associations");
        _get(TextField.class, spec -> spec.withLabel("Search")).setValue(marker);
        assertThat(_find(RouterLink.class).stream().map(RouterLink::getText)).contains(name);

        useLocale(Locale.forLanguageTag("ar"));
        UI.getCurrent().navigate("");
        UI.getCurrent().navigate("associations");
        assertThat(_get(H1.class).getText()).isEqualTo("الجمعيات");
        _get(TextField.class, spec -> spec.withLabel("بحث")).setValue(marker);
        assertThat(paragraphs()).contains("اللغات: العربية، السويدية");
        UI.getCurrent()
                .navigate(_get(RouterLink.class, spec -> spec.withText(name)).getHref());
        assertThat(_get(H1.class).getText()).isEqualTo(name);
        assertThat(paragraphs()).contains("لم تتحقق البلدية من هذه الجمعية بعد.");
    }

    @Test
    void aResidentRegistersWrongNumbersAreExplainedAndSheLandsOnTheManagePage() {
        signIn("Sara", Roles.RESIDENT);
        UI.getCurrent().navigate("associations/register");
        String name = unique("Kvinnor i Norrby");
        _get(TextField.class, spec -> spec.withLabel("Föreningens namn")).setValue(name);
        TextField number = _get(TextField.class, spec -> spec.withLabel("Organisationsnummer"));
        number.setValue("802003-6285");
        @SuppressWarnings("unchecked")
        Select<AssociationType> type = _get(Select.class, spec -> spec.withLabel("Typ av förening"));
        type.setValue(AssociationType.WOMEN);
        _get(TextArea.class, spec -> spec.withLabel("Föreningens beskrivning")).setValue("Vi träffas och cyklar.");
        _get(EmailField.class, spec -> spec.withLabel("E-post till föreningen")).setValue("kvinnor@norrby.example");
        _click(_get(Button.class, spec -> spec.withText("Registrera föreningen")));
        assertThat(number.isInvalid()).isTrue();
        assertThat(number.getErrorMessage()).startsWith("Organisationsnumret stämmer inte.");
        assertThat(associations.directory(new AssociationFilter(name, null, null, null, false, false)))
                .isEmpty();

        number.setValue(AssociationTestData.organisationNumber().replace("-", ""));
        _click(_get(Button.class, spec -> spec.withText("Registrera föreningen")));
        assertThat(_get(H1.class).getText()).isEqualTo("Hantera " + name);
        assertThat(paragraphs()).contains("Föreningen väntar på att kommunen kontrollerar den.");
    }

    @Test
    void aRepresentativeAddsAnActivityInvitesAndAnswersARequest() {
        TestAccounts.Created sara = signIn("Sara", Roles.RESIDENT);
        TestAccounts.Created amal = accounts.create("Amal", Roles.RESIDENT);
        TestAccounts.Created erik = accounts.create("Erik", Roles.RESIDENT);
        AssociationId id = RunAs.as(sara, Roles.RESIDENT, () -> associations.register(draft(unique("Fotboll IF"))));
        JoinRequest request = RunAs.as(
                amal,
                Roles.RESIDENT,
                () -> requests.send(id, RequestKind.JOIN, "Jag vill spela fotboll.", "sv", ContactBy.PLATFORM, null));

        UI.getCurrent().navigate("associations/" + id.value() + "/manage");
        _get(TextField.class, spec -> spec.withLabel("Namn på aktiviteten")).setValue("Fotboll för tjejer");
        @SuppressWarnings("unchecked")
        Select<DayOfWeek> weekday = _get(Select.class, spec -> spec.withLabel("Veckodag"));
        weekday.setValue(DayOfWeek.TUESDAY);
        _get(TimePicker.class, spec -> spec.withLabel("Börjar")).setValue(LocalTime.of(18, 0));
        TimePicker ends = _get(TimePicker.class, spec -> spec.withLabel("Slutar"));
        ends.setValue(LocalTime.of(17, 0));
        _click(_get(Button.class, spec -> spec.withText("Spara aktiviteten")));
        assertThat(ends.getErrorMessage()).isEqualTo("Sluttiden måste vara efter starttiden.");
        ends.setValue(LocalTime.of(19, 0));
        _click(_get(Button.class, spec -> spec.withText("Spara aktiviteten")));
        assertThat(_find(H3.class).stream().map(H3::getText)).contains("Fotboll för tjejer");

        // invite Erik; an address that is no address is explained next to the field
        EmailField email = _get(EmailField.class, spec -> spec.withLabel("E-postadress"));
        email.setValue("inte en adress");
        _click(_get(Button.class, spec -> spec.withText("Skicka inbjudan")));
        assertThat(email.getErrorMessage()).isEqualTo("Skriv en giltig e-postadress, till exempel namn@exempel.se.");
        _get(EmailField.class, spec -> spec.withLabel("E-postadress")).setValue(erik.email());
        _click(_get(Button.class, spec -> spec.withText("Skicka inbjudan")));
        assertThat(_find(Button.class).stream().map(Button::getText))
                .contains("Dra tillbaka inbjudan till " + erik.email());

        // answer Amal
        _get(TextArea.class, spec -> spec.withLabel("Svar till Amal")).setValue("Välkommen på tisdag!");
        _click(_get(Button.class, spec -> spec.withText("Skicka svaret")));
        assertThat(_get(Paragraph.class, spec -> spec.withText("Svaret till Amal är skickat."))
                        .isVisible())
                .isTrue();
        assertThat(published.notificationsTo(amal.id().value()))
                .anySatisfy(n -> assertThat(n.args()).contains("Välkommen på tisdag!"));

        // Erik accepts through the link and lands on the manage page
        String link = published.notificationsTo(erik.id().value()).getLast().link();
        signOut();
        signInAs(erik, Roles.RESIDENT);
        UI.getCurrent().navigate(link.substring(1));
        assertThat(paragraphs()).anySatisfy(p -> assertThat(p).startsWith("Du är inbjuden att företräda Fotboll IF"));
        _click(_get(Button.class, spec -> spec.withText("Tacka ja")));
        assertThat(_get(H1.class).getText()).startsWith("Hantera Fotboll IF");
        assertThat(RunAs.as(amal, Roles.RESIDENT, () -> requests.mine()))
                .singleElement()
                .satisfies(r -> assertThat(r.id()).isEqualTo(request.id()));
    }

    @Test
    void aResidentAsksAndSeesTheAnswerUnderMyAssociations() {
        TestAccounts.Created sara = accounts.create("Sara", Roles.RESIDENT);
        String name = unique("Kören");
        AssociationId id = RunAs.as(sara, Roles.RESIDENT, () -> associations.register(draft(name)));
        signIn("Amal", Roles.RESIDENT);
        UI.getCurrent().navigate("associations/" + id.value());
        _click(_get(Button.class, spec -> spec.withText("Ställ en fråga")));
        @SuppressWarnings("unchecked")
        RadioButtonGroup<ContactBy> contact =
                _get(RadioButtonGroup.class, spec -> spec.withLabel("Hur vill du bli kontaktad?"));
        contact.setValue(ContactBy.PHONE);
        _click(_get(Button.class, spec -> spec.withText("Skicka")));
        assertThat(_get(TextArea.class, spec -> spec.withLabel("Ditt meddelande"))
                        .getErrorMessage())
                .isEqualTo("Skriv ett meddelande (2–2 000 tecken).");
        assertThat(_get(TextField.class, spec -> spec.withLabel("Telefon")).isInvalid())
                .isTrue();
        _get(TextArea.class, spec -> spec.withLabel("Ditt meddelande")).setValue("Behöver jag kunna sjunga?");
        _get(TextField.class, spec -> spec.withLabel("Telefon")).setValue("070-123 45 67");
        _click(_get(Button.class, spec -> spec.withText("Skicka")));
        assertThat(paragraphs())
                .contains("Tack! Föreningen har fått ditt meddelande. Svaret hittar du under " + "Mina föreningar.");

        JoinRequest inInbox =
                RunAs.as(sara, Roles.RESIDENT, () -> requests.inbox(id)).getFirst();
        assertThat(inInbox.contactPhone()).isEqualTo("070-123 45 67");
        RunAs.as(
                sara, Roles.RESIDENT, () -> requests.answer(inInbox.id(), "Nej, alla är välkomna!", inInbox.version()));
        UI.getCurrent().navigate("my-associations");
        assertThat(_get(H1.class).getText()).isEqualTo("Mina föreningar");
        assertThat(paragraphs()).contains("Svar från föreningen: Nej, alla är välkomna!");
    }

    @Test
    void staffVerifyAnAssociationAndItGetsTheBadge() {
        TestAccounts.Created sara = accounts.create("Sara", Roles.RESIDENT);
        String name = unique("Verifiera mig");
        AssociationId id = RunAs.as(sara, Roles.RESIDENT, () -> associations.register(draft(name)));
        signIn("Lina", Roles.STAFF);
        UI.getCurrent().navigate("staff/associations");
        assertThat(_get(H1.class).getText()).isEqualTo("Granska föreningar");
        _click(_get(Button.class, spec -> spec.withText("Verifiera " + name)));
        assertThat(paragraphs()).contains(name + " är verifierad.");
        assertThat(associations.find(id).orElseThrow().verified()).isTrue();
    }

    @Test
    void someoneWhoIsNotARepresentativeSeesNoManagementTools() {
        TestAccounts.Created sara = accounts.create("Sara", Roles.RESIDENT);
        AssociationId id = RunAs.as(sara, Roles.RESIDENT, () -> associations.register(draft(unique("Andras"))));
        signIn("Omar", Roles.RESIDENT, Roles.ASSOCIATION_REP);
        UI.getCurrent().navigate("associations/" + id.value() + "/manage");
        assertThat(paragraphs()).contains("Du är inte (längre) företrädare för den här föreningen.");
        assertThat(_find(Button.class).stream().map(Button::getText)).doesNotContain("Spara ändringarna");
    }

    @Autowired
    RepresentativeInvitations invitations;

    @Autowired
    MutableClock clock;

    @Test
    void anExpiredLinkAndALostRepresentationAreExplained() {
        TestAccounts.Created sara = signIn("Sara", Roles.RESIDENT);
        TestAccounts.Created erik = accounts.create("Erik", Roles.RESIDENT);
        AssociationId id = RunAs.as(sara, Roles.RESIDENT, () -> associations.register(draft(unique("Utgått IF"))));
        RunAs.as(
                sara,
                Roles.RESIDENT,
                () -> associationRepresentatives.invite(id, erik.email(), RepresentativeRole.EDITOR));
        String link = published.notificationsTo(erik.id().value()).getLast().link();
        try {
            clock.advance(RepresentativeInvitations.VALIDITY.plusHours(1));
            UI.getCurrent().navigate(link.substring(1));
            assertThat(paragraphs()).contains("Inbjudan har gått ut. Be om en ny inbjudan.");
            assertThat(_find(Button.class).stream().map(Button::getText)).doesNotContain("Tacka ja");
        } finally {
            clock.reset();
        }

        // Sara has the manage page open when staff hand the association to Erik and remove her
        UI.getCurrent().navigate("associations/" + id.value() + "/manage");
        TestAccounts.Created lina = accounts.create("Lina", Roles.STAFF);
        RunAs.as(
                sara,
                Roles.RESIDENT,
                () -> associationRepresentatives.invite(id, erik.email(), RepresentativeRole.CHAIR));
        String second = published.notificationsTo(erik.id().value()).getLast().link();
        RunAs.as(erik, Roles.RESIDENT, () -> invitations.accept(second.substring(second.lastIndexOf('/') + 1)));
        RunAs.run(lina, Roles.STAFF, () -> associationRepresentatives.removeRepresentative(id, sara.id()));
        _get(TextField.class, spec -> spec.withLabel("Föreningens namn")).setValue("Kapad");
        _click(_get(Button.class, spec -> spec.withText("Spara ändringarna")));
        assertThat(paragraphs()).contains("Du är inte (längre) företrädare för den här föreningen.");
        assertThat(associations.find(id).orElseThrow().name()).startsWith("Utgått IF");
    }
}
