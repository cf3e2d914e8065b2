package se.brobygge.insights.foryou;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import se.brobygge.associations.AssociationId;
import se.brobygge.associations.AssociationReviewService;
import se.brobygge.associations.AssociationService;
import se.brobygge.associations.AssociationTestData;
import se.brobygge.employers.CardService;
import se.brobygge.employers.EmployerId;
import se.brobygge.employers.EmployerService;
import se.brobygge.employers.EmployerTestData;
import se.brobygge.employers.PostingId;
import se.brobygge.employers.PostingService;
import se.brobygge.employers.SessionId;
import se.brobygge.employers.SessionService;
import se.brobygge.identity.AccountService;
import se.brobygge.identity.ProfileUpdate;
import se.brobygge.identity.Roles;
import se.brobygge.places.PlaceService;
import se.brobygge.support.IntegrationTest;
import se.brobygge.support.RunAs;
import se.brobygge.support.TestAccounts;

/**
 * "For you" suggests an association, an upcoming employer session and an internship to a resident
 * whose languages, area, goals or occupation match, with the reasons, and not to a resident who has
 * nothing in common with them.
 */
@IntegrationTest
class ForYouWorkAndAssociationsIT {

    /** Where the matching resident lives; the one who does not match lives in {@link #ELSEWHERE}. */
    static final String AREA = "Söderdal";

    static final String ELSEWHERE = "Norrby";

    /** Advokater: a group no other test posts internships in. */
    static final String LAWYER = "2611";

    @Autowired
    ForYouService forYou;

    @Autowired
    AccountService accounts;

    @Autowired
    AssociationService associations;

    @Autowired
    AssociationReviewService associationReview;

    @Autowired
    EmployerService employers;

    @Autowired
    SessionService sessions;

    @Autowired
    PostingService postings;

    @Autowired
    CardService cards;

    @Autowired
    PlaceService places;

    @Autowired
    TestAccounts testAccounts;

    @Test
    void anAssociationMeetingInMyLanguageAndAreaIsSuggested() {
        String language = ForYouIT.language();
        TestAccounts.Created founder = testAccounts.create("Karim", Roles.RESIDENT);
        TestAccounts.Created lina = testAccounts.create("Lina", Roles.STAFF);
        AssociationId club = RunAs.as(
                founder,
                Roles.RESIDENT,
                () -> associations.register(AssociationTestData.draft(
                        AssociationTestData.unique("Söderdals IF"), Set.of("sv", language), Set.of(AREA))));
        RunAs.run(lina, Roles.STAFF, () -> associationReview.verify(club));
        TestAccounts.Created amal = resident(Set.of(language), AREA, Set.of());
        TestAccounts.Created omar = resident(Set.of("fa"), ELSEWHERE, Set.of(Goal.MEET_PEOPLE));

        Suggestion suggested = find(suggestions(amal, SuggestionKind.ASSOCIATION), Long.toString(club.value()));

        assertThat(suggested.link()).isEqualTo("associations/" + club.value());
        assertThat(suggested.reasons())
                .containsExactly(new Reason(Reason.Kind.LANGUAGE, language), new Reason(Reason.Kind.AREA, AREA));
        assertThat(suggestions(omar, SuggestionKind.ASSOCIATION))
                .extracting(Suggestion::itemKey)
                .as("another language, another area")
                .doesNotContain(Long.toString(club.value()));
    }

