package se.brobygge.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static se.brobygge.support.RunAs.as;
import static se.brobygge.support.RunAs.run;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import se.brobygge.events.SignUpService;
import se.brobygge.events.SignUpStatus;
import se.brobygge.identity.Recipients;
import se.brobygge.identity.Roles;
import se.brobygge.privacy.internal.ExportPurgeJob;
import se.brobygge.shared.InvalidInputException;
import se.brobygge.shared.i18n.Formats;
import se.brobygge.shared.i18n.TranslationProvider;
import se.brobygge.shared.privacy.PersonalData;
import se.brobygge.support.BrowserlessHttp;
import se.brobygge.support.IntegrationTest;
import se.brobygge.support.MutableClock;
import se.brobygge.support.TestAccounts;

/** "My data" exports and account deletion, across every module, against the real database. */
@IntegrationTest
class PrivacyIT {

    /**
     * The naming convention for columns that hold an account id without a foreign key: the
     * account itself, an account_* or *_account column, who did something (*_by), or a person's
     * role in a record (*_id for author, organiser, sender...).
     */
    static final Pattern ACCOUNT_COLUMN = Pattern.compile("account_id|account_[a-z]+|[a-z_]*_account|[a-z_]+_by"
            + "|(author|organiser|reporter|moderator|actor|sender|recipient|mentee|mentor|coordinator|owner|creator"
            + "|user|person|member|participant|invitee|inviter|requester|subject|staff)_id");

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    List<PersonalData> modules;

    @Autowired
    TranslationProvider translations;

    @Autowired
    PrivacyFixture fixture;

    @Autowired
    TestAccounts accounts;

    @Autowired
    DataExportService exports;

    @Autowired
    AccountDeletionService deletion;

    @Autowired
    SignUpService signUps;

    @Autowired
    Recipients recipients;

    @Autowired
    ExportPurgeJob purgeJob;

    @Autowired
    MutableClock clock;

    @LocalServerPort
    int port;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void everyTableReferringToAnAccountIsCoveredBySomeModule() {
        Set<String> found = new TreeSet<>();
        found.add("identity_account.id");
        jdbc.queryForList("SELECT LOWER(TABLE_NAME) t, LOWER(COLUMN_NAME) c FROM information_schema.KEY_COLUMN_USAGE "
                        + "WHERE TABLE_SCHEMA = DATABASE() AND LOWER(REFERENCED_TABLE_NAME) = 'identity_account'")
                .forEach(row -> found.add(row.get("t") + "." + row.get("c")));
        jdbc.queryForList("SELECT LOWER(TABLE_NAME) t, LOWER(COLUMN_NAME) c FROM information_schema.COLUMNS "
                        + "WHERE TABLE_SCHEMA = DATABASE() AND DATA_TYPE = 'bigint'")
                .forEach(row -> {
                    if (ACCOUNT_COLUMN.matcher((String) row.get("c")).matches()) {
                        found.add(row.get("t") + "." + row.get("c"));
                    }
                });
        Set<String> covered = new HashSet<>();
        modules.forEach(m ->
                m.accountColumns().forEach((table, columns) -> columns.forEach(c -> covered.add(table + "." + c))));

        assertThat(found).as("account columns no PersonalData bean names").isSubsetOf(covered);
        // the export's summary says in words what each module's file holds
        assertThat(modules)
                .as("modules without a line in the export's summary")
                .allSatisfy(m -> assertThat(translations.hasKey("privacy.summary.module." + m.module()))
                        .as(m.module())
                        .isTrue());
        // and nothing is named that does not exist
        Set<String> existing = new HashSet<>(jdbc.queryForList(
                "SELECT CONCAT(LOWER(TABLE_NAME), '.', "
                        + "LOWER(COLUMN_NAME)) FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = DATABASE()",
                String.class));
        assertThat(existing).containsAll(covered);
        assertThat(found).hasSizeGreaterThan(60);
    }

    @Test
    void anExportHoldsThePersonsDataFromEveryModule() throws Exception {
        PrivacyFixture.Person person = fixture.everywhere();
        DataExport requested = as(person.account(), Roles.RESIDENT, () -> exports.requestMine());
        assertThat(requested.status()).isIn(ExportStatus.PENDING, ExportStatus.RUNNING, ExportStatus.READY);

        Map<String, String> files = PrivacyFixture.unzip(
                waitForReady(person.account(), requested.id()).content());

        Set<String> expected =
                new TreeSet<>(modules.stream().map(m -> m.module() + ".json").toList());
        expected.add("summary.txt");
        assertThat(files.keySet()).containsExactlyInAnyOrderElementsOf(expected);
        assertThat(files.get("identity.json"))
                .contains(person.account().email(), "\"ar\"")
                .doesNotContain("password_hash");
        for (String module :
                List.of("notifications", "places", "associations", "mentoring", "employers", "dialogue", "messaging")) {
            assertThat(files.get(module + ".json")).as(module).contains(person.marker());
        }
        assertThat(files.get("events.json")).contains("CONFIRMED");
        assertThat(files.get("mentoring.json")).contains("Syrien");
        assertThat(files.get("moderation.json")).contains("\"submitted_count\" : 1");
        assertThat(files.get("privacy.json")).contains("\"account_id\" : " + person.id());
        assertThat(files.get("summary.txt")).contains("Dina uppgifter i Brobygge", "mentoring.json");
        assertThat(String.join("\n", files.values()))
                .doesNotContain(person.other().email());
    }

