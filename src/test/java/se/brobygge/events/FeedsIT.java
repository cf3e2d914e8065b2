package se.brobygge.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import biweekly.Biweekly;
import biweekly.ICalendar;
import biweekly.component.VEvent;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import se.brobygge.identity.Roles;
import se.brobygge.places.Place;
import se.brobygge.places.PlaceService;
import se.brobygge.shared.feed.AtomXml;
import se.brobygge.shared.i18n.Language;
import se.brobygge.support.BrowserlessHttp;
import se.brobygge.support.IntegrationTest;
import se.brobygge.support.RunAs;
import se.brobygge.support.TestAccounts;
import se.brobygge.support.TestEvents;

/** Calendar feeds and the Atom feed: anonymous, cacheable, without a session. */
@IntegrationTest
class FeedsIT {

    private static final String ATOM = "http://www.w3.org/2005/Atom";

    private static final String XML = "http://www.w3.org/XML/1998/namespace";

    @LocalServerPort
    int port;

    @Autowired
    EventService events;

    @Autowired
    EventEditingService editing;

    @Autowired
    SignUpService signUps;

    @Autowired
    CalendarFeedService feeds;

    @Autowired
    PlaceService places;

    @Autowired
    TestAccounts accounts;

    @Test
    void aPlaceFeedHasTheEventsAtThatPlaceOnlyAndKeepsCancelledOnesAsCancelled() {
        TestAccounts.Created staff = accounts.create("Lina", Roles.STAFF);
        Place place = RunAs.as(
                staff, Roles.STAFF, () -> places.create(EventsAtPlacesKT.placeDetails("Torget " + System.nanoTime())));
        Place other = RunAs.as(
                staff, Roles.STAFF, () -> places.create(EventsAtPlacesKT.placeDetails("Parken " + System.nanoTime())));
        EventId here =
                RunAs.as(staff, Roles.STAFF, () -> editing.create(at(TestEvents.draft("Loppis på torget", 10), place)));
        EventId cancelled = RunAs.as(
                staff, Roles.STAFF, () -> editing.create(at(TestEvents.draft("Konsert på torget", 10), place)));
        RunAs.as(staff, Roles.STAFF, () -> editing.create(at(TestEvents.draft("Picknick i parken", 10), other)));
        RunAs.as(staff, Roles.STAFF, () -> editing.create(TestEvents.draft("Webbinarium", 10)));
        RunAs.run(staff, Roles.STAFF, () -> editing.cancel(cancelled, "Regn"));

        HttpResponse<String> response =
                new BrowserlessHttp(port).get("/ics/places/" + place.id().value() + ".ics");

        assertPublicCalendar(response);
        List<VEvent> found = parse(response.body());
        assertThat(found)
                .extracting(e -> e.getSummary().getValue())
                .containsExactly("Loppis på torget", "Konsert på torget");
        assertThat(found.get(0).getStatus().isConfirmed()).isTrue();
        assertThat(found.get(1).getStatus().isCancelled())
                .as("calendars remove it")
                .isTrue();
        assertThat(found.get(0).getUid().getValue()).isEqualTo("event-" + here + "@brobygge");
        assertThat(new BrowserlessHttp(port).get("/ics/places/999999999.ics").statusCode())
                .isEqualTo(404);
    }

    @Test
    void anOrganiserFeedHasThatOrganisersEventsOnly() {
        TestAccounts.Created lina = accounts.create("Lina", Roles.STAFF);
        TestAccounts.Created omar = accounts.create("Omar", Roles.STAFF);
        RunAs.as(lina, Roles.STAFF, () -> editing.create(TestEvents.draft("Linas språkcafé", 10)));
        EventId cancelled = RunAs.as(lina, Roles.STAFF, () -> editing.create(TestEvents.draft("Linas filmkväll", 10)));
        RunAs.as(omar, Roles.STAFF, () -> editing.create(TestEvents.draft("Omars schackklubb", 10)));
        RunAs.run(lina, Roles.STAFF, () -> editing.cancel(cancelled, "Sjuk"));

        HttpResponse<String> response =
                new BrowserlessHttp(port).get("/ics/organisers/" + lina.id().value() + ".ics");

        assertPublicCalendar(response);
        List<VEvent> found = parse(response.body());
        assertThat(found)
                .extracting(e -> e.getSummary().getValue())
                .containsExactlyInAnyOrder("Linas språkcafé", "Linas filmkväll");
        assertThat(found)
                .filteredOn(e -> e.getSummary().getValue().equals("Linas filmkväll"))
                .allMatch(e -> e.getStatus().isCancelled());
    }

