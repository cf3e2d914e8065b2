package se.brobygge.insights.opendata;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import se.brobygge.associations.ActivityDraft;
import se.brobygge.associations.ActivityService;
import se.brobygge.associations.AssociationDraft;
import se.brobygge.associations.AssociationId;
import se.brobygge.associations.AssociationService;
import se.brobygge.associations.AssociationTestData;
import se.brobygge.associations.AssociationType;
import se.brobygge.associations.Recurrence;
import se.brobygge.events.EventDraft;
import se.brobygge.events.EventEditingService;
import se.brobygge.events.EventService;
import se.brobygge.identity.Roles;
import se.brobygge.places.AccessibilityFact;
import se.brobygge.places.Place;
import se.brobygge.places.PlaceDetails;
import se.brobygge.places.PlaceService;
import se.brobygge.shared.i18n.Language;
import se.brobygge.shared.i18n.MultilingualText;
import se.brobygge.support.IntegrationTest;
import se.brobygge.support.RunAs;
import se.brobygge.support.TestAccounts;
import se.brobygge.support.TestEvents;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Open data over real HTTP: pages, cache headers and 304, no session, and no personal data — every
 * field of every feed is on the allow-list, and no organiser's name or address appears.
 */
@IntegrationTest
class OpenDataIT {

    /** The fields that may be published, per level; anything else fails the test. */
    static final Set<String> PAGE = Set.of("page", "size", "total", "pages", "next", "previous", "licence", "items");

    static final Map<String, Set<String>> ITEMS = Map.of(
            "events",
                    Set.of(
                            "id",
                            "title",
                            "description",
                            "title_en",
                            "title_ar",
                            "title_prs",
                            "title_so",
                            "title_ti",
                            "title_uk",
                            "description_en",
                            "description_ar",
                            "description_prs",
                            "description_so",
                            "description_ti",
                            "description_uk",
                            "startsAt",
                            "endsAt",
                            "category",
                            "languages",
                            "childFriendly",
                            "free",
                            "costSek",
                            "seatsLeft",
                            "online",
                            "placeId",
                            "placeName",
                            "area",
                            "url",
                            "calendarUrl"),
            "places",
                    Set.of(
                            "id",
                            "name",
                            "description",
                            "description_en",
                            "description_ar",
                            "description_prs",
                            "description_so",
                            "description_ti",
                            "description_uk",
                            "streetAddress",
                            "area",
                            "latitude",
                            "longitude",
                            "openingHours",
                            "openingHours_en",
                            "openingHours_ar",
                            "openingHours_prs",
                            "openingHours_so",
                            "openingHours_ti",
                            "openingHours_uk",
                            "accessibility",
                            "url",
                            "calendarUrl"),
            "activities",
                    Set.of(
                            "id",
                            "title",
                            "description",
                            "title_en",
                            "title_ar",
                            "title_prs",
                            "title_so",
                            "title_ti",
                            "title_uk",
                            "description_en",
                            "description_ar",
                            "description_prs",
                            "description_so",
                            "description_ti",
                            "description_uk",
                            "weekday",
                            "startsAt",
                            "endsAt",
                            "recurrence",
                            "placeId",
                            "placeName",
                            "associationId",
                            "associationName",
                            "url"));
    static final Set<String> ATOM_ELEMENTS = Set.of(
            "feed",
            "id",
            "title",
            "updated",
            "author",
            "name",
            "link",
            "rights",
            "generator",
            "entry",
            "category",
            "summary");
    static final Set<String> ICS_PROPERTIES = Set.of(
            "BEGIN",
            "END",
            "VERSION",
            "PRODID",
            "UID",
            "DTSTAMP",
            "SUMMARY",
            "DESCRIPTION",
            "DTSTART",
            "DTEND",
            "URL",
            "CATEGORIES",
            "LOCATION",
            "RRULE");

    @LocalServerPort
    int port;

    @Autowired
    TestAccounts accounts;

    @Autowired
    PlaceService places;

    @Autowired
    EventService events;

    @Autowired
    EventEditingService editing;

    @Autowired
    AssociationService associations;

    @Autowired
    ActivityService activities;

    private final HttpClient http = HttpClient.newHttpClient();
    private final JsonMapper json = JsonMapper.builder().build();
    private TestAccounts.Created organiser;
    private TestAccounts.Created representative;
    private final List<String> secrets = new ArrayList<>();