    @Test
    void exportsOfTwoPeopleBuiltAtTheSameTimeNeverMix() throws Exception {
        List<PrivacyFixture.Person> people = List.of(fixture.everywhere(), fixture.everywhere(), fixture.everywhere());
        ExecutorService pool = Executors.newFixedThreadPool(people.size());
        try {
            List<Future<Map<String, String>>> results = new ArrayList<>();
            for (PrivacyFixture.Person p : people) {
                Callable<Map<String, String>> task = () -> {
                    DataExport export = as(p.account(), Roles.RESIDENT, () -> exports.requestMine());
                    return PrivacyFixture.unzip(
                            waitForReady(p.account(), export.id()).content());
                };
                results.add(pool.submit(task));
            }
            for (int i = 0; i < people.size(); i++) {
                String all = String.join("\n", results.get(i).get().values());
                assertThat(all)
                        .contains(
                                people.get(i).marker(), people.get(i).account().email());
                for (int j = 0; j < people.size(); j++) {
                    if (j != i) {
                        assertThat(all)
                                .doesNotContain(people.get(j).marker())
                                .doesNotContain(people.get(j).account().email());
                    }
                }
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void onlyTheOwnerDownloadsAnExportNeitherOthersNorStaff() throws Exception {
        TestAccounts.Created owner = accounts.create("Owner Export", Roles.RESIDENT);
        TestAccounts.Created other = accounts.create("Other Export", Roles.RESIDENT);
        TestAccounts.Created admin = accounts.create("Admin Export", Roles.ADMIN, Roles.STAFF);
        long id = as(owner, Roles.RESIDENT, () -> exports.requestMine()).id();
        waitForReady(owner, id);

        assertThatThrownBy(() -> as(other, Roles.RESIDENT, () -> exports.download(id)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as(admin, new String[] {Roles.ADMIN, Roles.STAFF}, () -> exports.download(id)))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(as(other, Roles.RESIDENT, () -> exports.mine())).isEmpty();
        assertThatThrownBy(() -> exports.download(id)).isInstanceOf(AuthenticationCredentialsNotFoundException.class);
    }

    @Test
    void theExportIsNamedAndDatedByTheMunicipalitysDayInThePersonsLanguage() throws Exception {
        // half past eleven at night in UTC is already the next day in Stockholm
        Instant now = clock.instant();
        Instant lateEvening = now.truncatedTo(ChronoUnit.DAYS).plus(Duration.ofMinutes(23 * 60 + 30));
        if (lateEvening.isBefore(now)) {
            lateEvening = lateEvening.plus(Duration.ofDays(1));
        }
        clock.advance(Duration.between(now, lateEvening));
        ZoneId stockholm = ZoneId.of("Europe/Stockholm");
        LocalDate stockholmDay = lateEvening.atZone(stockholm).toLocalDate();
        assertThat(stockholmDay).isNotEqualTo(lateEvening.atZone(ZoneOffset.UTC).toLocalDate());

        for (String language : List.of("sv", "ar")) {
            TestAccounts.Created person = accounts.createIn(language, "Late Export " + language, Roles.RESIDENT);
            ExportFile file = waitForReady(
                    person,
                    as(person, Roles.RESIDENT, () -> exports.requestMine()).id());

            assertThat(file.fileName()).isEqualTo("brobygge-my-data-" + stockholmDay + ".zip");
            String summary = PrivacyFixture.unzip(file.content()).get("summary.txt");
            Locale locale = Locale.forLanguageTag(language);
            // the day as the person reads dates, its month spelled out in their language (decision 0054)
            String day = Formats.longDate(stockholmDay, locale);
            assertThat(summary)
                    .as(language)
                    .contains(day)
                    .doesNotContain("UTC")
                    .doesNotContainPattern("\\d{4}-\\d{2}-\\d{2}T");
        }
    }

    @Test
    void oneExportAtATimeAndThreeADay() throws Exception {
        TestAccounts.Created person = accounts.create("Often Export", Roles.RESIDENT);
        jdbc.update(
                "INSERT INTO privacy_export (account_id, busy_account_id, status, language, requested_at) "
                        + "VALUES (?, ?, 'RUNNING', 'sv', NOW(6))",
                person.id().value(),
                person.id().value());
        assertThatThrownBy(() -> as(person, Roles.RESIDENT, () -> exports.requestMine()))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.errors().getFirst().messageKey()).isEqualTo("privacy.export.busy"));
        jdbc.update(
                "DELETE FROM privacy_export WHERE account_id = ?", person.id().value());

        for (int i = 0; i < 3; i++) { // the default allowance: three a day
            waitForReady(
                    person,
                    as(person, Roles.RESIDENT, () -> exports.requestMine()).id());
        }
        assertThatThrownBy(() -> as(person, Roles.RESIDENT, () -> exports.requestMine()))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.errors().getFirst().messageKey()).isEqualTo("privacy.export.tooMany"));

        clock.advance(Duration.ofHours(25));
        assertThat(as(person, Roles.RESIDENT, () -> exports.requestMine()).status())
                .isNotNull();
    }