    @Test
    void anUpcomingEmployerSessionInMyAreaIsSuggestedToSomeoneLookingForWork() {
        TestAccounts.Created lina = testAccounts.create("Lina", Roles.STAFF);
        long place = EmployerTestData.place(lina, places);
        SessionId session = RunAs.as(
                        lina,
                        Roles.STAFF,
                        () -> sessions.create(EmployerTestData.session(
                                "Jobb i Söderdal " + System.nanoTime(),
                                place,
                                AREA,
                                4,
                                EmployerTestData.quotas(2, 2, 0, 0, 0))))
                .getFirst();
        TestAccounts.Created amal = resident(Set.of("ar"), AREA, Set.of(Goal.FIND_WORK));
        TestAccounts.Created omar = resident(Set.of("fa"), ELSEWHERE, Set.of(Goal.MEET_PEOPLE));

        Suggestion suggested = find(suggestions(amal, SuggestionKind.SESSION), Long.toString(session.value()));

        assertThat(suggested.link()).isEqualTo("employer-sessions/" + session.value());
        assertThat(suggested.reasons())
                .containsExactly(
                        new Reason(Reason.Kind.GOAL, Goal.FIND_WORK.name()), new Reason(Reason.Kind.AREA, AREA));
        assertThat(suggestions(omar, SuggestionKind.SESSION))
                .extracting(Suggestion::itemKey)
                .as("not looking for work and living elsewhere")
                .doesNotContain(Long.toString(session.value()));
    }

    @Test
    void anInternshipInMyOccupationAndAreaIsSuggested() {
        TestAccounts.Created lina = testAccounts.create("Lina", Roles.STAFF);
        TestAccounts.Created johan = testAccounts.create("Johan", Roles.RESIDENT);
        EmployerId firm = RunAs.as(
                johan,
                Roles.RESIDENT,
                () -> employers.register(EmployerTestData.employer("Advokatbyrån i Söderdal " + System.nanoTime())));
        RunAs.run(lina, Roles.STAFF, () -> employers.verify(firm));
        PostingId internship = RunAs.as(
                johan,
                Roles.RESIDENT,
                () -> postings.post(EmployerTestData.posting(firm, "Praktik på advokatbyrå", LAWYER, AREA)));
        TestAccounts.Created amal = resident(Set.of("ar"), AREA, Set.of());
        RunAs.run(
                amal, Roles.RESIDENT, () -> cards.saveMyCard(EmployerTestData.card(LAWYER, Set.of("ar", "sv"), true)));
        TestAccounts.Created omar = resident(Set.of("fa"), ELSEWHERE, Set.of(Goal.MEET_PEOPLE));
        RunAs.run(omar, Roles.RESIDENT, () -> cards.saveMyCard(EmployerTestData.card("5120", Set.of("fa"), true)));

        Suggestion suggested = find(suggestions(amal, SuggestionKind.INTERNSHIP), Long.toString(internship.value()));

        assertThat(suggested.link()).isEqualTo("jobs/" + internship.value());
        assertThat(suggested.reasons())
                .containsExactly(new Reason(Reason.Kind.OCCUPATION, LAWYER), new Reason(Reason.Kind.AREA, AREA));
        assertThat(suggestions(omar, SuggestionKind.INTERNSHIP))
                .extracting(Suggestion::itemKey)
                .as("a cook, not looking for work, living elsewhere")
                .doesNotContain(Long.toString(internship.value()));
    }

    private TestAccounts.Created resident(Set<String> languages, String area, Set<Goal> goals) {
        TestAccounts.Created resident = testAccounts.create("Amal", Roles.RESIDENT);
        RunAs.run(resident, Roles.RESIDENT, () -> {
            accounts.updateMyProfile(new ProfileUpdate("Amal", "sv", languages, area));
            forYou.saveMyAnswers(new Answers(goals, Set.of(), Set.of()));
        });
        return resident;
    }

    private List<Suggestion> suggestions(TestAccounts.Created resident, SuggestionKind kind) {
        return RunAs.as(resident, Roles.RESIDENT, forYou::forMe).of(kind);
    }

    private static Suggestion find(List<Suggestion> suggestions, String itemKey) {
        return suggestions.stream()
                .filter(s -> s.itemKey().equals(itemKey))
                .findFirst()
                .orElseThrow(() -> new AssertionError(itemKey + " not suggested in " + suggestions));
    }
}
