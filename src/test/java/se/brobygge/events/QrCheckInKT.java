package se.brobygge.events;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.QueryParameters;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import se.brobygge.identity.Roles;
import se.brobygge.support.KaribuTest;
import se.brobygge.support.RunAs;
import se.brobygge.support.TestAccounts;
import se.brobygge.support.TestEvents;

/** "My events" shows a QR code per seat; the organiser's phone opens it and the person is checked in. */
class QrCheckInKT extends KaribuTest {

    @Autowired
    EventService events;

    @Autowired
    EventEditingService editing;

    @Autowired
    SignUpService signUps;

    @Autowired
    CheckInService checkIns;

    @Test
    void theQrCodeOnMyEventsChecksThePersonInWhenTheOrganiserOpensIt() {
        TestAccounts.Created staff = accounts.create("Lina", Roles.STAFF);
        EventId event = RunAs.as(staff, Roles.STAFF, () -> editing.create(TestEvents.draft("QR-café", 5)));
        TestAccounts.Created amal = signIn("Amal", Roles.RESIDENT);
        String code =
                RunAs.as(amal, Roles.RESIDENT, () -> signUps.signUp(event)).code();

        UI.getCurrent().navigate("my-events");
        Image qr = _find(Image.class).stream()
                .filter(i -> i.getAlt().orElse("").contains(code))
                .findFirst()
                .orElseThrow();
        String src = qr.getSrc();
        assertThat(src).startsWith("data:image/svg+xml;base64,");
        String svg =
                new String(Base64.getDecoder().decode(src.substring(src.indexOf(',') + 1)), StandardCharsets.UTF_8);
        assertThat(svg).startsWith("<svg").contains("<path");

        // what the phone's camera reads: the check-in page with the code
        String scanned = "events/" + event.value() + "/check-in";
        var query = QueryParameters.of("code", code);
        signOut();
        signIn("Lina", Roles.STAFF);
        UI.getCurrent().navigate(scanned, query);
        assertThat(_find(Paragraph.class).stream().map(Paragraph::getText)).contains("Amal är incheckad.");
        assertThat(RunAs.as(staff, Roles.STAFF, () -> checkIns.attendees(event))
                        .getFirst()
                        .checkedInAt())
                .isNotNull();

        // a resident opening the same address checks no one in and sees nothing
        signOut();
        signIn("Erik", Roles.RESIDENT);
        UI.getCurrent().navigate(scanned, query);
        assertThat(_find(Paragraph.class).stream().map(Paragraph::getText)).doesNotContain("Amal är incheckad.");
    }
}
