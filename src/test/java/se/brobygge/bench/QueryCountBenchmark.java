package se.brobygge.bench;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.internal.nodefeature.NodeFeatures;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import java.net.URI;
import java.net.http.HttpClient;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.context.annotation.Import;
import org.springframework.core.env.Environment;
import org.springframework.core.type.filter.AnnotationTypeFilter;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.util.ClassUtils;
import se.brobygge.Application;
import se.brobygge.identity.Roles;
import se.brobygge.identity.internal.Account;
import se.brobygge.identity.internal.AccountRepository;
import se.brobygge.support.OwnContextSecurity;
import se.brobygge.support.TestAccounts;
import se.brobygge.support.TestClockConfiguration;

/**
 * Benchmark 3: SQL statements per view, with few rows and with many. Every {@code @Route} view is
 * opened through the UIDL client by a user allowed to see it (anonymous, resident, staff or
 * admin), once with 10 accounts, failed mails and associations in the database and once with 1,000
 * of each;
 * the statements run on request threads while the view opens are counted. A view whose count
 * grows with the rows loads per row (N+1) and is flagged.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ContextConfiguration(initializers = QueryCountDatabase.class)
@ActiveProfiles("test")
@Import({TestClockConfiguration.class, StatementCounting.class})
@ExtendWith(OwnContextSecurity.class)
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS) // its own database: free it for the others
class QueryCountBenchmark {

    /** A route and who opens it. */
    private record View(String route, Class<?> type, String viewer) {}

    /** One opening of a view: the statements run and the grid rows shown. */
    private record Count(List<String> statements, OptionalInt rows) {}

    @LocalServerPort
    int port;

    @Autowired
    StatementCounter counter;

    @Autowired
    TestAccounts testAccounts;

    @Autowired
    AccountRepository accounts;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    PlatformTransactionManager transactionManager;

    @Autowired
    Clock clock;

    @Autowired
    Environment environment;

    private int fillerAccounts;
    private long benchDialogue;
    private long benchDialogueAuthor;
    private long benchPlace;
    private long benchAssociation;
    private int fillerAssociations;

    @Test
    void statementsPerViewWithFewAndManyRows() {
        int few = Settings.integer("bench.queries.few", 10);
        int many = Settings.integer("bench.queries.many", 1000);
        Duration timeout = Settings.seconds("bench.http.timeout", 30);
        HttpClient http = UidlClient.sharedHttpClient();
        URI base = URI.create("http://localhost:" + port + "/");

        Map<String, UidlClient> viewers = new LinkedHashMap<>();
        viewers.put("resident", signedIn(http, base, timeout, Roles.RESIDENT));
        viewers.put("staff", signedIn(http, base, timeout, Roles.STAFF));
        viewers.put("admin", signedIn(http, base, timeout, Roles.ADMIN, Roles.STAFF));
        List<View> views = views();
        views.add(dialogueThread());
        views.add(associationPage());

        fillTo(few);
        Map<View, Count> withFew = measure(views, viewers, http, base, timeout);
        fillTo(many);
        Map<View, Count> withMany = measure(views, viewers, http, base, timeout);

        BenchReport.publish(section(views, withFew, withMany, few, many));
        assertThat(withFew).hasSize(views.size());
    }

    /**
     * A dialogue whose thread {@link #fillTo} fills with twice the rows (2,000 posts with the
     * defaults): its lazy list must open with the same statements whatever the thread's length.
     */
    private View dialogueThread() {
        benchDialogueAuthor =
                testAccounts.create("Bench Dialogue", Roles.STAFF).id().value();
        benchDialogue = BenchDialogue.create(jdbc, clock, benchDialogueAuthor);
        return new View(
                "dialogues/" + benchDialogue,
                ClassUtils.resolveClassName(
                        "se.brobygge.dialogue.ui.DialogueView", getClass().getClassLoader()),
                "anonymous");
    }

    private void fillDialogue(int posts) {
        BenchDialogue.fill(jdbc, clock, benchDialogue, benchDialogueAuthor, posts);
    }

    /**
     * An association whose page {@link #fillTo} fills with a tenth of the rows as activities (100
     * with the defaults), each at a place and with an event: its page must open with the same
     * statements however many it has.
     */
    private View associationPage() {
        Timestamp now = Timestamp.from(Instant.now(clock));
        jdbc.update(
                "insert into places_place (version, status, name, description, street_address, area, "
                        + "opening_hours, step_free, hearing_loop, accessible_toilet, created_at, updated_at) "
                        + "values (0, 'PUBLISHED', 'Bench hall', 'A sports hall', 'Bench street 1', 'Centrum', '8-22', "
                        + "true, false, true, ?, ?)",
                now,
                now);
        benchPlace = jdbc.queryForObject("select max(id) from places_place where name = 'Bench hall'", Long.class);
        benchAssociation = insertAssociation("Bench page association", "700000-0000", now);
        return new View(
                "associations/" + benchAssociation,
                ClassUtils.resolveClassName(
                        "se.brobygge.associations.ui.AssociationView",
                        getClass().getClassLoader()),
                "anonymous");
    }

    private long insertAssociation(String name, String organisationNumber, Timestamp now) {
        jdbc.update(
                "insert into associations_association (name, organisation_number, type, fee_sek, newcomer_help, "
                        + "verified, registered_by, created_at, version) values (?, ?, 'SPORTS', null, true, true, ?, ?, 0)",
                name,
                organisationNumber,
                benchDialogueAuthor,
                now);
        long id = jdbc.queryForObject(
                "select id from associations_association where organisation_number = ?",
                Long.class,
                organisationNumber);
        jdbc.update(
                "insert into associations_description (association_id, language_code, text) values (?, 'sv', ?)",
                id,
                "Vi tränar tillsammans och välkomnar nya medlemmar.");
        jdbc.update(
                "insert into associations_description (association_id, language_code, text) values (?, 'ar', ?)",
                id,
                "نتدرب معًا ونرحب بالأعضاء الجدد.");
        jdbc.batchUpdate(
                "insert into associations_language (association_id, language_code) values (?, ?)",
                List.of(new Object[] {id, "sv"}, new Object[] {id, "ar"}));
        jdbc.update("insert into associations_area (association_id, area) values (?, 'Centrum')", id);
        return id;
    }

    private void addActivity(long association, int n, Timestamp now) {
        jdbc.update(
                "insert into associations_activity (association_id, title, description, weekday, starts_at, "
                        + "ends_at, recurrence, place_id, created_at, version) values (?, ?, ?, 'TUESDAY', '18:00:00', "
                        + "'19:00:00', 'WEEKLY', ?, ?, 0)",
                association,
                "Bench activity " + n,
                "Träning för alla",
                benchPlace,
                now);
        long activity = jdbc.queryForObject(
                "select max(id) from associations_activity where association_id = ?", Long.class, association);
        jdbc.update(
                "insert into associations_activity_event (activity_id, event_id) values (?, ?)",
                activity,
                1_000_000L + n);
    }

    /**
     * Brings the directory to {@code rows} associations (each with descriptions in two languages,
     * two spoken languages, an area and an activity at a place), and the bench association's page
     * to {@code rows / 10} activities.
     */
    private void fillAssociations(int rows) {
        Timestamp now = Timestamp.from(Instant.now(clock));
        new TransactionTemplate(transactionManager).executeWithoutResult(status -> {
            Integer existing = jdbc.queryForObject("select count(*) from associations_association", Integer.class);
            for (int i = existing == null ? 0 : existing; i < rows; i++) {
                int n = ++fillerAssociations;
                long id = insertAssociation(
                        String.format(Locale.ROOT, "Bench association %05d", n),
                        String.format(Locale.ROOT, "%06d-%04d", 800000 + n / 10000, n % 10000),
                        now);
                addActivity(id, n, now);
            }
            Integer activities = jdbc.queryForObject(
                    "select count(*) from associations_activity where association_id = ?",
                    Integer.class,
                    benchAssociation);
            for (int i = activities == null ? 0 : activities; i < Math.max(1, rows / 10); i++) {
                addActivity(benchAssociation, 100_000 + i, now);
            }
        });
    }

    private UidlClient signedIn(HttpClient http, URI base, Duration timeout, String... roles) {
        TestAccounts.Created account = testAccounts.create("Bench " + String.join(" ", roles), roles);
        UidlClient client = new UidlClient(http, base, Recorder.NONE, timeout);
        client.open("login");
        client.login(account.email(), TestAccounts.PASSWORD);
        return client;
    }

    /** Every route of the application, with the least privileged viewer its access annotation lets in. */
    private static List<View> views() {
        var scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter(new AnnotationTypeFilter(Route.class));
        List<View> views = new ArrayList<>();
        for (var candidate : scanner.findCandidateComponents(ClassUtils.getPackageName(Application.class))) {
            Class<?> type = ClassUtils.resolveClassName(
                    candidate.getBeanClassName(), QueryCountBenchmark.class.getClassLoader());
            String route = type.getAnnotation(Route.class).value();
            if (HasUrlParameter.class.isAssignableFrom(type) || route.contains(":")) {
                continue; // needs a parameter this benchmark cannot invent (some are added by hand)
            }
            String viewer = viewer(type);
            if (viewer != null) {
                views.add(new View(route, type, viewer));
            }
        }
        views.sort(Comparator.comparing(View::route));
        return views;
    }

    private static String viewer(Class<?> type) {
        if (type.isAnnotationPresent(AnonymousAllowed.class)) {
            return "anonymous";
        }
        if (type.isAnnotationPresent(PermitAll.class)) {
            return "resident";
        }
        RolesAllowed roles = type.getAnnotation(RolesAllowed.class);
        if (roles == null) {
            return null;
        }
        Set<String> allowed = Set.of(roles.value());
        return allowed.contains(Roles.STAFF) ? "staff" : allowed.contains(Roles.ADMIN) ? "admin" : "resident";
    }

    /**
     * Brings the database to {@code rows} accounts (the viewers included) and {@code rows} failed
     * mails: what the account administration and the mail outbox list. Filler accounts have a role
     * and two languages, so per-row loading of those collections would show.
     */
    private void fillTo(int rows) {
        fillDialogue(2 * rows);
        fillAssociations(rows);
        long existingAccounts = accounts.count();
        new TransactionTemplate(transactionManager).executeWithoutResult(status -> {
            for (long i = existingAccounts; i < rows; i++) {
                int n = ++fillerAccounts;
                Account account = new Account(
                        String.format(Locale.ROOT, "filler-%05d@bench.brohamn.example", n),
                        String.format(Locale.ROOT, "Filler %05d", n),
                        "sv",
                        clock.instant());
                account.markEmailVerified();
                account.updateProfile(account.displayName(), "sv", Set.of("sv", "ar"), "Centrum");
                account.roles().add(Roles.RESIDENT);
                accounts.save(account);
            }
        });
        Integer mails =
                jdbc.queryForObject("select count(*) from notifications_mail where status = 'FAILED'", Integer.class);
        Timestamp now = Timestamp.from(Instant.now(clock));
        List<Object[]> failed = new ArrayList<>();
        for (int i = mails == null ? 0 : mails; i < rows; i++) {
            failed.add(new Object[] {
                "bench-" + i,
                "recipient-" + i + "@bench.brohamn.example",
                "sv",
                "Mail " + i,
                "text",
                "<p>html</p>",
                "FAILED",
                5,
                now,
                now,
                "550 mailbox unavailable"
            });
        }
        jdbc.batchUpdate(
                "insert into notifications_mail (dedup_key, recipient, language, subject, text_body, "
                        + "html_body, status, attempts, next_attempt_at, created_at, last_error) "
                        + "values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                failed);
    }

    private Map<View, Count> measure(
            List<View> views, Map<String, UidlClient> viewers, HttpClient http, URI base, Duration timeout) {
        Map<View, Count> counts = new LinkedHashMap<>();
        for (View view : views) {
            UidlClient client = viewers.getOrDefault(view.viewer(), null);
            if (client == null) {
                client = new UidlClient(http, base, Recorder.NONE, timeout);
            }
            client.open(view.route()); // warm: first-use work of a view is not what this counts
            counter.start();
            client.open(view.route());
            pause(150); // a request thread may finish its statements just after the answer left
            List<String> statements = counter.stop();
            expectView(client, view);
            counts.put(view, new Count(statements, GridRows.in(client.lastResponse(), client.tree())));
        }
        return counts;
    }

    /**
     * The view really opened (not a login redirect or an error view): in development mode Flow
     * names each component's Java class in the UIDL ({@code jc}), so the view's class must be there.
     */
    private static void expectView(UidlClient client, View view) {
        List<String> classes = client.tree()
                .shown()
                .map(n -> n.map(NodeFeatures.ELEMENT_DATA).get("jc"))
                .filter(jc -> jc != null && jc.isString())
                .map(jc -> jc.asString())
                .toList();
        if (!classes.isEmpty() && !classes.contains(view.type().getName())) {
            throw new AssertionError("/" + view.route() + " did not open "
                    + view.type().getSimpleName()
                    + " for the " + view.viewer() + " viewer; shown: "
                    + classes.stream().filter(c -> c.startsWith("se.brobygge")).toList());
        }
    }

    private BenchReport.Section section(
            List<View> views, Map<View, Count> withFew, Map<View, Count> withMany, int few, int many) {
        List<List<String>> rows = new ArrayList<>();
        List<String> growing = new ArrayList<>();
        StringBuilder details = new StringBuilder();
        for (View view : views) {
            Count a = withFew.get(view);
            Count b = withMany.get(view);
            boolean grows = b.statements().size() > a.statements().size();
            if (grows) {
                growing.add("/" + view.route());
            }
            if (!b.statements().isEmpty()) {
                details.append("\n`/")
                        .append(view.route())
                        .append("` with ")
                        .append(many)
                        .append(" rows")
                        .append(grows ? " (**grows**)" : "")
                        .append(":\n\n");
                b.statements().stream()
                        .collect(Collectors.groupingBy(Function.identity(), LinkedHashMap::new, Collectors.counting()))
                        .forEach((sql, times) -> details.append("- ")
                                .append(times)
                                .append(" × `")
                                .append(abbreviate(sql))
                                .append("`\n"));
            }
            rows.add(List.of(
                    "`/" + view.route() + "`",
                    view.type().getSimpleName(),
                    view.viewer(),
                    rows(a.rows()),
                    String.valueOf(a.statements().size()),
                    rows(b.rows()),
                    String.valueOf(b.statements().size()),
                    a.statements().isEmpty()
                            ? "—"
                            : BenchReport.ratio(b.statements().size()
                                    / (double) a.statements().size()),
                    grows ? "**GROWS**" : "flat"));
        }
        String md = """
                Every `@Route` view, opened through the UIDL client (page, UI init, navigation) by the least \
                privileged user allowed to see it, in a database of its own (`%s`, dropped and created \
                empty for each run) holding first %d accounts, failed mails and associations (each with an \
                activity at a place), then %d of each; a dialogue thread holds twice as many posts and one \
                association's page a tenth as many activities. Views whose route needs a parameter are left \
                out, except those two pages. Each view is opened once to warm it and once counted: the SQL statements executed on request \
                threads while it opens (datasource-proxy around the application's DataSource; background \
                threads such as the mail dispatcher are not counted). "Rows" is what the view's grid holds, as \
                the server sent it to the browser (`$connector.updateSize`); the account search is capped at \
                50 rows, the outbox at 100 and the association directory at 200, so those views show fewer than \
                the database holds. A view \
                whose count is higher with more rows is flagged.

                """.formatted(QueryCountDatabase.NAME, few, many)
                + BenchReport.table(
                        List.of(
                                "view",
                                "class",
                                "opened by",
                                "rows (" + few + ")",
                                "statements (" + few + ")",
                                "rows (" + many + ")",
                                "statements (" + many + ")",
                                "ratio",
                                "verdict"),
                        rows)
                + (growing.isEmpty()
                        ? "\nNo view's statement count grows with the number of rows.\n"
                        : "\n**Views whose statement count grows with the rows: " + String.join(", ", growing) + "**\n")
                + "\n<details><summary>The statements, by view</summary>\n" + details + "\n</details>\n";
        BenchReport.Target target = new BenchReport.Target(
                "No view's query count grows with the number of rows",
                growing.isEmpty()
                        ? "0 of " + views.size() + " views grow"
                        : growing.size() + " of " + views.size() + " grow: " + String.join(", ", growing),
                "0 views",
                growing.isEmpty());
        Map<String, String> environment = new LinkedHashMap<>();
        environment.put(
                "Database (benchmark 3)",
                "MariaDB " + jdbc.queryForObject("select version()", String.class) + ", database `"
                        + QueryCountDatabase.NAME + "` on the same server, re-created for the run");
        return new BenchReport.Section(BenchReport.RUN_ID, 3, "3. Query counts", md, List.of(target), environment);
    }

    private static String rows(OptionalInt rows) {
        return rows.isPresent() ? String.valueOf(rows.getAsInt()) : "—";
    }

    private static String abbreviate(String sql) {
        String oneLine = Arrays.stream(sql.split("\\s+")).collect(Collectors.joining(" "));
        return oneLine.length() > 140 ? oneLine.substring(0, 140) + "…" : oneLine;
    }

    private static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
