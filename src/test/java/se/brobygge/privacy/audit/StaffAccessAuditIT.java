package se.brobygge.privacy.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import se.brobygge.employers.CardService;
import se.brobygge.employers.EmployerTestData;
import se.brobygge.employers.ParticipantRole;
import se.brobygge.employers.SessionId;
import se.brobygge.employers.SessionRegistrationService;
import se.brobygge.employers.SessionService;
import se.brobygge.events.CheckInService;
import se.brobygge.events.EventEditingService;
import se.brobygge.events.EventId;
import se.brobygge.events.EventService;
import se.brobygge.events.SignUpService;
import se.brobygge.identity.AccountId;
import se.brobygge.identity.AccountService;
import se.brobygge.identity.OrganisationKind;
import se.brobygge.identity.RepresentationService;
import se.brobygge.identity.Roles;
import se.brobygge.mentoring.ProfileService;
import se.brobygge.places.PlaceService;
import se.brobygge.shared.audit.AccessKind;
import se.brobygge.support.IntegrationTest;
import se.brobygge.support.RunAs;
import se.brobygge.support.TestAccounts;
import se.brobygge.support.TestEvents;

@IntegrationTest
class StaffAccessAuditIT {

    @Autowired
    TestAccounts accounts;

    @Autowired
    ProfileService profiles;

    @Autowired
    AccountService accountService;

    @Autowired
    EventService events;

    @Autowired
    EventEditingService editing;

    @Autowired
    SignUpService signUps;

    @Autowired
    CheckInService checkIns;

    @Autowired
    AuditLog log;

    @Autowired
    RepresentationService representations;

    @Autowired
    SessionService sessions;

    @Autowired
    SessionRegistrationService registrations;

    @Autowired
    CardService cards;

    @Autowired
    PlaceService places;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    DataSource dataSource;

    @Autowired
    Flyway flyway;

    @Value("${spring.datasource.url}")
    String url;

    @Value("${spring.datasource.username:}")
    String user;

    @Value("${spring.datasource.password:}")
    String password;

    private List<AuditEntry> entriesOf(TestAccounts.Created actor) {
        TestAccounts.Created admin = accounts.create("Revisorn", Roles.ADMIN);
        return RunAs.as(admin, Roles.ADMIN, () -> log.find(new AuditFilter(actor.id(), null, null, null), 0, 100));
    }

    @Test
    void aCoordinatorReadingSomeonesMentoringProfileAndSensitiveDetailsIsLogged() {
        TestAccounts.Created amal = accounts.create("Amal Audit", Roles.RESIDENT);
        RunAs.as(amal, Roles.RESIDENT, () -> profiles.giveSensitiveDetails("Syrien", 2016, true));
        TestAccounts.Created lina = accounts.create("Lina Samordnare", Roles.STAFF);
        Instant before = Instant.now().minusSeconds(1);

        RunAs.as(lina, Roles.STAFF, () -> profiles.profileOf(amal.id()));
        RunAs.as(lina, Roles.STAFF, () -> profiles.sensitiveDetailsOf(amal.id()));
        RunAs.as(amal, Roles.RESIDENT, () -> profiles.mySensitiveDetails());

        List<AuditEntry> entries = entriesOf(lina);
        assertThat(entries)
                .extracting(AuditEntry::kind)
                .containsExactlyInAnyOrder(AccessKind.PROFILE_READ, AccessKind.SENSITIVE_READ);
        assertThat(entries).allSatisfy(e -> {
            assertThat(e.actorName()).isEqualTo("Lina Samordnare");
            assertThat(e.subjectAccountId()).isEqualTo(amal.id());
            assertThat(e.subjectName()).isEqualTo("Amal Audit");
            assertThat(e.at()).isAfter(before);
            assertThat(e.where()).isEqualTo("/staff/mentoring/rounds");
        });
        assertThat(entriesOf(amal))
                .as("reading one's own data is not a staff access")
                .isEmpty();
    }

