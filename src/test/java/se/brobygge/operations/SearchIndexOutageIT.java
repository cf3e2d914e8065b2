package se.brobygge.operations;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.persistence.EntityManagerFactory;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.hibernate.search.mapper.orm.Search;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import se.brobygge.associations.AssociationDraft;
import se.brobygge.associations.AssociationFilter;
import se.brobygge.associations.AssociationService;
import se.brobygge.associations.AssociationTestData;
import se.brobygge.associations.AssociationType;
import se.brobygge.events.Audience;
import se.brobygge.events.Category;
import se.brobygge.events.EventDraft;
import se.brobygge.events.EventEditingService;
import se.brobygge.events.EventFilter;
import se.brobygge.events.EventId;
import se.brobygge.events.EventService;
import se.brobygge.events.EventSummary;
import se.brobygge.events.SignUpService;
import se.brobygge.events.SignUpStatus;
import se.brobygge.identity.Roles;
import se.brobygge.shared.search.SearchIndexHealth;
import se.brobygge.support.FileSearchIndex;
import se.brobygge.support.IntegrationTest;
import se.brobygge.support.RunAs;
import se.brobygge.support.TestAccounts;

/**
 * The search index on disk breaks (its folder becomes a file, so Lucene can neither write nor
 * reopen it) while people save, sign up and search: every action that the database committed
 * succeeds, lists and searches answer from the database, readiness stays UP with the index's state
 * in the details, and once the folder is usable again the index is rebuilt in the background and
 * searches use it again, with what was saved meanwhile.
 */
@IntegrationTest
@FileSearchIndex.Context
class SearchIndexOutageIT {

    @Autowired
    EventService events;

    @Autowired
    EventEditingService editing;

    @Autowired
    SignUpService signUps;

    @Autowired
    AssociationService associations;

    @Autowired
    TestAccounts accounts;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    SearchIndexHealth health;

    @Autowired
    EntityManagerFactory entityManagerFactory;

    @LocalServerPort
    int port;

    final HttpClient http = HttpClient.newHttpClient();

    @AfterEach
    void mend() throws InterruptedException {
        FileSearchIndex.mend("events");
        FileSearchIndex.mend("associations");
        awaitReady();
    }

    @Test
    void savesSucceedAndSearchesAnswerFromTheDatabaseWhileTheIndexCannotBeWritten() throws Exception {
        String marker = "m" + System.nanoTime();
        TestAccounts.Created staff = accounts.create("Lina", Roles.STAFF);
        TestAccounts.Created resident = accounts.create("Amal", Roles.RESIDENT);
        EventId before = RunAs.as(staff, Roles.STAFF, () -> editing.create(draft("Vävstuga " + marker, 10)));
        assertThat(titles("vävstugan " + marker)).as("found through the index").containsExactly("Vävstuga " + marker);

        FileSearchIndex.breakIndex("events");
        FileSearchIndex.breakIndex("associations");

        EventId during = RunAs.as(staff, Roles.STAFF, () -> editing.create(draft("Sykurs " + marker, 5)));
        EventId arabic = RunAs.as(staff, Roles.STAFF, () -> editing.create(draft("مقهى الخياطة " + marker, 5)));
        assertThat(jdbc.queryForObject(
                        "select count(*) from events_event where id in (?, ?)",
                        Integer.class,
                        during.value(),
                        arabic.value()))
                .as("both saved")
                .isEqualTo(2);
        assertThat(health.states().get("events").status())
                .as("the index is known to be out of step")
                .isNotEqualTo(SearchIndexHealth.Status.READY);

        var signUp = RunAs.as(resident, Roles.RESIDENT, () -> signUps.signUp(during));
        assertThat(signUp.status())
                .as("signing up succeeds although the index cannot take the seat count")
                .isEqualTo(SignUpStatus.CONFIRMED);

        // the list and the search answer from the database: every event, with its seats up to date
        List<EventSummary> listed = allUpcoming();
        assertThat(listed).extracting(EventSummary::id).contains(before, during, arabic);
        assertThat(listed.stream()
                        .filter(e -> e.id().equals(during))
                        .findFirst()
                        .orElseThrow()
                        .seatsLeft())
                .isEqualTo(4);
        assertThat(titles("sykursen " + marker))
                .as("words, with Swedish endings, from the database")
                .containsExactly("Sykurs " + marker);
        assertThat(titles("vävstuga " + marker)).containsExactly("Vävstuga " + marker);
        assertThat(events.upcomingPage(filter("sykurs " + marker), 0, 50).total())
                .isEqualTo(1);
        assertThat(titles("simskola " + marker)).isEmpty();
        assertThat(titles("المقهى " + marker))
                .as("the database knows no Arabic article: only the index finds this")
                .isEmpty();

        String name = "Syföreningen " + marker;
        RunAs.as(resident, Roles.RESIDENT, () -> associations.register(association(name)));
        assertThat(associations.directory(
                        new AssociationFilter("syförening " + marker, null, null, null, false, false)))
                .as("the directory finds the association registered during the outage")
                .extracting(a -> a.name())
                .containsExactly(name);

        // readiness stays UP (the node serves); the metrics account sees the index's state
        HttpResponse<String> anonymous = get("/actuator/health/readiness", null);
        assertThat(anonymous.statusCode()).isEqualTo(200);
        assertThat(anonymous.body()).isEqualTo("{\"status\":\"UP\"}");
        HttpResponse<String> operator = get("/actuator/health/readiness", HealthAndMetricsIT.SCRAPER);
        assertThat(operator.statusCode()).isEqualTo(200);
        assertThat(operator.body())
                .as("the node is ready; its search index is not")
                .endsWith(",\"status\":\"UP\"}")
                .contains("\"searchIndex\":{", "\"status\":\"DEGRADED\"", "\"events\":{\"state\":\"");
        assertThat(HealthAndMetricsIT.value(
                        get("/actuator/prometheus", HealthAndMetricsIT.SCRAPER).body(),
                        "brobygge_search_index_degraded",
                        "application="))
                .isEqualTo(1.0);

        FileSearchIndex.mend("events");
        FileSearchIndex.mend("associations");
        awaitReady();

        assertThat(titles("المقهى " + marker))
                .as("the index is in use again, with the event saved meanwhile")
                .containsExactly("مقهى الخياطة " + marker);
        assertThat(titles("sykurserna " + marker)).containsExactly("Sykurs " + marker);
        assertThat(get("/actuator/health/readiness", HealthAndMetricsIT.SCRAPER).body())
                .contains("\"searchIndex\":{\"details\":{\"associations\":{\"state\":\"READY\"}")
                .doesNotContain("DEGRADED");
    }

