package se.brobygge.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static se.brobygge.support.RunAs.as;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import se.brobygge.identity.Roles;
import se.brobygge.shared.InvalidInputException;
import se.brobygge.support.IntegrationTest;
import se.brobygge.support.TestAccounts;
import se.brobygge.support.TestEvents;

/**
 * Signing up with companions: each adult and child takes a seat, everywhere seats are counted —
 * seats left, the waitlist, kept seats, check-in and the attendee lists.
 */
@IntegrationTest
class CompanionsIT {

    @Autowired
    EventEditingService editing;

    @Autowired
    EventService events;

    @Autowired
    SignUpService signUps;

    @Autowired
    CheckInService checkIns;

    @Autowired
    TestAccounts accounts;

    @Autowired
    JdbcTemplate jdbc;

    private EventId event(TestAccounts.Created organiser, String title, int seats, int companions, List<SeatQuota> q) {
        return as(
                organiser,
                Roles.STAFF,
                () -> editing.create(TestEvents.draft(title, seats).toBuilder()
                        .companionsMax(companions)
                        .quotas(q)
                        .build()));
    }

    private MySignUp signUp(TestAccounts.Created person, EventId id, String group, int adults, int children) {
        return as(
                person,
                Roles.RESIDENT,
                () -> signUps.signUp(id, new SignUpRequest(group, List.of(), adults, children)));
    }

    private int confirmedCount(EventId id) {
        return jdbc.queryForObject("select confirmed_count from events_event where id = ?", Integer.class, id.value());
    }