    @Test
    void myPersonalFeedListsMySignUpsAndANewAddressStopsTheOldOne() {
        TestAccounts.Created staff = accounts.create("Lina", Roles.STAFF);
        TestAccounts.Created me = accounts.create("Amal", Roles.RESIDENT);
        TestAccounts.Created someone = accounts.create("Sara", Roles.RESIDENT);
        EventId open = RunAs.as(staff, Roles.STAFF, () -> editing.create(TestEvents.draft("Syjunta", 10)));
        EventId full = RunAs.as(staff, Roles.STAFF, () -> editing.create(TestEvents.draft("Matlagning", 1)));
        EventId notMine = RunAs.as(staff, Roles.STAFF, () -> editing.create(TestEvents.draft("Fotboll", 10)));
        RunAs.as(me, Roles.RESIDENT, () -> signUps.signUp(open));
        RunAs.as(someone, Roles.RESIDENT, () -> signUps.signUp(full));
        RunAs.as(me, Roles.RESIDENT, () -> signUps.signUp(full));
        RunAs.as(someone, Roles.RESIDENT, () -> signUps.signUp(notMine));

        String first = RunAs.as(me, Roles.RESIDENT, () -> feeds.myFeedUrl()).orElseThrow();
        assertThat(RunAs.as(me, Roles.RESIDENT, () -> feeds.myFeedUrl()))
                .as("shown only when made")
                .isEmpty();
        String path = URI.create(first).getPath();
        assertThat(path).matches("/ics/me/[A-Za-z0-9_-]{43}\\.ics");

        HttpResponse<String> response = new BrowserlessHttp(port).get(path);
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Cache-Control").orElse("")).isEqualTo("private, max-age=300");
        assertThat(response.headers().firstValue("ETag")).isPresent();
        assertThat(response.headers().allValues("Set-Cookie")).isEmpty();
        List<VEvent> mine = parse(response.body());
        assertThat(mine).extracting(e -> e.getSummary().getValue()).containsExactlyInAnyOrder("Syjunta", "Matlagning");
        assertThat(mine)
                .filteredOn(e -> e.getSummary().getValue().equals("Matlagning"))
                .allMatch(e -> e.getStatus().isTentative());
        assertThat(mine)
                .filteredOn(e -> e.getSummary().getValue().equals("Syjunta"))
                .allMatch(e -> e.getStatus().isConfirmed());

        String someonesPath = URI.create(RunAs.as(someone, Roles.RESIDENT, () -> feeds.regenerate()))
                .getPath();
        assertThat(parse(new BrowserlessHttp(port).get(someonesPath).body()))
                .extracting(e -> e.getSummary().getValue())
                .containsExactlyInAnyOrder("Matlagning", "Fotboll")
                .doesNotContain("Syjunta");

        String second = URI.create(RunAs.as(me, Roles.RESIDENT, () -> feeds.regenerate()))
                .getPath();
        assertThat(second).isNotEqualTo(path);
        assertThat(new BrowserlessHttp(port).get(path).statusCode())
                .as("the old address stops working")
                .isEqualTo(404);
        assertThat(parse(new BrowserlessHttp(port).get(second).body())).hasSize(2);
        assertThat(new BrowserlessHttp(port).get("/ics/me/guessed.ics").statusCode())
                .isEqualTo(404);
    }

    @Test
    void theAtomFeedAppliesTheListFiltersAndEscapesTitles() throws Exception {
        TestAccounts.Created staff = accounts.create("Lina", Roles.STAFF);
        String marker = "atom" + System.nanoTime();
        String tricky = "Kaffe & <kakor> \"" + marker + "\"";
        EventId cafe = RunAs.as(staff, Roles.STAFF, () -> editing.create(TestEvents.draft(tricky, 10)));
        RunAs.as(
                staff,
                Roles.STAFF,
                () -> editing.create(withCategory(TestEvents.draft("Schack " + marker, 10), Category.MEETUP)));
        RunAs.as(staff, Roles.STAFF, () -> editing.create(TestEvents.draft("Annat evenemang utan märke", 10)));

        HttpResponse<String> all = new BrowserlessHttp(port).get("/feeds/events.atom?q=" + marker);
        assertThat(all.statusCode()).isEqualTo(200);
        assertThat(all.headers().firstValue("Content-Type").orElse("")).startsWith("application/atom+xml");
        assertThat(all.headers().firstValue("Cache-Control").orElse("")).isEqualTo("public, max-age=300");
        assertThat(all.headers().firstValue("ETag")).isPresent();
        assertThat(all.headers().allValues("Set-Cookie")).isEmpty();
        assertThat(all.body()).contains("Kaffe &amp; &lt;kakor&gt;");
        assertThat(all.body())
                .as("events published by staff are the municipality's, not the staff member's")
                .contains("Brohamns kommun")
                .doesNotContain(staff.displayName());
        assertThat(entryTitles(all.body())).containsExactlyInAnyOrder(tricky, "Schack " + marker);

        HttpResponse<String> cafes = new BrowserlessHttp(port)
                .get("/feeds/events.atom?q=" + marker
                        + "&category=LANGUAGE_CAFE&childFriendly=true&free=true&audience=EVERYONE&language=ar");
        Document feed = xml(cafes.body());
        assertThat(entryTitles(cafes.body())).containsExactly(tricky);
        Element entry = (Element) feed.getElementsByTagNameNS(ATOM, "entry").item(0);
        Element link = (Element) entry.getElementsByTagNameNS(ATOM, "link").item(0);
        assertThat(link.getAttribute("href")).isEqualTo("http://localhost:8080/events/" + cafe.value());

        assertThat(entryTitles(new BrowserlessHttp(port)
                        .get("/feeds/events.atom?q=" + marker + "&language=fi")
                        .body()))
                .isEmpty();
    }

