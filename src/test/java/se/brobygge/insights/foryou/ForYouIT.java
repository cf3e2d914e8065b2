package se.brobygge.insights.foryou;

import static org.assertj.core.api.Assertions.assertThat;
import static se.brobygge.employers.LanguageLevel.BASIC;
import static se.brobygge.employers.LanguageLevel.INTERMEDIATE;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import se.brobygge.employers.CardDraft;
import se.brobygge.employers.CardService;
import se.brobygge.employers.EmployerId;
import se.brobygge.employers.EmployerService;
import se.brobygge.employers.EmployerTestData;
import se.brobygge.employers.PostingDraft;
import se.brobygge.employers.PostingId;
import se.brobygge.employers.PostingKind;
import se.brobygge.employers.PostingService;
import se.brobygge.events.Audience;
import se.brobygge.events.Category;
import se.brobygge.events.EventDraft;
import se.brobygge.events.EventEditingService;
import se.brobygge.events.EventId;
import se.brobygge.events.EventService;
import se.brobygge.identity.AccountService;
import se.brobygge.identity.ProfileUpdate;
import se.brobygge.identity.Roles;
import se.brobygge.mentoring.AgeBand;
import se.brobygge.mentoring.Gender;
import se.brobygge.mentoring.Interest;
import se.brobygge.mentoring.LanguageLevel;
import se.brobygge.mentoring.MeetingMode;
import se.brobygge.mentoring.MentoringKind;
import se.brobygge.mentoring.ProfileDraft;
import se.brobygge.mentoring.ProfileService;
import se.brobygge.mentoring.TimeSlot;
import se.brobygge.places.AccessibilityFact;
import se.brobygge.places.Place;
import se.brobygge.places.PlaceDetails;
import se.brobygge.places.PlaceId;
import se.brobygge.places.PlaceService;
import se.brobygge.support.IntegrationTest;
import se.brobygge.support.RunAs;
import se.brobygge.support.TestAccounts;

/** "For you": suggestions with reasons, "not interested", the guided start, and no sensitive data. */
@IntegrationTest
class ForYouIT {

