package se.brobygge.employers;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.ComboBoxKt;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Svg;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.RouterLink;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import se.brobygge.identity.Roles;
import se.brobygge.places.PlaceService;
import se.brobygge.support.KaribuTest;
import se.brobygge.support.RunAs;
import se.brobygge.support.TestAccounts;

/** The employer sessions' and internships' pages, in Swedish and Arabic. */
class EmployersKT extends KaribuTest {

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
    JdbcTemplate jdbc;

    @Test
    @SuppressWarnings("unchecked")
    void staffCreateASessionAndQuotasOverTheSeatsAreExplainedNextToTheField() {
        TestAccounts.Created lina = signIn("Lina", Roles.STAFF);
        EmployerTestData.place(lina, places);
        long before = jdbc.queryForObject("select count(*) from employers_session", Long.class);
        UI.getCurrent().navigate("staff/employer-sessions/new");
        _get(TextField.class, spec -> spec.withLabel("Tema")).setValue("Vård och omsorg söker folk");
        Select<Object> place = _get(Select.class, spec -> spec.withLabel("Mötesplats"));
        place.setValue(place.getListDataView().getItems().findFirst().orElseThrow());
        LocalDateTime start = LocalDateTime.now()
                .plusDays(10)
                .withHour(17)
                .withMinute(0)
                .withSecond(0)
                .withNano(0);
        _get(DateTimePicker.class, spec -> spec.withLabel("Börjar")).setValue(start);
        _get(DateTimePicker.class, spec -> spec.withLabel("Slutar")).setValue(start.plusHours(2));
        IntegerField seats = _get(IntegerField.class, spec -> spec.withLabel("Antal platser"));
        seats.setValue(30);
        _click(_get(Button.class, spec -> spec.withText("Skapa")));
        assertThat(seats.isInvalid()).isTrue();
        assertThat(seats.getErrorMessage())
                .isEqualTo("Platserna per roll blir fler än platserna totalt. "
                        + "Minska någon roll eller öka antalet platser.");
        assertThat(jdbc.queryForObject("select count(*) from employers_session", Long.class))
                .isEqualTo(before);
        seats.setValue(40);
        _click(_get(Button.class, spec -> spec.withText("Skapa")));
        assertThat(_get(H1.class).getText()).isEqualTo("Vård och omsorg söker folk");
        assertThat(_find(ListItem.class).stream().map(li -> li.getText()))
                .contains("Nyanländ/arbetssökande: 16 platser, 16 kvar", "Företag: 12 platser, 12 kvar");
    }

