package se.brobygge.mentoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import se.brobygge.identity.Roles;
import se.brobygge.mentoring.internal.Candidates;
import se.brobygge.mentoring.internal.DueCheckIns;
import se.brobygge.mentoring.matching.Candidate;
import se.brobygge.mentoring.matching.Population;
import se.brobygge.mentoring.matching.Scoring;
import se.brobygge.shared.InvalidInputException;
import se.brobygge.shared.content.ContentHidden;
import se.brobygge.shared.content.ContentRef;
import se.brobygge.shared.content.ContentRestored;
import se.brobygge.shared.messaging.RelationshipSource;
import se.brobygge.shared.notify.NotificationKind;
import se.brobygge.support.IntegrationTest;
import se.brobygge.support.MutableClock;
import se.brobygge.support.PublishedRecorder;
import se.brobygge.support.RunAs;
import se.brobygge.support.TestAccounts;

@IntegrationTest
class MentoringIT {

    @Autowired
    TestAccounts accounts;

    @Autowired
    ProfileService profiles;

    @Autowired
    RoundService rounds;

    @Autowired
    MentorshipService mentorships;

    @Autowired
    MeetingLogService meetingLog;

    @Autowired
    MentorshipCheckInService checkIns;

    @Autowired
    FollowUpService followUp;

    @Autowired
    ApplicationContext context;

    @Autowired
    PublishedRecorder published;

    @Autowired
    MutableClock clock;

    @Autowired
    List<RelationshipSource> relationshipSources;

    @Autowired
    ApplicationEventPublisher events;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    static ProfileDraft mentee(
            Map<String, LanguageLevel> languages,
            Set<MentoringKind> seeking,
            String occupation,
            Set<Interest> interests,
            String area,
            Set<TimeSlot> times) {
        return new ProfileDraft(
                true,
                false,
                seeking,
                Set.of(),
                languages,
                occupation,
                interests,
                "",
                area,
                times,
                Set.of(MeetingMode.IN_PERSON, MeetingMode.ONLINE),
                AgeBand.AGE_26_35,
                Gender.WOMAN,
                false,
                null,
                null,
                1,
                "Öva svenska och hitta jobb");
    }

    static ProfileDraft mentor(
            Map<String, LanguageLevel> languages,
            Set<MentoringKind> offering,
            String occupation,
            Set<Interest> interests,
            String area,
            Set<TimeSlot> times,
            int capacity) {
        return new ProfileDraft(
                false,
                true,
                Set.of(),
                offering,
                languages,
                occupation,
                interests,
                "",
                area,
                times,
                Set.of(MeetingMode.IN_PERSON),
                AgeBand.AGE_51_65,
                Gender.MAN,
                false,
                null,
                null,
                capacity,
                "Dela erfarenhet");
    }

    TestAccounts.Created person(String name, ProfileDraft draft) {
        TestAccounts.Created account = accounts.create(name, Roles.RESIDENT);
        RunAs.as(account, Roles.RESIDENT, () -> profiles.saveMyProfile(draft, -1));
        return account;
    }

    RoundDetails runRound(
            TestAccounts.Created staff, List<TestAccounts.Created> mentees, List<TestAccounts.Created> mentors) {
        RoundId id = RunAs.as(
                staff,
                Roles.STAFF,
                () -> rounds.start(
                        "Höstens språkpar",
                        mentees.stream().map(a -> a.id()).toList(),
                        mentors.stream().map(a -> a.id()).toList()));
        return awaitProposed(staff, id);
    }

    RoundDetails awaitProposed(TestAccounts.Created staff, RoundId id) {
        Awaitility.await()
                .atMost(Duration.ofSeconds(30))
                .until(() -> RunAs.as(staff, Roles.STAFF, () -> rounds.round(id).status()) != RoundStatus.RUNNING);
        RoundDetails details = RunAs.as(staff, Roles.STAFF, () -> rounds.round(id));
        assertThat(details.status()).isEqualTo(RoundStatus.PROPOSED);
        return details;
    }