    /** A language code reserved for local use (qaa–qtz), new for every fixture: its events are the best matches. */
    static String language() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        return "q" + (char) ('a' + random.nextInt(20)) + (char) ('a' + random.nextInt(26));
    }

    static final String AREA = "Ekbacken";

    @Autowired
    ForYouService forYou;

    @Autowired
    AccountService accounts;

    @Autowired
    ProfileService mentoring;

    @Autowired
    EventService events;

    @Autowired
    EventEditingService editing;

    @Autowired
    PlaceService places;

    @Autowired
    TestAccounts testAccounts;

    @Autowired
    EmployerService employers;

    @Autowired
    PostingService postings;

    @Autowired
    CardService cards;

    @Test
    void anEmptyProfileGetsTheGuidedStartAndAnsweringGivesSuggestions() {
        TestAccounts.Created amal = testAccounts.createIn("ar", "Amal", Roles.RESIDENT);

        ForYou before = RunAs.as(amal, Roles.RESIDENT, forYou::forMe);
        assertThat(before.emptyProfile())
                .as("nothing told yet (the pages' language alone is not telling): the three questions")
                .isTrue();
        assertThat(before.suggestions()).isEmpty();

        RunAs.run(
                amal,
                Roles.RESIDENT,
                () -> forYou.saveMyAnswers(
                        new Answers(Set.of(Goal.GET_MENTOR), Set.of(Topic.CULTURE), Set.of(Availability.EVENINGS))));

        ForYou after = RunAs.as(amal, Roles.RESIDENT, forYou::forMe);
        assertThat(after.emptyProfile()).isFalse();
        assertThat(after.answers().goals()).containsExactly(Goal.GET_MENTOR);
        assertThat(after.of(SuggestionKind.MENTORING))
                .extracting(Suggestion::itemKey)
                .containsExactly("mentee");
        assertThat(after.of(SuggestionKind.MENTORING).getFirst().reasons())
                .containsExactly(new Reason(Reason.Kind.GOAL, "GET_MENTOR"));
    }

    @Test
    void aCardStoredWithATwoDigitGroupStillGetsInternshipsInThatGroup() {
        TestAccounts.Created lina = testAccounts.create("Lina", Roles.STAFF);
        TestAccounts.Created johan = testAccounts.create("Johan", Roles.RESIDENT);
        TestAccounts.Created amal = testAccounts.create("Amal", Roles.RESIDENT);
        String area = "Lindhagen " + System.nanoTime();
        EmployerId employer = RunAs.as(
                johan, Roles.RESIDENT, () -> employers.register(EmployerTestData.employer("Hemtjänst i Lindhagen AB")));
        RunAs.run(lina, Roles.STAFF, () -> employers.verify(employer));
        PostingId care = internship(johan, employer, "Undersköterska i hemtjänsten", "5321", area);
        PostingId kitchen = internship(johan, employer, "Kock i skolköket", "5120", area);
        // a card saved when only the two-digit groups could be chosen: 53, care occupations
        RunAs.run(
                amal,
                Roles.RESIDENT,
                () -> cards.saveMyCard(CardDraft.builder()
                        .presentation("Jag har arbetat inom vården.")
                        .seeks("praktik inom vården")
                        .offers("omvårdnad")
                        .languages(Set.of("ar", "sv"))
                        .swedishLevel(INTERMEDIATE)
                        .occupation("53")
                        .area(area)
                        .skills("Omvårdnad")
                        .visibleToParticipants(true)
                        .suggestible(true)
                        .employersSeeSkills(false)
                        .employersSeeLanguages(true)
                        .employersSeeArea(false)
                        .employersSeeOccupation(true)
                        .build()));

        List<Suggestion> suggested =
                RunAs.as(amal, Roles.RESIDENT, forYou::forMe).of(SuggestionKind.INTERNSHIP);

        assertThat(suggested.getFirst().itemKey()).isEqualTo(Long.toString(care.value()));
        assertThat(suggested.getFirst().reasons()).contains(new Reason(Reason.Kind.OCCUPATION, "5321"));
        assertThat(suggested)
                .filteredOn(s -> s.itemKey().equals(Long.toString(kitchen.value())))
                .allSatisfy(
                        s -> assertThat(s.reasons()).extracting(Reason::kind).doesNotContain(Reason.Kind.OCCUPATION));
    }

    private PostingId internship(
            TestAccounts.Created by, EmployerId employer, String title, String occupation, String area) {
        return RunAs.as(
                by,
                Roles.RESIDENT,
                () -> postings.post(PostingDraft.builder()
                        .employerId(employer)
                        .kind(PostingKind.INTERNSHIP)
                        .title(title)
                        .occupation(occupation)
                        .description("Praktik hos oss.")
                        .area(area)
                        .periodFrom(LocalDate.now().plusDays(14))
                        .periodTo(LocalDate.now().plusMonths(3))
                        .hours("Dagtid")
                        .swedishLevel(BASIC)
                        .support("")
                        .accessibility("")
                        .contact("jobb@foretag.example")
                        .build()));
    }

    @Test
    void aFilledProfileGetsEventsWithTheirReasons() {
        Fixture f = fixture();
        TestAccounts.Created amal = resident(f.language());

        List<Suggestion> suggested =
                RunAs.as(amal, Roles.RESIDENT, forYou::forMe).of(SuggestionKind.EVENT);

        Suggestion cafe = find(suggested, f.cafe);
        assertThat(cafe.reasons())
                .containsExactly(
                        new Reason(Reason.Kind.LANGUAGE, f.language()),
                        new Reason(Reason.Kind.AREA, AREA),
                        new Reason(Reason.Kind.GOAL, "LEARN_SWEDISH"),
                        new Reason(Reason.Kind.ON_DAY, "THURSDAY"));
        assertThat(cafe.link()).isEqualTo("events/" + f.cafe.value());
        assertThat(suggested)
                .extracting(Suggestion::itemKey)
                .as("nothing in common with Amal")
                .doesNotContain(Long.toString(f.unrelated.value()));
    }

    @Test
    void notInterestedHidesTheItemAndRanksSimilarOnesLower() {
        Fixture f = fixture();
        TestAccounts.Created amal = resident(f.language());
        List<Suggestion> before = RunAs.as(amal, Roles.RESIDENT, forYou::forMe).of(SuggestionKind.EVENT);
        Suggestion cafe = find(before, f.cafe);
        int alikeBefore = find(before, f.otherCafe).score();

        RunAs.run(amal, Roles.RESIDENT, () -> forYou.notInterested(cafe));

        List<Suggestion> after = RunAs.as(amal, Roles.RESIDENT, forYou::forMe).of(SuggestionKind.EVENT);
        assertThat(after).extracting(Suggestion::itemKey).doesNotContain(cafe.itemKey());
        assertThat(find(after, f.otherCafe).score())
                .as("another language café ranks lower")
                .isEqualTo(alikeBefore - ForYouService.ALIKE_PENALTY);
        // someone else is not affected
        TestAccounts.Created omar = resident(f.language());
        assertThat(RunAs.as(omar, Roles.RESIDENT, forYou::forMe).of(SuggestionKind.EVENT))
                .extracting(Suggestion::itemKey)
                .contains(cafe.itemKey());

        RunAs.run(amal, Roles.RESIDENT, forYou::forgetNotInterested);
        assertThat(RunAs.as(amal, Roles.RESIDENT, forYou::forMe).of(SuggestionKind.EVENT))
                .extracting(Suggestion::itemKey)
                .contains(cafe.itemKey());
    }

    @Test
    void genderAgeOriginAndArrivalNeverChangeTheSuggestions() {
        Fixture f = fixture();
        TestAccounts.Created plain = resident(f.language());
        TestAccounts.Created detailed = resident(f.language());
        RunAs.run(
                plain,
                Roles.RESIDENT,
                () -> mentoring.saveMyProfile(mentoringProfile(f.language(), Gender.UNSTATED, null), -1));
        RunAs.run(detailed, Roles.RESIDENT, () -> {
            mentoring.saveMyProfile(mentoringProfile(f.language(), Gender.WOMAN, AgeBand.AGE_26_35), -1);
            mentoring.giveSensitiveDetails("Eritrea", 2019, true);
        });

        ForYou forPlain = RunAs.as(plain, Roles.RESIDENT, forYou::forMe);
        ForYou forDetailed = RunAs.as(detailed, Roles.RESIDENT, forYou::forMe);

        assertThat(forDetailed.suggestions())
                .as("the same suggestions, for the same reasons")
                .isEqualTo(forPlain.suggestions());
        assertThat(forDetailed.suggestions())
                .flatExtracting(Suggestion::reasons)
                .extracting(Reason::value)
                .doesNotContain("WOMAN", "AGE_26_35", "Eritrea", "2019");
        // an event for women only is not ranked up for a woman: the audience is never matched
        assertThat(find(forDetailed.of(SuggestionKind.EVENT), f.forWomen).score())
                .isEqualTo(find(forDetailed.of(SuggestionKind.EVENT), f.cafe).score());
    }

    record Fixture(String language, EventId cafe, EventId otherCafe, EventId forWomen, EventId unrelated) {}

    private Fixture fixture() {
        String language = language();
        TestAccounts.Created staff = testAccounts.create("Lina", Roles.STAFF);
        Place here = RunAs.as(
                staff,
                Roles.STAFF,
                () -> places.create(new PlaceDetails(
                        "Ekbackens träffpunkt " + System.nanoTime(),
                        "Öppen för alla.",
                        "Ekvägen 3",
                        AREA,
                        null,
                        null,
                        "Mån–fre",
                        Set.of(AccessibilityFact.STEP_FREE_ENTRANCE),
                        null,
                        null)));
        LocalDateTime thursday = LocalDate.now()
                .plusDays(2)
                .with(TemporalAdjusters.next(DayOfWeek.THURSDAY))
                .atTime(LocalTime.of(18, 0));
        EventId cafe = RunAs.as(
                staff,
                Roles.STAFF,
                () -> editing.create(draft(
                        "Språkcafé på tigrinja",
                        here.id().value(),
                        thursday,
                        Category.LANGUAGE_CAFE,
                        Audience.EVERYONE,
                        Set.of("sv", language))));
        EventId otherCafe = RunAs.as(
                staff,
                Roles.STAFF,
                () -> editing.create(draft(
                        "Språkcafé i parken",
                        null,
                        thursday.plusDays(1),
                        Category.LANGUAGE_CAFE,
                        Audience.EVERYONE,
                        Set.of("sv", language))));
        EventId forWomen = RunAs.as(
                staff,
                Roles.STAFF,
                () -> editing.create(draft(
                        "Språkcafé för kvinnor",
                        here.id().value(),
                        thursday.plusMinutes(30),
                        Category.LANGUAGE_CAFE,
                        Audience.WOMEN,
                        Set.of("sv", language))));
        EventId unrelated = RunAs.as(
                staff,
                Roles.STAFF,
                () -> editing.create(draft(
                        "Styrelsemöte " + System.nanoTime(),
                        null,
                        thursday.withHour(10).plusDays(2),
                        Category.OTHER,
                        Audience.EVERYONE,
                        Set.of("sv"))));
        return new Fixture(language, cafe, otherCafe, forWomen, unrelated);
    }

    /** A resident who speaks Tigrinya, lives in Ekbacken, wants to learn Swedish and can come in the evenings. */
    private TestAccounts.Created resident(String language) {
        TestAccounts.Created resident = testAccounts.create("Amal", Roles.RESIDENT);
        RunAs.run(resident, Roles.RESIDENT, () -> {
            accounts.updateMyProfile(new ProfileUpdate("Amal", "sv", Set.of(language), AREA));
            forYou.saveMyAnswers(new Answers(Set.of(Goal.LEARN_SWEDISH), Set.of(), Set.of(Availability.EVENINGS)));
        });
        return resident;
    }

    private static ProfileDraft mentoringProfile(String language, Gender gender, AgeBand age) {
        return new ProfileDraft(
                true,
                false,
                Set.of(MentoringKind.LANGUAGE),
                Set.of(),
                Map.of(language, LanguageLevel.FLUENT),
                null,
                Set.of(Interest.MUSIC),
                "",
                AREA,
                Set.of(TimeSlot.EVENINGS),
                Set.of(MeetingMode.IN_PERSON),
                age,
                gender,
                false,
                null,
                null,
                1,
                "");
    }

    static EventDraft draft(
            String title,
            Long placeId,
            LocalDateTime start,
            Category category,
            Audience audience,
            Set<String> languages) {
        return EventDraft.builder()
                .title(title)
                .description("Välkommen!")
                .placeId(placeId == null ? null : new PlaceId(placeId))
                .onlineUrl(placeId == null ? "https://meet.brohamn.example/x" : null)
                .startsAt(start)
                .endsAt(start.plusHours(2))
                .category(category)
                .audience(audience)
                .languages(languages)
                .capacity(20)
                .build();
    }

    private static Suggestion find(List<Suggestion> suggestions, EventId event) {
        return suggestions.stream()
                .filter(s -> s.link().equals("events/" + event.value()))
                .findFirst()
                .orElseThrow(() -> new AssertionError("event " + event + " not suggested in " + suggestions));
    }
}
