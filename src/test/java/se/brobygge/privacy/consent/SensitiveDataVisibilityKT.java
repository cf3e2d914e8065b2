package se.brobygge.privacy.consent;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.vaadin.flow.component.UI;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.text.Normalizer;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import se.brobygge.employers.CardService;
import se.brobygge.employers.EmployerId;
import se.brobygge.employers.EmployerService;
import se.brobygge.employers.EmployerTestData;
import se.brobygge.employers.InterestService;
import se.brobygge.employers.ParticipantRole;
import se.brobygge.employers.PostingId;
import se.brobygge.employers.PostingService;
import se.brobygge.employers.SeatingService;
import se.brobygge.employers.SessionId;
import se.brobygge.employers.SessionRegistrationService;
import se.brobygge.employers.SessionService;
import se.brobygge.events.CheckInService;
import se.brobygge.events.EventEditingService;
import se.brobygge.events.EventId;
import se.brobygge.events.EventService;
import se.brobygge.events.SignUpService;
import se.brobygge.identity.Roles;
import se.brobygge.mentoring.ProfileService;
import se.brobygge.places.PlaceService;
import se.brobygge.support.KaribuTest;
import se.brobygge.support.RunAs;
import se.brobygge.support.TestAccounts;
import se.brobygge.support.TestEvents;

/**
 * Country of origin and year of arrival, given with consent for mentoring, reach staff
 * coordinators only: employers and association representatives never see them, neither on the
 * pages that show people to them nor in the lists and printouts made of those people.
 */
class SensitiveDataVisibilityKT extends KaribuTest {

    @Autowired
    ProfileService profiles;

    @Autowired
    SessionService sessions;

    @Autowired
    SessionRegistrationService registrations;

    @Autowired
    EmployerService employers;

    @Autowired
    PostingService postings;

    @Autowired
    InterestService interests;

    @Autowired
    CardService cards;

    @Autowired
    SeatingService seating;

    @Autowired
    PlaceService places;

    @Autowired
    EventService events;

    @Autowired
    EventEditingService editing;

    @Autowired
    SignUpService signUps;

    @Autowired
    CheckInService checkIns;

    @Autowired
    JdbcTemplate jdbc;

    /** Role × the two sensitive fields: who may read them through the only way there is. */
    private static final Map<String, Boolean> SEES_SENSITIVE_FIELDS = new LinkedHashMap<>();

    static {
        SEES_SENSITIVE_FIELDS.put(Roles.STAFF, true);
        SEES_SENSITIVE_FIELDS.put(Roles.ADMIN, false);
        SEES_SENSITIVE_FIELDS.put(Roles.EMPLOYER, false);
        SEES_SENSITIVE_FIELDS.put(Roles.ASSOCIATION_REP, false);
        SEES_SENSITIVE_FIELDS.put(Roles.RESIDENT, false);
    }