    @Test
    void exportsAreDeletedAfterSevenDays() throws Exception {
        TestAccounts.Created person = accounts.create("Expiring Export", Roles.RESIDENT);
        long id = as(person, Roles.RESIDENT, () -> exports.requestMine()).id();
        waitForReady(person, id);

        clock.advance(Duration.ofDays(6));
        purgeJob.purge();
        assertThat(as(person, Roles.RESIDENT, () -> exports.download(id)).content())
                .isNotEmpty();

        clock.advance(Duration.ofDays(1).plusMinutes(1));
        assertThatThrownBy(() -> as(person, Roles.RESIDENT, () -> exports.download(id)))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(purgeJob.purge()).isPositive();
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM privacy_export WHERE id = ?", Integer.class, id))
                .isZero();
        assertThat(as(person, Roles.RESIDENT, () -> exports.mine())).isEmpty();
    }

    @Test
    void deletingMyAccountLeavesNoNameAddressOrPhoneAnywhere() throws Exception {
        PrivacyFixture.Person person = fixture.everywhere();
        waitForQuietEvents(person.marker());
        String name = person.account().displayName();
        String email = person.account().email();
        assertThat(textColumnsContaining(List.of(email, name, person.phone()))).isNotEmpty();

        assertThatThrownBy(() -> run(person.account(), Roles.RESIDENT, () -> deletion.deleteMine("fel@adress.example")))
                .isInstanceOf(InvalidInputException.class);
        run(person.account(), Roles.RESIDENT, () -> deletion.deleteMine(" " + email.toUpperCase(Locale.ROOT) + " "));
        waitForQuietEvents(person.marker());

        assertThat(textColumnsContaining(List.of(email, name, person.phone()))).isEmpty();
        // the seat went to the person waiting
        assertThat(as(person.waiting(), Roles.RESIDENT, () -> signUps.mine(person.event()))
                        .orElseThrow()
                        .status())
                .isEqualTo(SignUpStatus.CONFIRMED);
        // the public post stays, without a name; the mentoring profile and card are withdrawn
        assertThat(jdbc.queryForObject(
                        "SELECT author_name FROM dialogue_post WHERE author_id = ?", String.class, person.id()))
                .isEmpty();
        assertThat(jdbc.queryForObject(
                        "SELECT COUNT(*) FROM mentoring_profile WHERE account_id = ?", Integer.class, person.id()))
                .isZero();
        assertThat(jdbc.queryForObject(
                        "SELECT COUNT(*) FROM employers_card WHERE account_id = ?", Integer.class, person.id()))
                .isZero();
        assertThat(jdbc.queryForObject(
                        "SELECT COUNT(*) FROM messaging_message WHERE sender_id = ?", Integer.class, person.id()))
                .isOne();
        assertThat(jdbc.queryForObject(
                        "SELECT initiated_by FROM privacy_deletion_log WHERE account_id = ?",
                        String.class,
                        person.id()))
                .isEqualTo("SELF");
        assertThat(recipients.of(person.account().id()).orElseThrow().email()).endsWith("@deleted.invalid");
        // signing in with the old address and password no longer works
        assertThat(new BrowserlessHttp(port).login(email, TestAccounts.PASSWORD))
                .contains("error");
    }