    @Test
    @SuppressWarnings("unchecked")
    void aNewcomerRegistersFillsHerCardAndSeesTheOthersCardsInArabic() {
        TestAccounts.Created lina = accounts.create("Lina", Roles.STAFF);
        long place = EmployerTestData.place(lina, places);
        SessionId id = RunAs.as(
                        lina,
                        Roles.STAFF,
                        () -> sessions.create(EmployerTestData.session(
                                "Upprop i Norrby", place, 4, EmployerTestData.quotas(2, 2, 0, 0, 0))))
                .getFirst();
        TestAccounts.Created johan = accounts.create("Johan", Roles.RESIDENT);
        RunAs.run(johan, Roles.RESIDENT, () -> {
            EmployerId employer = employers.register(EmployerTestData.employer("Norrby Bygg AB"));
            cards.saveMyCard(CardDraft.builder()
                    .presentation("Vi bygger hus.")
                    .seeks("praktikanter")
                    .offers("praktik inom bygg")
                    .languages(Set.of("sv", "en"))
                    .swedishLevel(LanguageLevel.FLUENT)
                    .occupation("71")
                    .area("Norrby")
                    .skills("")
                    .visibleToParticipants(true)
                    .suggestible(false)
                    .employersSeeSkills(false)
                    .employersSeeLanguages(true)
                    .employersSeeArea(false)
                    .employersSeeOccupation(true)
                    .build());
            registrations.register(id, ParticipantRole.COMPANY, employer);
        });

        signIn("Amal", Roles.RESIDENT);
        UI.getCurrent().navigate("my-card");
        _get(TextArea.class, spec -> spec.withLabel("Vem jag är / vilken organisation jag företräder"))
                .setValue("Jag är undersköterska från Aleppo.");
        _click(_get(Button.class, spec -> spec.withText("Spara kortet")));
        assertThat(_find(Paragraph.class).stream().map(Paragraph::getText))
                .as("a language is needed")
                .contains("Rätta det som är markerat och spara igen.");
        _get(MultiSelectComboBox.class, spec -> spec.withLabel("Språk jag talar"))
                .setValue(Set.of("ar", "sv"));
        _get(Checkbox.class, spec -> spec.withLabel("Visa mitt kort för de andra deltagarna på mina upprop"))
                .setValue(true);
        _click(_get(Button.class, spec -> spec.withText("Spara kortet")));
        assertThat(_find(Paragraph.class).stream().map(Paragraph::getText)).contains("Ditt kort är sparat.");

        UI.getCurrent().navigate("employer-sessions/" + id.value());
        Select<ParticipantRole> role = _get(Select.class, spec -> spec.withLabel("Jag kommer som"));
        role.setValue(ParticipantRole.NEWCOMER);
        _click(_get(Button.class, spec -> spec.withText("Anmäl mig")));
        assertThat(_find(Paragraph.class).stream().map(Paragraph::getText))
                .contains("Du är anmäld som Nyanländ/arbetssökande.");
        assertThat(_find(H3.class).stream().map(H3::getText))
                .contains("Johan – Företag, Norrby Bygg AB", "Amal – Nyanländ/arbetssökande");

        useLocale(Locale.forLanguageTag("ar"));
        UI.getCurrent().navigate("employer-sessions/" + id.value());
        assertThat(_find(H3.class).stream().map(H3::getText))
                .contains("Johan – شركة، Norrby Bygg AB".replace("،", ","));
        assertThat(_find(Paragraph.class).stream().map(Paragraph::getText))
                .contains("أنت مسجل بصفة قادم جديد/باحث عن عمل.");
    }

    @Test
    void staffMakeASeatingPlanWhileTheProgressIsShownAndSeeTheRoom() throws Exception {
        TestAccounts.Created lina = signIn("Lina", Roles.STAFF);
        long place = EmployerTestData.place(lina, places);
        SessionId id = RunAs.as(
                        lina,
                        Roles.STAFF,
                        () -> sessions.create(EmployerTestData.session(
                                "Bordsupprop <b>", place, 8, EmployerTestData.quotas(4, 2, 2, 0, 0))))
                .getFirst();
        for (int i = 0; i < 4; i++) {
            TestAccounts.Created n =
                    accounts.create(i == 0 ? "<script>alert(1)</script>" : "Nyanländ " + i, Roles.RESIDENT);
            RunAs.run(n, Roles.RESIDENT, () -> registrations.register(id, ParticipantRole.NEWCOMER, null));
        }
        for (int i = 0; i < 2; i++) {
            TestAccounts.Created c = accounts.create("Företagare " + i, Roles.RESIDENT);
            RunAs.run(
                    c,
                    Roles.RESIDENT,
                    () -> registrations.register(
                            id,
                            ParticipantRole.COMPANY,
                            employers.register(EmployerTestData.employer("Firma " + System.nanoTime()))));
            TestAccounts.Created a = accounts.create("Förening " + i, Roles.RESIDENT);
            RunAs.run(a, Roles.RESIDENT, () -> registrations.register(id, ParticipantRole.ASSOCIATION, null));
        }
        UI.getCurrent().navigate("employer-sessions/" + id.value() + "/seating");
        IntegerField size = _get(IntegerField.class, spec -> spec.withLabel("Personer per bord"));
        size.setValue(20);
        _click(_get(Button.class, spec -> spec.withText("Gör en bordsplacering")));
        assertThat(size.getErrorMessage()).isEqualTo("Borden kan inte vara större än antalet deltagare, och minst 2.");
        size.setValue(4);
        _click(_get(Button.class, spec -> spec.withText("Gör en bordsplacering")));
        assertThat(UI.getCurrent().getPollInterval())
                .as("the page polls while the solver works")
                .isPositive();
        Paragraph progress = _find(Paragraph.class).stream()
                .filter(p -> p.hasClassName("seating-progress"))
                .findFirst()
                .orElseThrow();
        long deadline = System.currentTimeMillis() + 30_000;
        while (!progress.getText().startsWith("Klart") && System.currentTimeMillis() < deadline) {
            Thread.sleep(200);
            MockVaadin.clientRoundtrip(false);
        }
        assertThat(progress.getText()).startsWith("Klart: 2 bord, alla regler hålls");
        assertThat(UI.getCurrent().getPollInterval()).isNegative();
        assertThat(_get(Svg.class).isVisible()).as("the room is drawn").isTrue();
        assertThat(_find(H3.class).stream().map(H3::getText))
                .contains("Bord 1 (gemensamt språk: svenska)", "Bord 2 (gemensamt språk: svenska)");
        List<String> print = _find(Anchor.class).stream().map(a -> a.getText()).toList();
        assertThat(print).contains("Skriv ut bordskort och placeringslista (PDF)");
    }