    @Test
    void aPartyTakesASeatEachAndOnlyWithinTheEventsLimit() {
        var organiser = accounts.create("Lina Personal", Roles.STAFF);
        EventId id = event(organiser, "Sagostund för familjer", 5, 4, List.of());
        assertThat(as(organiser, Roles.STAFF, () -> events.details(id))
                        .orElseThrow()
                        .companionsMax())
                .isEqualTo(4);

        var amal = accounts.create("Amal", Roles.RESIDENT);
        MySignUp family = signUp(amal, id, null, 1, 2);
        assertThat(family.status()).isEqualTo(SignUpStatus.CONFIRMED);
        assertThat(family.partySize()).isEqualTo(4);
        assertThat(signUps.seatsLeft(id).general()).isEqualTo(1);
        assertThat(confirmedCount(id)).isEqualTo(4);

        // more companions than the organiser allows: refused, nothing stored
        var erik = accounts.create("Erik", Roles.RESIDENT);
        assertThatThrownBy(() -> signUp(erik, id, null, 3, 2))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.errors().getFirst().field()).isEqualTo("companions"));
        assertThat(as(erik, Roles.RESIDENT, () -> signUps.mine(id))).isEmpty();

        // an event without companions takes nobody along
        EventId alone = event(organiser, "Språkcafé utan sällskap", 5, 0, List.of());
        assertThatThrownBy(() -> signUp(erik, alone, null, 1, 0)).isInstanceOf(InvalidInputException.class);

        // a party of two does not fit the one seat left: it waits
        assertThat(signUp(erik, id, null, 0, 1).status()).isEqualTo(SignUpStatus.WAITING);
        assertThat(confirmedCount(id)).isEqualTo(4);
    }

    @Test
    void aWaitingPartyIsSeatedWholeAndThoseBehindItDoNotOvertakeIt() {
        var organiser = accounts.create("Lina Personal", Roles.STAFF);
        EventId id = event(organiser, "Familjedag i parken", 4, 3, List.of());
        var first = accounts.create("Först", Roles.RESIDENT);
        var family = accounts.create("Familjen", Roles.RESIDENT);
        var single = accounts.create("Ensam", Roles.RESIDENT);
        assertThat(signUp(first, id, null, 1, 1).status()).isEqualTo(SignUpStatus.CONFIRMED); // 3 seats
        assertThat(signUp(family, id, null, 1, 2).status()).isEqualTo(SignUpStatus.WAITING); // needs 4
        // one seat is free, but the family waits for it first: the page offers it to nobody else,
        // and the single person queues behind
        assertThat(signUps.seatsLeft(id).general()).isZero();
        assertThat(signUps.seatsLeft(id).seatFor(null)).isFalse();
        assertThat(signUp(single, id, null, 0, 0).status()).isEqualTo(SignUpStatus.WAITING);

        // the first party shrinks: two seats free up, still not enough for the family of four
        as(first, Roles.RESIDENT, () -> signUps.changeParty(id, 0, 0));
        assertThat(confirmedCount(id)).isEqualTo(1);
        assertThat(status(family, id)).isEqualTo(SignUpStatus.WAITING);
        assertThat(status(single, id)).isEqualTo(SignUpStatus.WAITING);

        // the first person cancels: all four seats are free, the family gets them whole
        as(first, Roles.RESIDENT, () -> {
            signUps.cancel(id);
            return null;
        });
        assertThat(status(family, id)).isEqualTo(SignUpStatus.CONFIRMED);
        assertThat(status(single, id)).isEqualTo(SignUpStatus.WAITING);
        assertThat(confirmedCount(id)).isEqualTo(4);
    }

    @Test
    void aSeatedPartyGrowsOnlyIntoFreeSeats() {
        var organiser = accounts.create("Lina Personal", Roles.STAFF);
        EventId id = event(organiser, "Skridskor för alla", 4, 3, List.of());
        var sara = accounts.create("Sara", Roles.RESIDENT);
        signUp(sara, id, null, 0, 1);
        MySignUp bigger = as(sara, Roles.RESIDENT, () -> signUps.changeParty(id, 1, 2));
        assertThat(bigger.partySize()).isEqualTo(4);
        assertThat(confirmedCount(id)).isEqualTo(4);
        assertThatThrownBy(() -> as(sara, Roles.RESIDENT, () -> signUps.changeParty(id, 2, 2)))
                .isInstanceOf(InvalidInputException.class);
        var other = accounts.create("Omar", Roles.RESIDENT);
        signUp(other, id, null, 0, 0);
        // someone waiting may change the party (it counts when a seat frees), within the event's limit
        assertThat(as(other, Roles.RESIDENT, () -> signUps.changeParty(id, 1, 0))
                        .status())
                .isEqualTo(SignUpStatus.WAITING);
        assertThatThrownBy(() -> as(other, Roles.RESIDENT, () -> signUps.changeParty(id, 3, 1)))
                .isInstanceOf(InvalidInputException.class);
        assertThat(confirmedCount(id)).isEqualTo(4);
    }

    @Test
    void keptSeatsCountWholePartiesAndNobodyIsOverbooked() {
        var organiser = accounts.create("Lina Personal", Roles.STAFF);
        EventId id = event(
                organiser, "Matlagning med reserverade platser", 6, 3, List.of(new SeatQuota("NEWCOMERS", 2, null)));
        var newcomer = accounts.create("Hamid", Roles.RESIDENT);
        // a newcomer family of three: the two kept seats and one general seat
        assertThat(signUp(newcomer, id, "NEWCOMERS", 1, 1).status()).isEqualTo(SignUpStatus.CONFIRMED);
        SeatsLeft left = signUps.seatsLeft(id);
        assertThat(left.kept()).containsEntry("NEWCOMERS", 0);
        assertThat(left.general()).isEqualTo(3);
        var other = accounts.create("Karin", Roles.RESIDENT);
        assertThat(signUp(other, id, null, 1, 1).status()).isEqualTo(SignUpStatus.CONFIRMED);
        var late = accounts.create("Sen", Roles.RESIDENT);
        assertThat(signUp(late, id, "NEWCOMERS", 0, 0).status()).isEqualTo(SignUpStatus.WAITING);
        assertThat(confirmedCount(id)).isEqualTo(6);
    }

    @Test
    void checkInAndTheListsShowTheParty() {
        var organiser = accounts.create("Lina Personal", Roles.STAFF);
        EventId id = event(organiser, "Barnteater", 10, 4, List.of(new SeatQuota("NEWCOMERS", 4, null)));
        var amal = accounts.create("Amal Haddad", Roles.RESIDENT);
        MySignUp mine = signUp(amal, id, "NEWCOMERS", 1, 2);

        Attendee checkedIn = as(organiser, Roles.STAFF, () -> checkIns.checkIn(id, mine.code()));
        assertThat(checkedIn.partySize()).isEqualTo(4);
        assertThat(checkedIn.adults()).isEqualTo(1);
        assertThat(checkedIn.children()).isEqualTo(2);

        String csv = new String(
                as(organiser, Roles.STAFF, () -> checkIns.attendeesCsv(id, Locale.forLanguageTag("en"))),
                StandardCharsets.UTF_8);
        assertThat(csv).contains("adults,children,seats").contains(",1,2,4,");
        // the group by its name in the reader's language, never the stored code
        assertThat(csv).contains("Newcomers").doesNotContain("NEWCOMERS");
        String swedish = new String(
                as(organiser, Roles.STAFF, () -> checkIns.attendeesCsv(id, Locale.forLanguageTag("sv"))),
                StandardCharsets.UTF_8);
        assertThat(swedish).contains("Nyanlända").doesNotContain("NEWCOMERS");

        String pdf = pdfText(as(organiser, Roles.STAFF, () -> checkIns.attendeesPdf(id, Locale.forLanguageTag("sv"))));
        assertThat(pdf)
                .contains("Sällskap")
                .contains("4 personer (1 vuxna och 2 barn")
                .contains("Med plats 4")
                .contains("Incheckade 4")
                .contains("Nyanlända")
                .doesNotContain("NEWCOMERS");
        String arabic =
                pdfText(as(organiser, Roles.STAFF, () -> checkIns.attendeesPdf(id, Locale.forLanguageTag("ar"))));
        assertThat(arabic).doesNotContain("NEWCOMERS");
    }

    private SignUpStatus status(TestAccounts.Created person, EventId id) {
        return as(person, Roles.RESIDENT, () -> signUps.mine(id)).orElseThrow().status();
    }

    static String pdfText(byte[] pdf) {
        try (var doc = Loader.loadPDF(pdf)) {
            return Normalizer.normalize(new PDFTextStripper().getText(doc), Normalizer.Form.NFKC);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