    @Test
    void staffDeleteOnRequestWithAReasonThatIsLoggedAndResidentsCannot() {
        TestAccounts.Created person = accounts.create("Asked Deletion", Roles.RESIDENT);
        TestAccounts.Created neighbour = accounts.create("Nosy Neighbour", Roles.RESIDENT);
        TestAccounts.Created staff = accounts.create("Staff Only", Roles.STAFF);
        TestAccounts.Created admin = accounts.create("Admin Deleter", Roles.ADMIN);

        assertThatThrownBy(() -> run(neighbour, Roles.RESIDENT, () -> deletion.deleteOnRequest(person.id(), "för att")))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> run(staff, Roles.STAFF, () -> deletion.deleteOnRequest(person.id(), "för att")))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> run(neighbour, Roles.RESIDENT, () -> deletion.deleteMine(person.email())))
                .isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> run(admin, Roles.ADMIN, () -> deletion.deleteOnRequest(person.id(), " ")))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.errors().getFirst().field()).isEqualTo("reason"));
        assertThat(recipients.of(person.id()).orElseThrow().email()).isEqualTo(person.email());

        run(admin, Roles.ADMIN, () -> deletion.deleteOnRequest(person.id(), "Ärende KS-2026-123, brev"));

        assertThat(recipients.of(person.id()).orElseThrow().displayName()).isEmpty();
        assertThat(jdbc.queryForMap(
                        "SELECT deleted_by, initiated_by, reason FROM privacy_deletion_log " + "WHERE account_id = ?",
                        person.id().value()))
                .containsEntry("deleted_by", admin.id().value())
                .containsEntry("initiated_by", "STAFF")
                .containsEntry("reason", "Ärende KS-2026-123, brev");
        assertThat(jdbc.queryForList(
                        "SELECT kind FROM privacy_audit WHERE actor_id = ? AND subject_account_id = ?",
                        String.class,
                        admin.id().value(),
                        person.id().value()))
                .as("the staff deletion is in the access log")
                .contains("ACCOUNT_DELETION");
        assertThatThrownBy(() -> run(admin, Roles.ADMIN, () -> deletion.deleteOnRequest(person.id(), "igen")))
                .isInstanceOf(InvalidInputException.class);
    }

    @Test
    void theDeletedPersonsSessionsEnd() {
        TestAccounts.Created person = accounts.create("Signed In", Roles.RESIDENT);
        TestAccounts.Created admin = accounts.create("Admin Sessions", Roles.ADMIN);
        BrowserlessHttp browser = new BrowserlessHttp(port);
        BrowserlessHttp otherBrowser = new BrowserlessHttp(port);
        browser.login(person.email(), TestAccounts.PASSWORD);
        otherBrowser.login(person.email(), TestAccounts.PASSWORD);
        assertThat(browser.get("/my-data").statusCode()).isEqualTo(200);
        assertThat(otherBrowser.get("/my-data").statusCode()).isEqualTo(200);

        run(admin, Roles.ADMIN, () -> deletion.deleteOnRequest(person.id(), "Begäran per telefon"));

        for (BrowserlessHttp b : List.of(browser, otherBrowser)) {
            var response = b.get("/my-data");
            assertThat(response.statusCode()).isEqualTo(302);
            assertThat(response.headers().firstValue("Location").orElse("")).contains("/login");
        }
    }

    /** Texts in every text column of every table containing one of the needles, as table.column. */
    private List<String> textColumnsContaining(List<String> needles) {
        List<String> hits = new ArrayList<>();
        for (Map<String, Object> column : jdbc.queryForList("SELECT TABLE_NAME t, COLUMN_NAME c FROM "
                + "information_schema.COLUMNS WHERE TABLE_SCHEMA = DATABASE() AND DATA_TYPE IN ('char', 'varchar', "
                + "'tinytext', 'text', 'mediumtext', 'longtext')")) {
            for (String needle : needles) {
                Integer count = jdbc.queryForObject(
                        "SELECT COUNT(*) FROM `" + column.get("t") + "` WHERE `" + column.get("c") + "` LIKE ?",
                        Integer.class,
                        "%" + needle + "%");
                if (count != null && count > 0) {
                    hits.add(column.get("t") + "." + column.get("c") + " ~ " + needle);
                }
            }
        }
        return hits;
    }

    /** Waits until the listeners have handled the events about this person's data (mails written). */
    private void waitForQuietEvents(String marker) throws InterruptedException {
        for (int i = 0; i < 100; i++) {
            Integer open = jdbc.queryForObject(
                    "SELECT COUNT(*) FROM EVENT_PUBLICATION WHERE COMPLETION_DATE IS NULL", Integer.class);
            if (open != null && open == 0) {
                return;
            }
            Thread.sleep(100);
        }
    }

    private ExportFile waitForReady(TestAccounts.Created owner, long id) throws InterruptedException {
        for (int i = 0; i < 300; i++) {
            DataExport export = as(owner, Roles.RESIDENT, () -> exports.mine()).stream()
                    .filter(e -> e.id() == id)
                    .findFirst()
                    .orElseThrow();
            if (export.status() == ExportStatus.READY) {
                return as(owner, Roles.RESIDENT, () -> exports.download(id));
            }
            assertThat(export.status()).isNotEqualTo(ExportStatus.FAILED);
            Thread.sleep(100);
        }
        throw new AssertionError("Export " + id + " was not ready in 30 s");
    }
}