    @Test
    @SuppressWarnings("unchecked")
    void aNewcomerFindsAnInternshipSendsInterestAndTheEmployerAnswers() {
        TestAccounts.Created lina = accounts.create("Lina", Roles.STAFF);
        TestAccounts.Created johan = accounts.create("Johan", Roles.RESIDENT);
        String title = "Praktik i köket " + System.nanoTime();
        EmployerId employer =
                RunAs.as(johan, Roles.RESIDENT, () -> employers.register(EmployerTestData.employer("Köket AB")));
        RunAs.run(lina, Roles.STAFF, () -> employers.verify(employer));
        PostingId posting =
                RunAs.as(johan, Roles.RESIDENT, () -> postings.post(EmployerTestData.posting(employer, title, "51")));

        TestAccounts.Created amal = signIn("Amal", Roles.RESIDENT);
        RunAs.run(amal, Roles.RESIDENT, () -> cards.saveMyCard(EmployerTestData.card("51", Set.of("ar", "sv"), true)));
        UI.getCurrent().navigate("jobs");
        assertThat(_find(H1.class).getFirst().getText()).isEqualTo("Praktik och jobb");
        assertThat(_find(Paragraph.class).stream().map(Paragraph::getText))
                .anyMatch(t -> t.startsWith("Därför: samma yrke (Serviceyrken)"));
        UI.getCurrent().navigate("jobs/" + posting.value());
        assertThat(_find(Component.class).stream()
                        .filter(c -> c instanceof H1 || c instanceof H3 || c instanceof RouterLink)
                        .map(c -> c.getElement().getText()))
                .as("the title once, as the page's heading")
                .containsOnlyOnce(title);
        String from = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM)
                .withLocale(Locale.forLanguageTag("sv"))
                .format(LocalDate.now().plusDays(14));
        assertThat(_find(Span.class, spec -> spec.withClasses("meta-line")).stream()
                        .map(m -> m.getElement().getTextRecursively()))
                .as("the period in Swedish date format")
                .anyMatch(t -> t.contains(from + " – ")
                        && !t.contains(LocalDate.now().plusDays(14).toString()));
        PostingDraft draft = EmployerTestData.posting(employer, "Jobb utan slutdatum " + System.nanoTime(), "51");
        PostingId openEnded = RunAs.as(
                johan,
                Roles.RESIDENT,
                () -> postings.post(PostingDraft.builder()
                        .employerId(draft.employerId())
                        .kind(draft.kind())
                        .title(draft.title())
                        .occupation(draft.occupation())
                        .description(draft.description())
                        .area(draft.area())
                        .periodFrom(draft.periodFrom())
                        .periodTo(null)
                        .hours(draft.hours())
                        .swedishLevel(draft.swedishLevel())
                        .support(draft.support())
                        .accessibility(draft.accessibility())
                        .contact(draft.contact())
                        .build()));
        UI.getCurrent().navigate("jobs/" + openEnded.value());
        assertThat(_find(Span.class, spec -> spec.withClasses("meta-line")).stream()
                        .map(m -> m.getElement().getTextRecursively()))
                .as("an open-ended period says so")
                .anyMatch(t -> t.contains("från " + from + ", tills vidare"))
                .noneMatch(t -> t.contains(from + " – ·") || t.strip().endsWith("–"));
        UI.getCurrent().navigate("jobs/" + posting.value());
        _click(_get(Button.class, spec -> spec.withText("Skicka intresseanmälan")));
        assertThat(_find(Paragraph.class).stream().map(Paragraph::getText))
                .contains("Du har anmält intresse. Läge: Skickad");

