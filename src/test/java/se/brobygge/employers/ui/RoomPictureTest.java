package se.brobygge.employers.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import se.brobygge.employers.Participant;
import se.brobygge.employers.ParticipantRole;
import se.brobygge.employers.RegistrationStatus;
import se.brobygge.employers.SeatingPlan;
import se.brobygge.employers.SessionId;
import se.brobygge.identity.AccountId;

/** The room picture draws every table with names and roles, and never lets a name become markup. */
class RoomPictureTest {

    @Test
    void namesAreEscapedAndEveryTableIsDrawn() {
        Participant evil = new Participant(
                new AccountId(1),
                "<b>Ali's & co</b>",
                ParticipantRole.NEWCOMER,
                null,
                null,
                RegistrationStatus.CONFIRMED,
                1);
        Participant anna = new Participant(
                new AccountId(2), "Anna", ParticipantRole.COMPANY, null, "Bygg AB", RegistrationStatus.CONFIRMED, 2);
        SeatingPlan plan = new SeatingPlan(
                new SessionId(1),
                5,
                List.of(
                        new SeatingPlan.PlanTable(1, false, List.of(evil), List.of("sv")),
                        new SeatingPlan.PlanTable(2, true, List.of(anna), List.of("sv"))),
                List.of(),
                List.of(),
                0);
        String svg = RoomPicture.svg(plan, key -> key.equals("employers.print.table") ? "Bord {0}" : key, "Rum \"A\"");
        assertThat(svg)
                .doesNotContain("<b>")
                .contains("&lt;b&gt;Ali&#39;s &amp; co&lt;/b&gt;")
                .contains(
                        ">Bord 1<",
                        ">Bord 2<",
                        ">Anna<",
                        "employers.role.COMPANY",
                        "<title id=\"room-title\">Rum &quot;A&quot;</title>");
        assertThat(svg.split("<circle", -1)).hasSize(3);
    }
}