    @Test
    void aRoundOnASmallFixedDatasetReturnsTheBruteForceOptimumWithExplanations() {
        TestAccounts.Created staff = accounts.create("Lina", Roles.STAFF);
        List<ProfileDraft> menteeDrafts = List.of(
                mentee(
                        Map.of("ar", LanguageLevel.FLUENT, "sv", LanguageLevel.BASIC),
                        Set.of(MentoringKind.LANGUAGE, MentoringKind.PROFESSION),
                        "22",
                        Set.of(Interest.COOKING),
                        "Norrby",
                        Set.of(TimeSlot.EVENINGS)),
                mentee(
                        Map.of("ar", LanguageLevel.FLUENT),
                        Set.of(MentoringKind.SOCIAL),
                        "53",
                        Set.of(Interest.MUSIC, Interest.SPORTS),
                        "Centrum",
                        Set.of(TimeSlot.WEEKENDS, TimeSlot.EVENINGS)),
                mentee(
                        Map.of("prs", LanguageLevel.FLUENT, "sv", LanguageLevel.INTERMEDIATE),
                        Set.of(MentoringKind.PROFESSION),
                        "25",
                        Set.of(Interest.TECHNOLOGY),
                        "Norrby",
                        Set.of(TimeSlot.WEEKDAYS)),
                mentee(
                        Map.of("so", LanguageLevel.FLUENT),
                        Set.of(MentoringKind.LANGUAGE),
                        null,
                        Set.of(),
                        "Lillån",
                        Set.of(TimeSlot.EVENINGS)));
        List<ProfileDraft> mentorDrafts = List.of(
                mentor(
                        Map.of("sv", LanguageLevel.FLUENT, "ar", LanguageLevel.INTERMEDIATE),
                        Set.of(MentoringKind.PROFESSION, MentoringKind.LANGUAGE),
                        "22",
                        Set.of(Interest.COOKING),
                        "Norrby",
                        Set.of(TimeSlot.EVENINGS),
                        1),
                mentor(
                        Map.of("sv", LanguageLevel.FLUENT, "en", LanguageLevel.FLUENT),
                        Set.of(MentoringKind.PROFESSION),
                        "25",
                        Set.of(Interest.TECHNOLOGY),
                        "Norrby",
                        Set.of(TimeSlot.WEEKDAYS, TimeSlot.EVENINGS),
                        2),
                mentor(
                        Map.of("ar", LanguageLevel.FLUENT, "sv", LanguageLevel.FLUENT),
                        Set.of(MentoringKind.SOCIAL),
                        "53",
                        Set.of(Interest.MUSIC),
                        "Centrum",
                        Set.of(TimeSlot.WEEKENDS),
                        1));
        List<TestAccounts.Created> mentees = new ArrayList<>();
        for (int i = 0; i < menteeDrafts.size(); i++) {
            mentees.add(person("Adept " + i, menteeDrafts.get(i)));
        }
        List<TestAccounts.Created> mentors = new ArrayList<>();
        for (int i = 0; i < mentorDrafts.size(); i++) {
            mentors.add(person("Mentor " + i, mentorDrafts.get(i)));
        }

        RoundDetails round = runRound(staff, mentees, mentors);

        List<Candidate> menteeCandidates = new ArrayList<>();
        for (int i = 0; i < mentees.size(); i++) {
            menteeCandidates.add(Candidates.of(mentees.get(i).id().value(), menteeDrafts.get(i), true, 1));
        }
        List<Candidate> mentorCandidates = new ArrayList<>();
        for (int i = 0; i < mentors.size(); i++) {
            mentorCandidates.add(Candidates.of(
                    mentors.get(i).id().value(),
                    mentorDrafts.get(i),
                    false,
                    mentorDrafts.get(i).capacity()));
        }
        Population population = new Population(menteeCandidates, mentorCandidates);
        long optimum = bruteForce(population, 0, new int[mentors.size()]);
        assertThat(round.totalScore()).isEqualTo(optimum).isPositive();
        assertThat(round.proposals().stream()
                        .mapToLong(RoundDetails.Proposal::score)
                        .sum())
                .isEqualTo(optimum);
        assertThat(round.proposals()).hasSize(3);
        RoundDetails.Proposal nurse = round.proposals().stream()
                .filter(p -> p.menteeId().equals(mentees.get(0).id()))
                .findFirst()
                .orElseThrow();
        assertThat(nurse.mentorId()).isEqualTo(mentors.get(0).id());
        assertThat(nurse.explanation())
                .extracting(c -> c.kind().name())
                .contains("SHARED_LANGUAGES", "SAME_FIELD", "SAME_AREA", "COMMON_TIMES");
        assertThat(round.unmatched()).singleElement().satisfies(u -> {
            assertThat(u.accountId()).isEqualTo(mentees.get(3).id());
            assertThat(u.reason()).isEqualTo(UnmatchedReason.NO_SHARED_LANGUAGE);
        });
    }