    @Test
    void theAtomFeedCarriesEveryLanguageOfTitleAndSummaryEachWithItsXmlLang() throws Exception {
        TestAccounts.Created staff = accounts.create("Lina", Roles.STAFF);
        String marker = "flersprak" + System.nanoTime();
        RunAs.as(
                staff,
                Roles.STAFF,
                () -> editing.create(TestEvents.draft("Läxhjälp " + marker, 10).toBuilder()
                        .description("Vi hjälper till med läxorna.")
                        .titleTranslations(Map.of(Language.ARABIC, "مساعدة في الواجبات"))
                        .descriptionTranslations(Map.of(Language.ARABIC, "نساعد الأطفال كل أسبوع."))
                        .build()));

        Document feed = xml(
                new BrowserlessHttp(port).get("/feeds/events.atom?q=" + marker).body());
        Element entry = (Element) feed.getElementsByTagNameNS(ATOM, "entry").item(0);
        Element title = (Element) entry.getElementsByTagNameNS(ATOM, "title").item(0);
        assertThat(title.getTextContent()).isEqualTo("Läxhjälp " + marker);
        assertThat(title.getAttributeNS(XML, "lang")).isEqualTo("sv");
        Element summary =
                (Element) entry.getElementsByTagNameNS(ATOM, "summary").item(0);
        assertThat(summary.getTextContent()).endsWith("Vi hjälper till med läxorna.");
        assertThat(summary.getAttributeNS(XML, "lang")).isEqualTo("sv");

        NodeList titles = entry.getElementsByTagNameNS(AtomXml.TRANSLATION_NS, "title");
        assertThat(titles.getLength()).as("one translated title").isEqualTo(1);
        assertThat(titles.item(0).getTextContent()).isEqualTo("مساعدة في الواجبات");
        assertThat(((Element) titles.item(0)).getAttributeNS(XML, "lang")).isEqualTo("ar");
        NodeList summaries = entry.getElementsByTagNameNS(AtomXml.TRANSLATION_NS, "summary");
        assertThat(summaries.getLength()).isEqualTo(1);
        assertThat(summaries.item(0).getTextContent()).endsWith("نساعد الأطفال كل أسبوع.");
        assertThat(((Element) summaries.item(0)).getAttributeNS(XML, "lang")).isEqualTo("ar");
    }

    @Test
    void anUnchangedFeedIsNotSentAgain() throws Exception {
        HttpResponse<String> first = new BrowserlessHttp(port).get("/feeds/events.atom");
        String etag = first.headers().firstValue("ETag").orElseThrow();
        HttpResponse<String> again = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/feeds/events.atom"))
                                .header("If-None-Match", etag)
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
        assertThat(again.statusCode()).isEqualTo(304);
        assertThat(again.headers().allValues("Set-Cookie")).isEmpty();
    }

    @Test
    void onlySignedInPeopleHaveAPersonalAddress() {
        SecurityContextHolder.clearContext();
        assertThatThrownBy(() -> feeds.myFeedUrl())
                .isInstanceOfAny(AuthenticationCredentialsNotFoundException.class, AccessDeniedException.class);
        SecurityContextHolder.getContext()
                .setAuthentication(new AnonymousAuthenticationToken(
                        "key", "anonymousUser", AuthorityUtils.createAuthorityList("ROLE_ANONYMOUS")));
        try {
            assertThatThrownBy(() -> feeds.myFeedUrl()).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> feeds.regenerate()).isInstanceOf(AccessDeniedException.class);
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    private static void assertPublicCalendar(HttpResponse<String> response) {
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type").orElse("")).startsWith("text/calendar");
        assertThat(response.headers().firstValue("Cache-Control").orElse("")).isEqualTo("public, max-age=300");
        assertThat(response.headers().firstValue("ETag")).isPresent();
        assertThat(response.headers().allValues("Set-Cookie"))
                .as("no session for a feed")
                .isEmpty();
    }

    private static List<VEvent> parse(String body) {
        ICalendar calendar = Biweekly.parse(body).first();
        return calendar.getEvents();
    }

    private static List<String> entryTitles(String body) throws Exception {
        NodeList entries = xml(body).getElementsByTagNameNS(ATOM, "entry");
        List<String> titles = new ArrayList<>();
        for (int i = 0; i < entries.getLength(); i++) {
            titles.add(((Element) entries.item(i))
                    .getElementsByTagNameNS(ATOM, "title")
                    .item(0)
                    .getTextContent());
        }
        return titles;
    }

    private static Document xml(String body) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(body.getBytes(StandardCharsets.UTF_8)));
    }

    private static EventDraft at(EventDraft d, Place place) {
        return d.toBuilder().placeId(place.id()).onlineUrl(null).build();
    }

    private static EventDraft withCategory(EventDraft d, Category category) {
        return d.toBuilder().category(category).languages(Set.of("sv")).build();
    }
}