    @BeforeEach
    void publishSomething() {
        String tag = Long.toString(System.nanoTime(), 36);
        organiser = accounts.create("Organiserande Privatperson " + tag, Roles.STAFF);
        representative = accounts.create("Föreningsföreträdare " + tag, Roles.RESIDENT);
        String placeMail = "platsansvarig-" + tag + "@privat.example";
        String clubMail = "ordforande-" + tag + "@privat.example";
        secrets.addAll(List.of(
                organiser.displayName(),
                organiser.email(),
                representative.displayName(),
                representative.email(),
                placeMail,
                clubMail));
        Place place = RunAs.as(
                organiser,
                Roles.STAFF,
                () -> places.create(new PlaceDetails(
                        "Öppna torget " + tag,
                        "Mitt i stan.",
                        "Torget 1",
                        "Centrum",
                        55.6,
                        13.0,
                        "Alltid",
                        Set.of(AccessibilityFact.HEARING_LOOP),
                        placeMail,
                        null)));
        EventDraft draft = TestEvents.draft("Öppet språkcafé " + tag, 10);
        RunAs.run(
                organiser,
                Roles.STAFF,
                () -> editing.create(
                        draft.toBuilder().placeId(place.id()).onlineUrl(null).build()));
        AssociationId club = RunAs.as(
                representative,
                Roles.RESIDENT,
                () -> associations.register(AssociationDraft.builder()
                        .name("Öppna klubben " + tag)
                        .organisationNumber(AssociationTestData.organisationNumber())
                        .type(AssociationType.CULTURE)
                        .description("Vi sjunger.")
                        .languages(Set.of("sv"))
                        .areas(Set.of("Centrum"))
                        .contactEmail(clubMail)
                        .contactPhone(null)
                        .website(null)
                        .feeSek(null)
                        .meetingTimes("Onsdagar")
                        .newcomerHelp(true)
                        .build()));
        RunAs.run(
                representative,
                Roles.RESIDENT,
                () -> activities.add(
                        club,
                        new ActivityDraft(
                                "Körövning " + tag,
                                "Alla får sjunga.",
                                DayOfWeek.WEDNESDAY,
                                LocalTime.of(18, 0),
                                LocalTime.of(19, 30),
                                Recurrence.BIWEEKLY,
                                place.id().value())));
    }

    @Test
    void jsonFeedsArePagedAndCarryOnlyAllowListedFields() throws Exception {
        for (String feed : ITEMS.keySet()) {
            HttpResponse<String> first = get("/feeds/open/" + feed + ".json?size=1", null);
            assertThat(first.statusCode()).isEqualTo(200);
            JsonNode page = json.readTree(first.body());
            long total = page.get("total").asLong();
            assertThat(total).as(feed).isPositive();
            assertThat(page.get("items").size()).isEqualTo(1);
            assertThat(page.get("pages").asLong()).isEqualTo(total);
            assertThat(page.get("previous").isNull()).isTrue();
            if (total > 1) {
                assertThat(page.get("next").asString()).endsWith("/feeds/open/" + feed + ".json?page=1&size=1");
            }
            // every page of the whole feed, 200 at a time
            int pages = 0;
            String next = "/feeds/open/" + feed + ".json?size=200";
            while (next != null && pages++ < 50) {
                HttpResponse<String> response = get(next, null);
                assertNoPersonalData(response.body());
                JsonNode body = json.readTree(response.body());
                assertThat(names(body)).as(feed + " page fields").isSubsetOf(PAGE);
                for (JsonNode item : body.get("items")) {
                    assertThat(names(item)).as(feed + " item fields").isSubsetOf(ITEMS.get(feed));
                    item.forEach(value ->
                            assertThat(value.isObject()).as("no nested objects").isFalse());
                }
                next = body.get("next").isNull()
                        ? null
                        : URI.create(body.get("next").asString()).getRawPath() + "?"
                                + URI.create(body.get("next").asString()).getRawQuery();
            }
        }
        assertThat(get("/feeds/open/events.json?size=0", null).statusCode()).isEqualTo(400);
        assertThat(get("/feeds/open/events.json?size=201", null).statusCode()).isEqualTo(400);
    }