    @Test
    void aSearchTheIndexCannotAnswerIsAnsweredByTheDatabase() throws Exception {
        String marker = "s" + System.nanoTime();
        TestAccounts.Created staff = accounts.create("Lina", Roles.STAFF);
        RunAs.as(staff, Roles.STAFF, () -> editing.create(draft("Läxhjälp " + marker, 10)));
        assertThat(health.states().get("events").status()).isEqualTo(SearchIndexHealth.Status.READY);

        FileSearchIndex.breakIndex("events");
        // the index touches its folder (as a merge or the next commit would) and drops its writer
        try {
            Search.mapping(entityManagerFactory).scope(Object.class).workspace().flush();
        } catch (RuntimeException expected) {
            // the index cannot be written: what the next search meets
        }
        assertThat(titles("läxhjälpen " + marker)).containsExactly("Läxhjälp " + marker);
        assertThat(health.states().get("events").status()).isNotEqualTo(SearchIndexHealth.Status.READY);
    }

    private List<String> titles(String words) {
        return events.upcomingPage(filter(words), 0, 50).events().stream()
                .map(EventSummary::title)
                .toList();
    }

    /** The whole unfiltered list, page by page (the shared test schema holds other tests' events too). */
    private List<EventSummary> allUpcoming() {
        List<EventSummary> all = new ArrayList<>();
        long total;
        do {
            var page = events.upcomingPage(filter(null), all.size(), 200);
            all.addAll(page.events());
            total = page.total();
            if (page.events().isEmpty()) {
                break;
            }
        } while (all.size() < total);
        return all;
    }

    private static EventFilter filter(String words) {
        return new EventFilter(words, null, null, null, null, null, false, false);
    }

    private static EventDraft draft(String title, int capacity) {
        LocalDateTime start = LocalDateTime.now()
                .plusDays(9)
                .withHour(18)
                .withMinute(0)
                .withSecond(0)
                .withNano(0);
        return EventDraft.builder()
                .title(title)
                .description("Välkomna!")
                .onlineUrl("https://meet.brohamn.example/syjunta")
                .startsAt(start)
                .endsAt(start.plusHours(2))
                .category(Category.LANGUAGE_CAFE)
                .audience(Audience.EVERYONE)
                .languages(Set.of("sv", "ar"))
                .childFriendly(true)
                .capacity(capacity)
                .build();
    }

    private static AssociationDraft association(String name) {
        return AssociationDraft.builder()
                .name(name)
                .organisationNumber(AssociationTestData.organisationNumber())
                .type(AssociationType.CULTURE)
                .description("Vi syr och lagar kläder tillsammans.")
                .languages(Set.of("sv"))
                .areas(Set.of("Norrby"))
                .contactEmail("kontakt@syforening.example")
                .contactPhone(null)
                .website(null)
                .feeSek(null)
                .meetingTimes("Onsdagar 18-20")
                .newcomerHelp(true)
                .build();
    }

    private void awaitReady() throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (health.degraded() && System.nanoTime() < deadline) {
            Thread.sleep(100);
        }
        assertThat(health.states())
                .as("every index rebuilt and in use")
                .allSatisfy((name, state) -> assertThat(state.status()).isEqualTo(SearchIndexHealth.Status.READY));
    }

    private HttpResponse<String> get(String path, String authorization) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path));
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