    @Test
    void roleChangesAndAttendeeExportsAreLogged() {
        TestAccounts.Created anders = accounts.create("Anders Admin", Roles.ADMIN, Roles.STAFF);
        TestAccounts.Created sara = accounts.create("Sara Blivande", Roles.RESIDENT);
        RunAs.as(anders, Roles.ADMIN, () -> accountService.grantRole(sara.id(), Roles.STAFF));
        RunAs.as(anders, Roles.ADMIN, () -> accountService.revokeRole(sara.id(), Roles.STAFF));
        long organisation = 900_000_000L + System.nanoTime() % 1_000_000;
        RunAs.run(anders, Roles.STAFF, () -> representations.grant(sara.id(), OrganisationKind.EMPLOYER, organisation));
        RunAs.run(
                anders, Roles.STAFF, () -> representations.revoke(sara.id(), OrganisationKind.EMPLOYER, organisation));
        EventId event = RunAs.as(anders, Roles.STAFF, () -> editing.create(TestEvents.draft("Granskat kafé", 10)));
        RunAs.as(sara, Roles.RESIDENT, () -> signUps.signUp(event));
        RunAs.as(anders, Roles.STAFF, () -> checkIns.attendeesCsv(event, Locale.of("sv")));
        RunAs.as(anders, Roles.STAFF, () -> checkIns.attendeesPdf(event, Locale.of("sv")));

        List<AuditEntry> entries = entriesOf(anders);
        assertThat(entries)
                .filteredOn(e -> e.kind() == AccessKind.ROLE_CHANGE)
                .extracting(AuditEntry::what)
                .containsExactlyInAnyOrder(
                        "grant:STAFF",
                        "revoke:STAFF",
                        "grant:EMPLOYER:employer:" + organisation,
                        "revoke:EMPLOYER:employer:" + organisation);
        assertThat(entries)
                .filteredOn(e -> e.kind() == AccessKind.ROLE_CHANGE)
                .allSatisfy(e -> assertThat(e.subjectAccountId()).isEqualTo(sara.id()));
        assertThat(entries)
                .filteredOn(e -> e.kind() == AccessKind.EXPORT)
                .extracting(AuditEntry::what)
                .containsExactlyInAnyOrder(
                        "events:attendees-csv:" + event.value(), "events:attendees-pdf:" + event.value());
    }

    @Test
    void staffLookingAtAnEmployersSessionTheyDoNotTakePartInIsLogged() {
        TestAccounts.Created lina = accounts.create("Lina Upprop", Roles.STAFF);
        long place = EmployerTestData.place(lina, places);
        SessionId session = RunAs.as(
                        lina,
                        Roles.STAFF,
                        () -> sessions.create(EmployerTestData.session(
                                "Granskat upprop", place, 4, EmployerTestData.quotas(2, 2, 0, 0, 0))))
                .getFirst();
        TestAccounts.Created amal = accounts.create("Amal Upprop", Roles.RESIDENT);
        RunAs.run(amal, Roles.RESIDENT, () -> registrations.register(session, ParticipantRole.NEWCOMER, null));
        RunAs.as(amal, Roles.RESIDENT, () -> cards.cardsAt(session));
        RunAs.as(lina, Roles.STAFF, () -> cards.cardsAt(session));
        RunAs.as(lina, Roles.STAFF, () -> registrations.participants(session));

        assertThat(entriesOf(lina))
                .filteredOn(e -> e.kind() == AccessKind.PROFILE_READ)
                .extracting(AuditEntry::what)
                .containsExactlyInAnyOrder(
                        "employers:cards:" + session.value(), "employers:participants:" + session.value());
        assertThat(entriesOf(amal))
                .as("a participant looking at the others' cards is not staff access")
                .isEmpty();
    }