    @Test
    void anEventCarriesItsTextInEveryLanguageTheOrganiserGaveAndNullForTheOthers() throws Exception {
        String tag = "flersprak" + System.nanoTime();
        RunAs.run(
                organiser,
                Roles.STAFF,
                () -> editing.create(TestEvents.draft("Läxhjälp " + tag, 10).toBuilder()
                        .description("Vi hjälper till med läxorna.")
                        .titleTranslations(Map.of(Language.ARABIC, "مساعدة في الواجبات"))
                        .descriptionTranslations(Map.of(Language.ARABIC, "نساعد الأطفال كل أسبوع."))
                        .build()));
        JsonNode item = null;
        String next = "/feeds/open/events.json?size=200";
        while (item == null && next != null) {
            JsonNode body = json.readTree(get(next, null).body());
            for (JsonNode candidate : body.get("items")) {
                if (candidate.get("title").asString().equals("Läxhjälp " + tag)) {
                    item = candidate;
                }
            }
            next = body.get("next").isNull()
                    ? null
                    : URI.create(body.get("next").asString()).getRawPath() + "?"
                            + URI.create(body.get("next").asString()).getRawQuery();
        }
        assertThat(item).as("the event is in the feed").isNotNull();
        assertThat(item.get("description").asString()).isEqualTo("Vi hjälper till med läxorna.");
        assertThat(item.get("title_ar").asString()).isEqualTo("مساعدة في الواجبات");
        assertThat(item.get("description_ar").asString()).isEqualTo("نساعد الأطفال كل أسبوع.");
        assertThat(item.get("title_en").isNull()).as("no English given").isTrue();
        assertThat(item.get("description_uk").isNull()).isTrue();
    }

    @Test
    void aPlaceAndAnActivityCarryTheirTextsInEveryLanguageGivenAndNullForTheOthers() throws Exception {
        String tag = "flersprak" + System.nanoTime();
        Place place = RunAs.as(
                organiser,
                Roles.STAFF,
                () -> places.create(new PlaceDetails(
                                "Biblioteket " + tag, "", "Torget 2", "Centrum", null, null, "", Set.of(), null, null)
                        .withTexts(
                                MultilingualText.of("Här finns böcker.").with(Language.ARABIC, "هنا توجد كتب."),
                                MultilingualText.of("Måndagar 10–18").with(Language.ENGLISH, "Mondays 10–18"))));
        AssociationId club = RunAs.as(
                representative,
                Roles.RESIDENT,
                () -> associations.register(AssociationTestData.draft(
                        "Läsklubben " + tag, AssociationTestData.organisationNumber(), "Vi läser.")));
        RunAs.run(
                representative,
                Roles.RESIDENT,
                () -> activities.add(
                        club,
                        new ActivityDraft(
                                MultilingualText.of("Läsecirkel " + tag).with(Language.ARABIC, "حلقة قراءة"),
                                MultilingualText.of("Vi läser tillsammans.").with(Language.SOMALI, "Wada akhris."),
                                DayOfWeek.MONDAY,
                                LocalTime.of(18, 0),
                                LocalTime.of(19, 0),
                                Recurrence.WEEKLY,
                                place.id().value())));

        JsonNode shownPlace = find("/feeds/open/places.json?size=200", "name", "Biblioteket " + tag);
        assertThat(shownPlace.get("description").asString()).isEqualTo("Här finns böcker.");
        assertThat(shownPlace.get("description_ar").asString()).isEqualTo("هنا توجد كتب.");
        assertThat(shownPlace.get("description_en").isNull())
                .as("no English description given")
                .isTrue();
        assertThat(shownPlace.get("openingHours").asString()).isEqualTo("Måndagar 10–18");
        assertThat(shownPlace.get("openingHours_en").asString()).isEqualTo("Mondays 10–18");
        assertThat(shownPlace.get("openingHours_ar").isNull()).isTrue();

        JsonNode activity = find("/feeds/open/activities.json?size=200", "title", "Läsecirkel " + tag);
        assertThat(activity.get("title_ar").asString()).isEqualTo("حلقة قراءة");
        assertThat(activity.get("title_so").isNull()).isTrue();
        assertThat(activity.get("description").asString()).isEqualTo("Vi läser tillsammans.");
        assertThat(activity.get("description_so").asString()).isEqualTo("Wada akhris.");
        assertThat(activity.get("description_ar").isNull()).isTrue();
    }

