package se.brobygge.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import se.brobygge.events.EventDraft;
import se.brobygge.events.EventId;
import se.brobygge.events.EventSeriesService;
import se.brobygge.events.EventService;
import se.brobygge.events.SeatQuota;
import se.brobygge.events.SeriesRule;
import se.brobygge.events.SignUpApprovalService;
import se.brobygge.events.SignUpRequest;
import se.brobygge.events.SignUpService;
import se.brobygge.identity.Roles;
import se.brobygge.shared.i18n.Formats;
import se.brobygge.shared.i18n.Language;
import se.brobygge.support.BrowserTest;
import se.brobygge.support.RunAs;
import se.brobygge.support.TestEvents;

/**
 * The pages added for series, reserved places, approval, questions, QR codes, reminders, review
 * and the month calendar have no axe violations in Swedish, English and Arabic, and work in a
 * real browser: a newcomer signs up for a reserved place and answers the question.
 */
class EventToolsBT extends BrowserTest {

    @Autowired
    EventService events;

    @Autowired
    EventSeriesService eventSeries;

    @Autowired
    SignUpService signUps;

    @Autowired
    SignUpApprovalService approvals;

    static Stream<Language> languages() {
        return Stream.of(Language.SWEDISH, Language.ENGLISH, Language.ARABIC);
    }

    @ParameterizedTest(name = "event tools in {0}")
    @MethodSource("languages")
    void eventToolsHaveNoViolations(Language language) {
        var staff = accounts.create("Lina", Roles.STAFF);
        EventDraft base = TestEvents.draft("Kvällscafé", 10);
        EventDraft rules = base.toBuilder()
                .quotas(List.of(new SeatQuota(
                        "NEWCOMERS",
                        4,
                        base.startsAt()
                                .atZone(Formats.MUNICIPALITY_ZONE)
                                .toInstant()
                                .minus(Duration.ofDays(2)))))
                .approvalRequired(true)
                .questions(List.of("Behöver du tolk?"))
                .onBehalfOf(null)
                .build();
        List<EventId> ids = RunAs.as(
                staff,
                Roles.STAFF,
                () -> eventSeries.createSeries(
                        rules,
                        new SeriesRule(
                                SeriesRule.Frequency.WEEKLY,
                                base.startsAt().toLocalDate().plusWeeks(2),
                                Set.of())));
        long seriesId = events.event(ids.getFirst()).orElseThrow().seriesId().value();

        Page page = newPage(language);
        open(page, "events/series/" + seriesId);
        assertNoAxeViolations(page, "series page (" + language.code() + ")");
        open(page, "events");
        page.locator("vaadin-radio-button").nth(1).click();
        page.locator(".month-calendar table").waitFor();
        assertNoAxeViolations(page, "month calendar (" + language.code() + ")");

        signIn(page, "Amal", Roles.RESIDENT);
        open(page, "events/" + ids.getFirst().value());
        page.locator("vaadin-checkbox.signup-group").click();
        page.locator("vaadin-text-field input").first().fill("Ja, arabiska");
        assertNoAxeViolations(page, "sign-up with a reserved place and a question (" + language.code() + ")");
        page.locator("vaadin-button.signup-button").click();
        page.locator("vaadin-button.signup-cancel").waitFor();
        open(page, "my-events");
        assertNoAxeViolations(page, "my events with a pending sign-up (" + language.code() + ")");

        // the organiser approves: the newcomer gets a reserved seat and a QR code on My events
        var pending = RunAs.as(staff, Roles.STAFF, () -> approvals.pending(ids.getFirst()));
        assertThat(pending.getFirst().answers()).containsExactly("Ja, arabiska");
        RunAs.as(
                staff,
                Roles.STAFF,
                () -> approvals.approve(ids.getFirst(), pending.getFirst().code()));
        open(page, "my-events");
        assertThat(page.locator("img.signup-qr").count()).isEqualTo(1);
        assertNoAxeViolations(page, "my events with a QR code (" + language.code() + ")");

        // another sign-up waits, so the organiser sees the approval list
        var erik = accounts.create("Erik", Roles.RESIDENT);
        RunAs.as(erik, Roles.RESIDENT, () -> signUps.signUp(ids.getFirst(), new SignUpRequest(null, List.of("Nej"))));
        Page staffPage = newPage(language);
        signIn(staffPage, "Lina Personal", Roles.STAFF);
        open(staffPage, "events/" + ids.getFirst().value());
        assertThat(staffPage.locator(".pending-signups").textContent()).contains("Erik");
        assertNoAxeViolations(staffPage, "event page for the organiser (" + language.code() + ")");
        for (String route :
                new String[] {"events/" + ids.getFirst().value() + "/edit", "events/new", "staff/events/review"}) {
            open(staffPage, route);
            assertNoAxeViolations(staffPage, "/" + route + " (" + language.code() + ")");
        }
    }
}