    @Test
    void administratorsFilterAndExportTheLogAndTheExportIsLoggedToo() {
        TestAccounts.Created lina = accounts.create("Lina Filter", Roles.STAFF);
        TestAccounts.Created amal = accounts.create("Amal Filter", Roles.RESIDENT);
        RunAs.as(lina, Roles.STAFF, () -> profiles.profileOf(amal.id()));
        RunAs.as(lina, Roles.STAFF, () -> profiles.sensitiveDetailsOf(amal.id()));
        TestAccounts.Created admin = accounts.create("Revisor Export", Roles.ADMIN);

        AuditFilter sensitiveByLina = new AuditFilter(
                lina.id(),
                AccessKind.SENSITIVE_READ,
                Instant.now().minus(Duration.ofMinutes(5)),
                Instant.now().plus(Duration.ofMinutes(5)));
        assertThat(RunAs.as(admin, Roles.ADMIN, () -> log.count(sensitiveByLina)))
                .isEqualTo(1);
        assertThat(RunAs.as(
                        admin,
                        Roles.ADMIN,
                        () -> log.count(
                                new AuditFilter(lina.id(), null, Instant.now().plus(Duration.ofMinutes(5)), null))))
                .as("nothing in the future")
                .isZero();
        assertThat(RunAs.as(admin, Roles.ADMIN, () -> log.actors()))
                .extracting(Actor::displayName)
                .contains("Lina Filter");

        String csv = new String(
                RunAs.as(admin, Roles.ADMIN, () -> log.csv(new AuditFilter(lina.id(), null, null, null))),
                StandardCharsets.UTF_8);
        assertThat(csv.lines()).hasSize(3);
        assertThat(csv)
                .contains(
                        "Lina Filter",
                        "Amal Filter",
                        "SENSITIVE_READ",
                        "PROFILE_READ",
                        "mentoring:sensitive:" + amal.id().value());
        assertThat(RunAs.as(
                        admin,
                        Roles.ADMIN,
                        () -> log.find(new AuditFilter(admin.id(), AccessKind.EXPORT, null, null), 0, 10)))
                .singleElement()
                .extracting(AuditEntry::what)
                .isEqualTo("privacy:audit-csv");

        assertThatThrownBy(() -> RunAs.as(lina, Roles.STAFF, () -> log.find(AuditFilter.all(), 0, 10)))
                .as("staff other than administrators do not see the log")
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void noDatabaseUserCanChangeOrDeleteAuditRowsNotEvenTheOwner() {
        TestAccounts.Created lina = accounts.create("Lina Trigger", Roles.STAFF);
        RunAs.as(
                lina,
                Roles.STAFF,
                () -> profiles.profileOf(new AccountId(lina.id().value() + 1_000_000)));
        Long id = jdbc.queryForObject(
                "select max(id) from privacy_audit where actor_id = ?",
                Long.class,
                lina.id().value());

        assertThatThrownBy(() -> jdbc.update("update privacy_audit set actor_id = 1 where id = ?", id))
                .hasMessageContaining("privacy_audit rows cannot be changed");
        assertThatThrownBy(() -> jdbc.update("delete from privacy_audit where id = ?", id))
                .hasMessageContaining("privacy_audit rows cannot be deleted");
        assertThat(jdbc.queryForObject("select actor_id from privacy_audit where id = ?", Long.class, id))
                .isEqualTo(lina.id().value());
    }

    @Test
    void theApplicationsDatabaseUserIsGrantedOnlySelectAndInsertOnTheAuditLog() throws SQLException {
        String name = "app_" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
        String appUser = "'" + name + "'@'%'";
        String appPassword = UUID.randomUUID().toString();
        assertThat(flyway.getConfiguration().getCallbacks())
                .as("the grants follow every migration")
                .hasAtLeastOneElementOfType(AuditGrants.class);
        jdbc.execute("CREATE USER " + appUser + " IDENTIFIED BY '" + appPassword + "'");
        try {
            try (Connection owner = dataSource.getConnection()) {
                AuditGrants.grant(owner, appUser);
            }
            try (Connection app = DriverManager.getConnection(url.replaceFirst("\\?.*$", ""), name, appPassword);
                    Statement s = app.createStatement()) {
                s.executeUpdate("insert into privacy_audit (at, actor_id, kind, what, place) "
                        + "values (now(6), 424242, 'EXPORT', 'grant-test', 'StaffAccessAuditIT')");
                try (var rs = s.executeQuery("select count(*) from privacy_audit where actor_id = 424242")) {
                    assertThat(rs.next()).isTrue();
                    assertThat(rs.getInt(1)).isPositive();
                }
                assertThat(s.executeUpdate("update identity_account set version = version where id = -1"))
                        .as("the application still writes its other tables")
                        .isZero();
                assertThatThrownBy(() -> s.executeUpdate("update privacy_audit set what = 'x' where actor_id = 424242"))
                        .isInstanceOf(SQLException.class)
                        .hasMessageContaining("UPDATE command denied");
                assertThatThrownBy(() -> s.executeUpdate("delete from privacy_audit where actor_id = 424242"))
                        .isInstanceOf(SQLException.class)
                        .hasMessageContaining("DELETE command denied");
            }
        } finally {
            jdbc.execute("DROP USER " + appUser);
        }
    }
}