        signOut();
        signInAs(johan, Roles.RESIDENT);
        UI.getCurrent().navigate("jobs/" + posting.value() + "/interests");
        Select<InterestStatus> next = _get(Select.class, spec -> spec.withLabel("Nytt läge för Amal"));
        next.setValue(InterestStatus.INTERVIEW);
        _get(TextArea.class, spec -> spec.withLabel("Svar till Amal")).setValue("Kom på tisdag!");
        _click(_get(Button.class, spec -> spec.withText("Skicka svar")));
        assertThat(_find(Paragraph.class).stream().map(Paragraph::getText))
                .contains("Svaret till Amal är skickat.", "Läge: Inbjuden till intervju");

        signOut();
        signInAs(amal, Roles.RESIDENT);
        UI.getCurrent().navigate("jobs");
        assertThat(_find(RouterLink.class).stream().map(l -> l.getText()))
                .contains(title + " hos Köket AB: Inbjuden till intervju");
    }

    @Test
    @SuppressWarnings("unchecked")
    void theOccupationIsFoundAndNamedInThePagesLanguage() {
        TestAccounts.Created johan = signIn("Johan", Roles.RESIDENT);
        EmployerId employer =
                RunAs.as(johan, Roles.RESIDENT, () -> employers.register(EmployerTestData.employer("Kök i sju språk")));
        String form = "employers/" + employer.value() + "/postings/new";

        useLocale(Locale.forLanguageTag("uk"));
        UI.getCurrent().navigate(form);
        ComboBox<Object> occupation = _get(ComboBox.class, spec -> spec.withLabel("Професія"));
        ComboBoxKt.setUserInput(occupation, "кухар");
        assertThat(ComboBoxKt.getSuggestions(occupation)).first().isEqualTo("Кухарі та кухарі холодного цеху");
        ComboBoxKt.setUserInput(occupation, "kock");
        assertThat(ComboBoxKt.getSuggestions(occupation))
                .as("a Swedish word on a Ukrainian page")
                .first()
                .isEqualTo("Кухарі та кухарі холодного цеху");

        useLocale(Locale.forLanguageTag("prs"));
        UI.getCurrent().navigate("jobs");
        UI.getCurrent().navigate(form);
        occupation = _get(ComboBox.class, spec -> spec.withLabel("مسلک"));
        ComboBoxKt.setUserInput(occupation, "آشپز");
        assertThat(ComboBoxKt.getSuggestions(occupation)).first().isEqualTo("آشپزها");

        useLocale(Locale.forLanguageTag("so"));
        UI.getCurrent().navigate("jobs");
        UI.getCurrent().navigate(form);
        occupation = _get(ComboBox.class, spec -> spec.withLabel("Xirfadda"));
        ComboBoxKt.setUserInput(occupation, "cunto kariye");
        assertThat(ComboBoxKt.getSuggestions(occupation))
                .first()
                .isEqualTo("Cunto-kariyeyaasha iyo kariyeyaasha jikada qabow");

        useLocale(Locale.forLanguageTag("ti"));
        UI.getCurrent().navigate("jobs");
        UI.getCurrent().navigate(form);
        occupation = _get(ComboBox.class, spec -> spec.withLabel("ሞያ"));
        ComboBoxKt.setUserInput(occupation, "ኣብሳሊ");
        assertThat(ComboBoxKt.getSuggestions(occupation)).first().isEqualTo("ኣብሰልትን ሰራሕተኛታት ክሽነን");
        ComboBoxKt.selectByLabel(occupation, "ኣብሰልትን ሰራሕተኛታት ክሽነን");
        assertThat(occupation.getValue()).extracting("code").isEqualTo("5120");
    }

    @Test
    @SuppressWarnings("unchecked")
    void anEmployerFindsTheOccupationByACommonWordAndIsToldWhenNothingMatches() {
        TestAccounts.Created johan = signIn("Johan", Roles.RESIDENT);
        EmployerId employer =
                RunAs.as(johan, Roles.RESIDENT, () -> employers.register(EmployerTestData.employer("Köket AB")));
        String title = "Kock till skolköket " + System.nanoTime();
        UI.getCurrent().navigate("employers/" + employer.value() + "/postings/new");
        ComboBox<Object> occupation = _get(ComboBox.class, spec -> spec.withLabel("Yrke"));

        ComboBoxKt.setUserInput(occupation, "kock");
        assertThat(ComboBoxKt.getSuggestions(occupation)).first().isEqualTo("Kockar och kallskänkor");
        ComboBoxKt.setUserInput(occupation, "cook");
        assertThat(ComboBoxKt.getSuggestions(occupation)).first().isEqualTo("Kockar och kallskänkor");
        ComboBoxKt.setUserInput(occupation, "طباخ");
        assertThat(ComboBoxKt.getSuggestions(occupation)).first().isEqualTo("Kockar och kallskänkor");

        ComboBoxKt.setUserInput(occupation, "xqzwv");
        assertThat(ComboBoxKt.getSuggestions(occupation)).isEmpty();
        assertThat(occupation.getHelperText())
                .isEqualTo(
                        "Inget yrke matchar ”xqzwv”. Prova ett annat ord, till exempel kock, lager, snickare eller undersköterska.");

        ComboBoxKt.setUserInput(occupation, "undersköt");
        assertThat(ComboBoxKt.getSuggestions(occupation))
                .first()
                .isEqualTo("Undersköterskor, hemtjänst, hemsjukvård och äldreboende");
        assertThat(occupation.getHelperText())
                .as("the message goes once something matches")
                .isNullOrEmpty();

        ComboBoxKt.setUserInput(occupation, "kock");
        ComboBoxKt.selectByLabel(occupation, "Kockar och kallskänkor");
        _get(TextField.class, spec -> spec.withLabel("Rubrik")).setValue(title);
        _get(TextArea.class, spec -> spec.withLabel("Beskrivning")).setValue("Laga lunch till 300 elever.");
        Select<String> area = _get(Select.class, spec -> spec.withLabel("Område"));
        area.setValue(area.getListDataView().getItems().findFirst().orElseThrow());
        _get(DatePicker.class, spec -> spec.withLabel("Från"))
                .setValue(LocalDate.now().plusDays(7));
        _get(TextField.class, spec -> spec.withLabel("Arbetstid")).setValue("Dagtid");
        _get(TextField.class, spec -> spec.withLabel("Kontakt")).setValue("kok@foretag.example");
        _click(_get(Button.class, spec -> spec.withText("Publicera")));
        assertThat(jdbc.queryForObject("select occupation from employers_posting where title = ?", String.class, title))
                .as("a new choice stores the unit group")
                .isEqualTo("5120");
    }
}