    @Test
    void employersAndAssociationsNeverSeeCountryOfOriginOrYearOfArrival() throws Exception {
        String country = "Testlandia" + System.nanoTime() % 100000;
        int year = 1987;
        TestAccounts.Created amal = accounts.create("Amal Känslig", Roles.RESIDENT);
        RunAs.as(amal, Roles.RESIDENT, () -> profiles.giveSensitiveDetails(country, year, true));
        RunAs.run(amal, Roles.RESIDENT, () -> cards.saveMyCard(EmployerTestData.card("51", Set.of("ar", "sv"), true)));

        // the role × field table, through the service that holds the fields
        TestAccounts.Created other = accounts.create("Läsaren", Roles.RESIDENT);
        SEES_SENSITIVE_FIELDS.forEach((role, sees) -> {
            if (sees) {
                assertThat(RunAs.as(other, role, () -> profiles.sensitiveDetailsOf(amal.id())))
                        .as(role)
                        .hasValueSatisfying(s -> assertThat(s.countryOfOrigin()).isEqualTo(country));
            } else {
                assertThatThrownBy(() -> RunAs.as(other, role, () -> profiles.sensitiveDetailsOf(amal.id())))
                        .as(role)
                        .isInstanceOf(AccessDeniedException.class);
                assertThatThrownBy(() -> RunAs.as(other, role, () -> profiles.profileOf(amal.id())))
                        .as(role)
                        .isInstanceOf(AccessDeniedException.class);
            }
        });

        // an employers' session with Amal, an employer and an association taking part
        TestAccounts.Created lina = accounts.create("Lina Samordnare", Roles.STAFF);
        long place = EmployerTestData.place(lina, places);
        SessionId session = RunAs.as(
                        lina,
                        Roles.STAFF,
                        () -> sessions.create(EmployerTestData.session(
                                "Känsligt upprop", place, 6, EmployerTestData.quotas(2, 2, 2, 0, 0))))
                .getFirst();
        TestAccounts.Created johan = accounts.create("Johan Arbetsgivare", Roles.RESIDENT);
        EmployerId employer = RunAs.as(
                johan, Roles.RESIDENT, () -> employers.register(EmployerTestData.employer("Känsliga Bygg AB")));
        RunAs.run(lina, Roles.STAFF, () -> employers.verify(employer));
        RunAs.run(johan, Roles.RESIDENT, () -> registrations.register(session, ParticipantRole.COMPANY, employer));
        TestAccounts.Created fatima = accounts.create("Fatima Förening", Roles.RESIDENT, Roles.ASSOCIATION_REP);
        RunAs.run(
                fatima,
                Roles.ASSOCIATION_REP,
                () -> registrations.register(session, ParticipantRole.ASSOCIATION, null));
        RunAs.run(amal, Roles.RESIDENT, () -> registrations.register(session, ParticipantRole.NEWCOMER, null));
        PostingId posting = RunAs.as(
                johan,
                Roles.RESIDENT,
                () -> postings.post(EmployerTestData.posting(employer, "Praktik " + System.nanoTime(), "51")));
        RunAs.run(amal, Roles.RESIDENT, () -> interests.express(posting, "Jag har arbetat i kök i tio år."));

        // pages: the employer's view of the session and of the interest Amal sent; the association's view
        signInAs(johan, Roles.RESIDENT, Roles.EMPLOYER);
        assertThat(pageText("employer-sessions/" + session.value()))
                .contains("Amal Känslig")
                .doesNotContain(country)
                .doesNotContain(Integer.toString(year));
        assertThat(pageText("jobs/" + posting.value() + "/interests"))
                .contains("Amal")
                .contains("Jag har arbetat i kök i tio år.")
                .doesNotContain(country)
                .doesNotContain(Integer.toString(year));
        signOut();
        signInAs(fatima, Roles.RESIDENT, Roles.ASSOCIATION_REP);
        assertThat(pageText("employer-sessions/" + session.value()))
                .contains("Amal Känslig")
                .doesNotContain(country)
                .doesNotContain(Integer.toString(year));
        signOut();

        // printouts and lists: the seating PDF handed out at the session, an event's attendee lists
        RunAs.run(lina, Roles.STAFF, () -> seating.move(session, amal.id(), 1));
        String seatingPdf =
                pdfText(RunAs.as(lina, Roles.STAFF, () -> seating.printout(session, key -> key, Locale.of("sv"))));
        assertThat(seatingPdf).contains("Amal Känslig").doesNotContain(country).doesNotContain(Integer.toString(year));
        EventId event = RunAs.as(lina, Roles.STAFF, () -> editing.create(TestEvents.draft("Känsligt kafé", 10)));
        RunAs.run(amal, Roles.RESIDENT, () -> signUps.signUp(event));
        String csv = new String(
                RunAs.as(lina, Roles.STAFF, () -> checkIns.attendeesCsv(event, Locale.of("sv"))),
                StandardCharsets.UTF_8);
        assertThat(csv).contains("Amal Känslig").doesNotContain(country).doesNotContain(Integer.toString(year));
        String attendeesPdf = pdfText(RunAs.as(lina, Roles.STAFF, () -> checkIns.attendeesPdf(event, Locale.of("sv"))));
        assertThat(attendeesPdf)
                .contains("Amal Känslig")
                .doesNotContain(country)
                .doesNotContain(Integer.toString(year));
    }

    @Test
    void withdrawingConsentErasesTheDetailsEverywhereAndKeepsTheConsentRecordAsProof() {
        String country = "Erasia" + System.nanoTime() % 100000;
        TestAccounts.Created amal = accounts.create("Amal Återkallar", Roles.RESIDENT);
        RunAs.as(amal, Roles.RESIDENT, () -> profiles.giveSensitiveDetails(country, 2015, true));
        assertThat(tablesContaining(country)).containsExactly("mentoring_sensitive");
        Map<String, Object> consent = jdbc.queryForMap(
                "select subject, text_version, given_at, withdrawn_at " + "from mentoring_consent where account_id = ?",
                amal.id().value());
        assertThat(consent.get("subject")).isEqualTo("country_of_origin,arrival_year");
        assertThat(consent.get("text_version")).isEqualTo(ProfileService.CONSENT_TEXT_VERSION);
        assertThat(consent.get("given_at")).isNotNull();
        assertThat(consent.get("withdrawn_at")).isNull();

        RunAs.run(amal, Roles.RESIDENT, () -> profiles.withdrawSensitiveDetails());

        assertThat(tablesContaining(country))
                .as("the country is gone from every table")
                .isEmpty();
        assertThat(jdbc.queryForObject(
                        "select count(*) from mentoring_sensitive where account_id = ?",
                        Integer.class,
                        amal.id().value()))
                .isZero();
        assertThat(jdbc.queryForObject(
                        "select withdrawn_at from mentoring_consent where account_id = ?",
                        Timestamp.class,
                        amal.id().value()))
                .as("when consent was withdrawn is kept")
                .isNotNull();
    }

    /** Every table with a text column holding {@code value}. */
    private List<String> tablesContaining(String value) {
        List<Map<String, Object>> columns = jdbc.queryForList("select table_name, column_name from "
                + "information_schema.columns where table_schema = database() and data_type in "
                + "('varchar', 'char', 'text', 'mediumtext', 'longtext', 'tinytext')");
        return columns.stream()
                .filter(c -> {
                    String sql = "select count(*) from `" + c.get("table_name") + "` where `" + c.get("column_name")
                            + "` like ?";
                    Integer n = jdbc.queryForObject(sql, Integer.class, "%" + value + "%");
                    return n != null && n > 0;
                })
                .map(c -> (String) c.get("table_name"))
                .distinct()
                .toList();
    }

    private static String pageText(String route) {
        UI.getCurrent().navigate(route);
        return UI.getCurrent()
                .getInternals()
                .getActiveRouterTargetsChain()
                .getFirst()
                .getElement()
                .getTextRecursively();
    }

    private static String pdfText(byte[] pdf) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            return Normalizer.normalize(new PDFTextStripper().getText(doc), Normalizer.Form.NFKC);
        }
    }
}