    @Test
    void confirmingInvitesBothAndTheLifecycleRunsToCheckInsAndAlerts() {
        TestAccounts.Created staff = accounts.create("Lina", Roles.STAFF);
        TestAccounts.Created amal = person(
                "Amal Haddad",
                mentee(
                        Map.of("ar", LanguageLevel.FLUENT, "sv", LanguageLevel.BASIC),
                        Set.of(MentoringKind.LANGUAGE),
                        "22",
                        Set.of(Interest.COOKING),
                        "Norrby",
                        Set.of(TimeSlot.EVENINGS)));
        TestAccounts.Created erik = person(
                "Erik Lindqvist",
                mentor(
                        Map.of("sv", LanguageLevel.FLUENT, "ar", LanguageLevel.BASIC),
                        Set.of(MentoringKind.LANGUAGE),
                        "22",
                        Set.of(Interest.COOKING),
                        "Norrby",
                        Set.of(TimeSlot.EVENINGS),
                        1));
        RoundDetails round = runRound(staff, List.of(amal), List.of(erik));
        assertThat(round.proposals()).hasSize(1);

        int confirmed = RunAs.as(staff, Roles.STAFF, () -> rounds.confirm(round.id(), round.version()));
        assertThat(confirmed).isEqualTo(1);
        assertThat(published.notificationsTo(amal.id().value())).anySatisfy(n -> {
            assertThat(n.kind()).isEqualTo(NotificationKind.MENTORING);
            assertThat(n.subjectKey()).isEqualTo("mentoring.notify.invitation.subject");
            assertThat(n.args().getFirst()).isEqualTo("Erik");
            assertThat(n.link()).isEqualTo("/mentoring");
        });
        assertThat(published.notificationsTo(erik.id().value()))
                .anySatisfy(n -> assertThat(n.args().getFirst()).isEqualTo("Amal"));

        MentorshipView invitation =
                RunAs.as(amal, Roles.RESIDENT, () -> mentorships.mine()).getFirst();
        assertThat(invitation.status()).isEqualTo(MentorshipStatus.INVITED);
        assertThat(invitation.sharedLanguages()).containsExactly("ar", "sv");
        assertThatThrownBy(() -> RunAs.as(amal, Roles.RESIDENT, () -> mentorships.partner(invitation.id())))
                .as("no profile before both accepted")
                .isInstanceOf(AccessDeniedException.class);

        assertThat(RunAs.as(amal, Roles.RESIDENT, () -> mentorships.accept(invitation.id())))
                .isEqualTo(MentorshipStatus.INVITED);
        assertThat(RunAs.as(erik, Roles.RESIDENT, () -> mentorships.accept(invitation.id())))
                .isEqualTo(MentorshipStatus.ACTIVE);
        assertThat(RunAs.as(amal, Roles.RESIDENT, () -> mentorships.partner(invitation.id()))
                        .goals())
                .isEqualTo("Dela erfarenhet");
        assertThat(relationshipSources.stream()
                        .flatMap(s -> s.between(amal.id().value(), erik.id().value()).stream()))
                .extracting(r -> r.kind())
                .containsExactly("mentoring");

        RunAs.run(
                erik,
                Roles.RESIDENT,
                () -> meetingLog.logMeeting(
                        invitation.id(),
                        LocalDate.ofInstant(clock.instant(), ZoneId.of("Europe/Stockholm")),
                        90,
                        "Fika och samtal om vården"));
        Meeting logged = RunAs.as(amal, Roles.RESIDENT, () -> meetingLog.meetings(invitation.id()))
                .getFirst();
        assertThat(logged.what()).isEqualTo("Fika och samtal om vården");
        assertThat(published.contentsOf("mentoring"))
                .anyMatch(c -> c.ref().type().equals("meeting")
                        && c.ref().id() == logged.id()
                        && c.text().equals("Fika och samtal om vården"));
        events.publishEvent(new ContentHidden(new ContentRef("mentoring", "meeting", logged.id()), "Personuppgifter"));
        assertThat(RunAs.as(amal, Roles.RESIDENT, () -> meetingLog.meetings(invitation.id()))
                        .getFirst())
                .satisfies(m -> {
                    assertThat(m.hidden()).isTrue();
                    assertThat(m.what()).isEmpty();
                });
        events.publishEvent(new ContentRestored(new ContentRef("mentoring", "meeting", logged.id())));
        assertThat(RunAs.as(amal, Roles.RESIDENT, () -> meetingLog.meetings(invitation.id()))
                        .getFirst()
                        .what())
                .isEqualTo("Fika och samtal om vården");
        assertThatThrownBy(() -> RunAs.run(
                        amal,
                        Roles.RESIDENT,
                        () -> meetingLog.logMeeting(
                                invitation.id(),
                                LocalDate.ofInstant(clock.instant(), ZoneId.of("Europe/Stockholm"))
                                        .plusDays(3),
                                0,
                                " ")))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.errors())
                                .extracting(InvalidInputException.FieldError::field)
                                .containsExactly("date", "minutes", "what"));

        DueCheckIns.create(context);
        assertThat(RunAs.as(amal, Roles.RESIDENT, () -> mentorships.mine())
                        .getFirst()
                        .openCheckIn())
                .as("nothing due yet")
                .isNull();
        clock.advance(Duration.ofDays(32));
        int created = DueCheckIns.create(context);
        assertThat(created).isGreaterThanOrEqualTo(1);
        assertThat(DueCheckIns.create(context))
                .as("a second run creates nothing twice")
                .isZero();
        MentorshipView active =
                RunAs.as(amal, Roles.RESIDENT, () -> mentorships.mine()).getFirst();
        assertThat(active.openCheckIn()).isNotNull();
        assertThat(active.openCheckIn().month()).isEqualTo(1);
        assertThat(published.notificationsTo(amal.id().value()))
                .anyMatch(n -> n.subjectKey().equals("mentoring.notify.checkin.subject"));

        RunAs.run(
                amal,
                Roles.RESIDENT,
                () -> checkIns.answerCheckIn(active.openCheckIn().id(), 2, "Svårt att ses"));
        assertThat(published.notificationsTo(staff.id().value()))
                .anyMatch(n -> n.subjectKey().equals("mentoring.notify.alert.subject"));
        CoordinatorOverview overview = RunAs.as(staff, Roles.STAFF, () -> followUp.overview());
        assertThat(overview.alerts()).anyMatch(a -> a.mentorshipId() == invitation.id() && a.menteeScore() == 2);
        assertThat(overview.active()).anyMatch(p -> p.mentorshipId() == invitation.id() && p.meetings() == 1);

        RunAs.run(amal, Roles.RESIDENT, () -> mentorships.pause(invitation.id(), "Resa"));
        RunAs.run(amal, Roles.RESIDENT, () -> mentorships.resume(invitation.id()));
        RunAs.run(amal, Roles.RESIDENT, () -> mentorships.giveFeedback(invitation.id(), "Tack för allt"));
        RunAs.run(erik, Roles.RESIDENT, () -> mentorships.giveFeedback(invitation.id(), "Lärorikt"));
        assertThat(RunAs.as(erik, Roles.RESIDENT, () -> mentorships.mine())
                        .getFirst()
                        .status())
                .isEqualTo(MentorshipStatus.CLOSED);
    }

    @Test
    void aMentorCannotSeeAnotherMentorsMenteeAndResidentsCannotRunRounds() {
        TestAccounts.Created staff = accounts.create("Lina", Roles.STAFF);
        TestAccounts.Created mentee = person(
                "Noor",
                mentee(
                        Map.of("sv", LanguageLevel.BASIC),
                        Set.of(MentoringKind.LANGUAGE),
                        null,
                        Set.of(),
                        "Norrby",
                        Set.of(TimeSlot.EVENINGS)));
        TestAccounts.Created mentorA = person(
                "Anna",
                mentor(
                        Map.of("sv", LanguageLevel.FLUENT),
                        Set.of(MentoringKind.LANGUAGE),
                        null,
                        Set.of(),
                        "Norrby",
                        Set.of(TimeSlot.EVENINGS),
                        1));
        TestAccounts.Created mentorB = person(
                "Bo",
                mentor(
                        Map.of("en", LanguageLevel.FLUENT),
                        Set.of(MentoringKind.LANGUAGE),
                        null,
                        Set.of(),
                        "Norrby",
                        Set.of(TimeSlot.EVENINGS),
                        1));
        RoundDetails round = runRound(staff, List.of(mentee), List.of(mentorA, mentorB));
        RunAs.as(staff, Roles.STAFF, () -> rounds.confirm(round.id(), round.version()));
        long id = RunAs.as(mentee, Roles.RESIDENT, () -> mentorships.mine())
                .getFirst()
                .id();
        RunAs.as(mentee, Roles.RESIDENT, () -> mentorships.accept(id));
        RunAs.as(mentorA, Roles.RESIDENT, () -> mentorships.accept(id));

        assertThatThrownBy(() -> RunAs.as(mentorB, Roles.RESIDENT, () -> mentorships.partner(id)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> RunAs.as(mentorB, Roles.RESIDENT, () -> meetingLog.meetings(id)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> RunAs.as(mentorB, Roles.RESIDENT, () -> profiles.profileOf(mentee.id())))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> RunAs.as(mentorB, Roles.RESIDENT, () -> profiles.sensitiveDetailsOf(mentee.id())))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> RunAs.as(mentorB, Roles.EMPLOYER, () -> rounds.rounds()))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(RunAs.as(mentorB, Roles.RESIDENT, () -> mentorships.mine())).isEmpty();
    }

    @Test
    void twoStaffConfirmingTheSameRoundAtOnceOneWinsTheOtherIsTold() throws Exception {
        TestAccounts.Created lina = accounts.create("Lina", Roles.STAFF);
        TestAccounts.Created olle = accounts.create("Olle", Roles.STAFF);
        List<TestAccounts.Created> mentees = new ArrayList<>();
        List<TestAccounts.Created> mentors = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            mentees.add(person(
                    "Adept " + i,
                    mentee(
                            Map.of("sv", LanguageLevel.BASIC),
                            Set.of(MentoringKind.SOCIAL),
                            null,
                            Set.of(),
                            "Centrum",
                            Set.of(TimeSlot.EVENINGS))));
            mentors.add(person(
                    "Mentor " + i,
                    mentor(
                            Map.of("sv", LanguageLevel.FLUENT),
                            Set.of(MentoringKind.SOCIAL),
                            null,
                            Set.of(),
                            "Centrum",
                            Set.of(TimeSlot.EVENINGS),
                            1)));
        }
        RoundDetails round = runRound(lina, mentees, mentors);
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        List<Future<String>> results = new ArrayList<>();
        for (TestAccounts.Created staff : List.of(lina, olle)) {
            results.add(pool.submit(() -> {
                start.await();
                try {
                    RunAs.as(staff, Roles.STAFF, () -> rounds.confirm(round.id(), round.version()));
                    return "ok";
                } catch (InvalidInputException e) {
                    return e.errors().getFirst().messageKey();
                }
            }));
        }
        start.countDown();
        List<String> outcomes = new ArrayList<>();
        for (Future<String> f : results) {
            outcomes.add(f.get());
        }
        pool.shutdown();
        assertThat(outcomes).containsExactlyInAnyOrder("ok", "mentoring.round.alreadyConfirmed");
        long invitations = mentees.stream()
                .mapToLong(m ->
                        RunAs.as(m, Roles.RESIDENT, () -> mentorships.mine()).size())
                .sum();
        assertThat(invitations).as("one invitation per mentee, not two").isEqualTo(3);
    }

    @Test
    void confirmationIsAllOrNothingWhenAPersonWasTakenMeanwhile() {
        TestAccounts.Created staff = accounts.create("Lina", Roles.STAFF);
        TestAccounts.Created a = person(
                "Adept A",
                mentee(
                        Map.of("sv", LanguageLevel.BASIC),
                        Set.of(MentoringKind.SOCIAL),
                        null,
                        Set.of(),
                        "Centrum",
                        Set.of(TimeSlot.EVENINGS)));
        TestAccounts.Created b = person(
                "Adept B",
                mentee(
                        Map.of("sv", LanguageLevel.BASIC),
                        Set.of(MentoringKind.SOCIAL),
                        null,
                        Set.of(),
                        "Centrum",
                        Set.of(TimeSlot.EVENINGS)));
        TestAccounts.Created m1 = person(
                "Mentor 1",
                mentor(
                        Map.of("sv", LanguageLevel.FLUENT),
                        Set.of(MentoringKind.SOCIAL),
                        null,
                        Set.of(),
                        "Centrum",
                        Set.of(TimeSlot.EVENINGS),
                        1));
        TestAccounts.Created m2 = person(
                "Mentor 2",
                mentor(
                        Map.of("sv", LanguageLevel.FLUENT),
                        Set.of(MentoringKind.SOCIAL),
                        null,
                        Set.of(),
                        "Centrum",
                        Set.of(TimeSlot.EVENINGS),
                        1));
        RoundDetails first = runRound(staff, List.of(a, b), List.of(m1, m2));
        RoundDetails second = runRound(staff, List.of(b), List.of(m1, m2));
        RunAs.as(staff, Roles.STAFF, () -> rounds.confirm(second.id(), second.version()));

        assertThatThrownBy(() -> RunAs.as(staff, Roles.STAFF, () -> rounds.confirm(first.id(), first.version())))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.errors().getFirst().messageKey())
                                .isEqualTo("mentoring.round.confirmConflict"));
        assertThat(RunAs.as(a, Roles.RESIDENT, () -> mentorships.mine()))
                .as("nothing half saved")
                .isEmpty();
        assertThat(RunAs.as(staff, Roles.STAFF, () -> rounds.round(first.id())).status())
                .isEqualTo(RoundStatus.PROPOSED);
    }

    @Test
    void staffLockRejectAndExcludeThenRunAgain() {
        TestAccounts.Created staff = accounts.create("Lina", Roles.STAFF);
        TestAccounts.Created a = person(
                "Adept A",
                mentee(
                        Map.of("sv", LanguageLevel.BASIC),
                        Set.of(MentoringKind.SOCIAL),
                        null,
                        Set.of(Interest.MUSIC),
                        "Centrum",
                        Set.of(TimeSlot.EVENINGS)));
        TestAccounts.Created m1 = person(
                "Mentor 1",
                mentor(
                        Map.of("sv", LanguageLevel.FLUENT),
                        Set.of(MentoringKind.SOCIAL),
                        null,
                        Set.of(Interest.MUSIC),
                        "Centrum",
                        Set.of(TimeSlot.EVENINGS),
                        1));
        TestAccounts.Created m2 = person(
                "Mentor 2",
                mentor(
                        Map.of("sv", LanguageLevel.FLUENT),
                        Set.of(MentoringKind.SOCIAL),
                        null,
                        Set.of(),
                        "Centrum",
                        Set.of(TimeSlot.EVENINGS),
                        1));
        RoundDetails round = runRound(staff, List.of(a), List.of(m1, m2));
        RoundDetails.Proposal best = round.proposals().getFirst();
        assertThat(best.mentorId()).isEqualTo(m1.id());

        RunAs.run(staff, Roles.STAFF, () -> rounds.mark(best.id(), ProposalStatus.EXCLUDED));
        assertThatThrownBy(() -> RunAs.as(staff, Roles.STAFF, () -> rounds.confirm(round.id(), round.version())))
                .as("the round changed since it was shown")
                .isInstanceOf(InvalidInputException.class);
        RunAs.run(staff, Roles.STAFF, () -> rounds.rerun(round.id()));
        RoundDetails again = awaitProposed(staff, round.id());
        assertThat(again.proposals())
                .filteredOn(p -> p.status() == ProposalStatus.PROPOSED)
                .singleElement()
                .satisfies(p -> assertThat(p.mentorId()).isEqualTo(m2.id()));

        assertThatThrownBy(() -> RunAs.as(staff, Roles.STAFF, () -> rounds.start(" ", List.of(), List.of())))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.errors())
                                .extracting(InvalidInputException.FieldError::field)
                                .containsExactly("name", "mentees", "mentors"));
    }

    @Test
    void badProfileInputIsRefusedAndSensitiveDetailsAreErasedOnWithdrawal() {
        TestAccounts.Created amal = accounts.create("Amal", Roles.RESIDENT);
        ProfileDraft contradictory = new ProfileDraft(
                true,
                true,
                Set.of(MentoringKind.LANGUAGE),
                Set.of(),
                Map.of("ar", LanguageLevel.FLUENT),
                null,
                Set.of(),
                "",
                "Norrby",
                Set.of(TimeSlot.EVENINGS),
                Set.of(MeetingMode.ONLINE),
                null,
                Gender.UNSTATED,
                true,
                AgeBand.AGE_51_65,
                AgeBand.AGE_18_25,
                0,
                "");
        assertThatThrownBy(() -> RunAs.as(amal, Roles.RESIDENT, () -> profiles.saveMyProfile(contradictory, -1)))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.errors())
                                .extracting(InvalidInputException.FieldError::messageKey)
                                .contains(
                                        "mentoring.profile.offeringRequired", "mentoring.profile.capacityPositive",
                                        "mentoring.profile.ageRangeContradictory",
                                                "mentoring.profile.sameGenderNeedsGender"));
        assertThat(RunAs.as(amal, Roles.RESIDENT, () -> profiles.myProfile()).version())
                .as("nothing saved")
                .isEqualTo(-1);

        assertThatThrownBy(() ->
                        RunAs.as(amal, Roles.RESIDENT, () -> profiles.giveSensitiveDetails("Syrien", 2016, false)))
                .isInstanceOf(InvalidInputException.class);
        RunAs.as(amal, Roles.RESIDENT, () -> profiles.giveSensitiveDetails("Syrien", 2016, true));
        TestAccounts.Created staff = accounts.create("Lina", Roles.STAFF);
        assertThat(RunAs.as(staff, Roles.STAFF, () -> profiles.sensitiveDetailsOf(amal.id())))
                .hasValueSatisfying(s -> {
                    assertThat(s.countryOfOrigin()).isEqualTo("Syrien");
                    assertThat(s.consentTextVersion()).isEqualTo(ProfileService.CONSENT_TEXT_VERSION);
                    assertThat(s.consentGivenAt()).isNotNull();
                });
        RunAs.run(amal, Roles.RESIDENT, () -> profiles.withdrawSensitiveDetails());
        assertThat(RunAs.as(staff, Roles.STAFF, () -> profiles.sensitiveDetailsOf(amal.id())))
                .isEmpty();
        assertThat(RunAs.as(amal, Roles.RESIDENT, () -> profiles.mySensitiveDetails()))
                .isEmpty();
    }

    @Test
    void anExpiredInvitationCannotBeAccepted() {
        TestAccounts.Created staff = accounts.create("Lina", Roles.STAFF);
        TestAccounts.Created a = person(
                "Adept",
                mentee(
                        Map.of("sv", LanguageLevel.BASIC),
                        Set.of(MentoringKind.SOCIAL),
                        null,
                        Set.of(),
                        "Centrum",
                        Set.of(TimeSlot.EVENINGS)));
        TestAccounts.Created m = person(
                "Mentor",
                mentor(
                        Map.of("sv", LanguageLevel.FLUENT),
                        Set.of(MentoringKind.SOCIAL),
                        null,
                        Set.of(),
                        "Centrum",
                        Set.of(TimeSlot.EVENINGS),
                        1));
        RoundDetails round = runRound(staff, List.of(a), List.of(m));
        RunAs.as(staff, Roles.STAFF, () -> rounds.confirm(round.id(), round.version()));
        long id =
                RunAs.as(a, Roles.RESIDENT, () -> mentorships.mine()).getFirst().id();
        clock.advance(Duration.ofDays(15));
        assertThatThrownBy(() -> RunAs.as(a, Roles.RESIDENT, () -> mentorships.accept(id)))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.errors().getFirst().messageKey()).isEqualTo("mentoring.invitation.expired"));
        RunAs.run(m, Roles.RESIDENT, () -> {
            assertThatThrownBy(() -> mentorships.decline(id, "Ingen tid")).isInstanceOf(InvalidInputException.class);
        });
    }

    private static long bruteForce(Population p, int mentee, int[] load) {
        if (mentee == p.menteeCount()) {
            return 0;
        }
        long best = bruteForce(p, mentee + 1, load);
        for (int j = 0; j < p.mentorCount(); j++) {
            int score = Scoring.score(p, mentee, j);
            if (score >= 0 && load[j] < p.mentor(j).capacity()) {
                load[j]++;
                best = Math.max(best, score + bruteForce(p, mentee + 1, load));
                load[j]--;
            }
        }
        return best;
    }
}
