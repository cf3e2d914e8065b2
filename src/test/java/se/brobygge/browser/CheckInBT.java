package se.brobygge.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.microsoft.playwright.Page;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import se.brobygge.events.CheckInService;
import se.brobygge.events.EventEditingService;
import se.brobygge.events.EventId;
import se.brobygge.events.EventService;
import se.brobygge.events.MySignUp;
import se.brobygge.events.SignUpService;
import se.brobygge.identity.Roles;
import se.brobygge.shared.i18n.Language;
import se.brobygge.support.BrowserTest;
import se.brobygge.support.RunAs;
import se.brobygge.support.TestAccounts;
import se.brobygge.support.TestEvents;

/** At the door, on a phone: the organiser types a registration code and the person is checked in. */
class CheckInBT extends BrowserTest {

    @Autowired
    EventService events;

    @Autowired
    EventEditingService editing;

    @Autowired
    SignUpService signUps;

    @Autowired
    CheckInService checkIns;

    @Test
    void organiserChecksSomeoneInOnA360PixelScreen() {
        TestAccounts.Created amal = accounts.create("Amal", Roles.RESIDENT);
        Page page = newPage(Language.SWEDISH, 360, 740);
        TestAccounts.Created staff = signIn(page, "Lina", Roles.STAFF);
        EventId event =
                RunAs.as(staff, Roles.STAFF, () -> editing.create(TestEvents.draft("Språkcafé vid dörren", 10)));
        MySignUp seat = RunAs.as(amal, Roles.RESIDENT, () -> signUps.signUp(event));

        open(page, "events/" + event.value() + "/check-in");
        assertNoAxeViolations(page, "check-in page at 360 px");
        Number width = (Number) page.evaluate("() => document.documentElement.scrollWidth");
        assertThat(width.intValue()).as("no sideways scrolling").isLessThanOrEqualTo(360);

        page.locator("vaadin-text-field input").fill(seat.code().toLowerCase());
        page.keyboard().press("Enter");
        page.getByText("Amal är incheckad.").waitFor();
        assertThat(page.getByText("Incheckade: 1 av 1").isVisible()).isTrue();
        assertThat(RunAs.as(staff, Roles.STAFF, () -> checkIns.attendees(event))
                        .getFirst()
                        .checkedInAt())
                .isNotNull();
        screenshot(page, "check-in-360");

        assertThatThrownBy(() -> RunAs.as(amal, Roles.RESIDENT, () -> checkIns.checkIn(event, seat.code())))
                .as("a participant cannot check people in")
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void aWrongCodeIsExplainedNextToTheField() {
        // an Arabic-speaking organiser: the message comes in Arabic, next to the field
        Page page = newPage(Language.ARABIC, 360, 740);
        TestAccounts.Created staff = signIn(page, "Lina", Roles.STAFF);
        EventId event = RunAs.as(staff, Roles.STAFF, () -> editing.create(TestEvents.draft("Fel kod", 10)));
        open(page, "events/" + event.value() + "/check-in");
        page.locator("vaadin-text-field input").fill("ZZZZZZZZ");
        page.keyboard().press("Enter");
        page.getByText("لا يوجد مشارك مؤكد بهذا الرمز. تحقق منه وحاول مرة أخرى.")
                .waitFor();
        assertThat(page.locator("vaadin-text-field").getAttribute("invalid")).isNotNull();
        assertNoAxeViolations(page, "check-in error");
    }
}