    /** The item of a paged feed whose {@code field} has this value, following the pages. */
    private JsonNode find(String first, String field, String value) throws Exception {
        String next = first;
        while (next != null) {
            JsonNode body = json.readTree(get(next, null).body());
            for (JsonNode candidate : body.get("items")) {
                if (candidate.get(field).asString().equals(value)) {
                    return candidate;
                }
            }
            next = body.get("next").isNull()
                    ? null
                    : URI.create(body.get("next").asString()).getRawPath() + "?"
                            + URI.create(body.get("next").asString()).getRawQuery();
        }
        throw new AssertionError(value + " is not in " + first);
    }

    @Test
    void theSchemaDocumentsExactlyTheAllowListedFields() throws Exception {
        JsonNode schema = json.readTree(get("/feeds/open/schema.json", null).body());
        assertThat(names(schema.get("$defs").get("event").get("properties"))).isEqualTo(ITEMS.get("events"));
        assertThat(names(schema.get("$defs").get("place").get("properties"))).isEqualTo(ITEMS.get("places"));
        assertThat(names(schema.get("$defs").get("activity").get("properties"))).isEqualTo(ITEMS.get("activities"));
        assertThat(names(schema.get("$defs").get("eventPage").get("properties")))
                .isEqualTo(PAGE);
    }

    @Test
    void atomAndCalendarFeedsCarryOnlyAllowListedElementsAndNoPersonalData() {
        for (String feed : List.of("events.atom", "places.atom", "activities.atom")) {
            HttpResponse<String> response = get("/feeds/open/" + feed, null);
            assertThat(response.statusCode()).isEqualTo(200);
            assertThat(response.headers().firstValue("Content-Type").orElse("")).startsWith("application/atom+xml");
            assertNoPersonalData(response.body());
            Matcher element = Pattern.compile("<([a-zA-Z:]+)[\\s/>]").matcher(response.body());
            while (element.find()) {
                assertThat(element.group(1)).as(feed).isIn(ATOM_ELEMENTS);
            }
        }
        assertThat(get("/feeds/open/activities.atom", null).body()).contains("Körövning");
        for (String feed : List.of("events.ics", "activities.ics")) {
            HttpResponse<String> response = get("/feeds/open/" + feed, null);
            assertThat(response.headers().firstValue("Content-Type").orElse("")).startsWith("text/calendar");
            assertNoPersonalData(response.body());
            for (String line : response.body().split("\r\n")) {
                if (!line.startsWith(" ") && !line.isBlank()) {
                    assertThat(line.split("[:;]")[0]).as(feed + ": " + line).isIn(ICS_PROPERTIES);
                }
            }
        }
        assertThat(get("/feeds/open/activities.ics", null).body()).contains("RRULE:FREQ=WEEKLY;INTERVAL=2");
    }

    @Test
    void everyFeedIsCacheableAnswers304WhenUnchangedAndSetsNoCookie() {
        for (String path : List.of(
                "/feeds/open/events.json",
                "/feeds/open/places.json",
                "/feeds/open/activities.json",
                "/feeds/open/events.atom",
                "/feeds/open/places.atom",
                "/feeds/open/activities.atom",
                "/feeds/open/events.ics",
                "/feeds/open/activities.ics",
                "/feeds/open/schema.json")) {
            HttpResponse<String> first = get(path, null);
            assertThat(first.statusCode()).as(path).isEqualTo(200);
            assertThat(first.headers().firstValue("Cache-Control")).as(path).hasValue("public, max-age=300");
            assertThat(first.headers().firstValue("Set-Cookie"))
                    .as(path + " creates no session")
                    .isEmpty();
            String etag = first.headers().firstValue("ETag").orElseThrow();

            HttpResponse<String> again = get(path, etag);
            assertThat(again.statusCode()).as(path).isEqualTo(304);
            assertThat(again.body()).isEmpty();
            assertThat(again.headers().firstValue("Set-Cookie")).isEmpty();
        }
    }

    private void assertNoPersonalData(String body) {
        for (String secret : secrets) {
            assertThat(body).as("no personal data").doesNotContain(secret);
        }
        assertThat(body).doesNotContain("@test.brohamn.example").doesNotContain("@privat.example");
    }

    private static Set<String> names(JsonNode node) {
        return Set.copyOf(node.propertyNames());
    }

    private HttpResponse<String> get(String path, String etag) {
        try {
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                    .GET();
            if (etag != null) {
                request.header("If-None-Match", etag);
            }
            return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
