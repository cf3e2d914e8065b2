package se.brobygge.events;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.text.Normalizer;
import java.util.Locale;
import java.util.Optional;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import se.brobygge.identity.Roles;
import se.brobygge.support.KaribuTest;
import se.brobygge.support.PublishedRecorder;
import se.brobygge.support.RunAs;
import se.brobygge.support.TestAccounts;
import se.brobygge.support.TestEvents;

/**
 * Staff review an organisation's event: approved, it is published and in the list of events;
 * declined, the organiser is told why. And the printable attendee list keeps Arabic names.
 */
class ReviewEventsKT extends KaribuTest {

    @Autowired
    EventService events;

    @Autowired
    EventEditingService editing;

    @Autowired
    SignUpService signUps;

    @Autowired
    CheckInService checkIns;

    @Autowired
    PublishedRecorder published;

    @Autowired
    JdbcTemplate jdbc;

    /** An event waiting for review, as an unverified association's event does. */
    private EventId awaitingReview(TestAccounts.Created organiser, String title) {
        EventId id = RunAs.as(organiser, Roles.STAFF, () -> editing.create(TestEvents.draft(title, 10)));
        jdbc.update("update events_event set status = 'PENDING_APPROVAL' where id = ?", id.value());
        return id;
    }

    private static Optional<Button> button(String ariaLabel) {
        return _find(Button.class).stream()
                .filter(b -> b.getAriaLabel().filter(ariaLabel::equals).isPresent())
                .findFirst();
    }

    private boolean listed(String title) {
        // searched by its title: other tests' events may fill the first page of the whole list
        EventFilter byTitle = new EventFilter(title, null, null, null, null, null, false, false);
        return events.upcoming(byTitle, EventService.MAX_RESULTS).stream()
                .anyMatch(e -> e.title().equals(title));
    }

    @Test
    void staffApproveAnEventAndItIsPublishedAndListed() {
        TestAccounts.Created organiser = accounts.create("Förening Bro", Roles.STAFF);
        String title = "Föreningens loppis " + System.nanoTime();
        EventId id = awaitingReview(organiser, title);

        signIn("Lina", Roles.STAFF);
        UI.getCurrent().navigate("staff/events/review");
        _click(button("Publicera " + title).orElseThrow());

        assertThat(events.event(id).orElseThrow().status()).isEqualTo(EventStatus.PUBLISHED);
        assertThat(listed(title)).as("in the list everyone sees").isTrue();
        assertThat(button("Publicera " + title))
                .as("no longer waiting for review")
                .isEmpty();
        assertThat(published.notificationsTo(organiser.id().value()))
                .anySatisfy(n -> assertThat(n.subjectKey()).isEqualTo("events.notify.approved.subject"));
    }

    @Test
    void staffDeclineAnEventWithAReasonTheOrganiserIsTold() {
        TestAccounts.Created organiser = accounts.create("Förening Hamn", Roles.STAFF);
        String title = "Hamnfest " + System.nanoTime();
        EventId id = awaitingReview(organiser, title);

        signIn("Lina", Roles.STAFF);
        UI.getCurrent().navigate("staff/events/review");
        _click(button("Publicera inte " + title).orElseThrow());
        _get(TextArea.class, spec -> spec.withLabel("Förklaring till arrangören"))
                .setValue("Platsen är inte bokad.");
        // the dialog's button (the card's own one names the event for screen readers)
        _click(_find(Button.class, spec -> spec.withText("Publicera inte")).stream()
                .filter(b -> b.getAriaLabel().isEmpty())
                .findFirst()
                .orElseThrow());

        assertThat(events.event(id).orElseThrow().status()).isEqualTo(EventStatus.DECLINED);
        assertThat(listed(title)).isFalse();
        assertThat(published.notificationsTo(organiser.id().value())).anySatisfy(n -> {
            assertThat(n.subjectKey()).isEqualTo("events.notify.reviewDeclined.subject");
            assertThat(n.args()).containsExactly(title, "Platsen är inte bokad.");
        });
        // the organiser sees the reason on the event's page
        signInAs(organiser, Roles.STAFF);
        UI.getCurrent().navigate("events/" + id.value());
        assertThat(_find(Paragraph.class).stream().map(Paragraph::getText))
                .anyMatch(text -> text.contains("Platsen är inte bokad."));
    }

    @Test
    void theAttendeePdfKeepsArabicScriptNames() {
        TestAccounts.Created organiser = accounts.create("Lina", Roles.STAFF);
        EventId id = RunAs.as(organiser, Roles.STAFF, () -> editing.create(TestEvents.draft("Kvinnocafé", 10)));
        TestAccounts.Created fatima = accounts.create("فاطمة الزهراء", Roles.RESIDENT);
        TestAccounts.Created omid = accounts.create("امید رحیمی", Roles.RESIDENT);
        RunAs.as(fatima, Roles.RESIDENT, () -> signUps.signUp(id));
        RunAs.as(omid, Roles.RESIDENT, () -> signUps.signUp(id));

        for (String language : new String[] {"sv", "ar"}) {
            String text = pdfText(
                    RunAs.as(organiser, Roles.STAFF, () -> checkIns.attendeesPdf(id, Locale.forLanguageTag(language))));
            assertThat(text)
                    .as(language)
                    .contains("فاطمة")
                    .contains("الزهراء")
                    .contains("امید")
                    .contains("رحیمی");
        }
    }

    /** The text a reader sees, with Arabic presentation forms folded back to plain letters. */
    private static String pdfText(byte[] pdf) {
        try (var doc = Loader.loadPDF(pdf)) {
            return Normalizer.normalize(new PDFTextStripper().getText(doc), Normalizer.Form.NFKC);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
