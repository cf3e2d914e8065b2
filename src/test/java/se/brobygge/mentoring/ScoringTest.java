package se.brobygge.mentoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;
import se.brobygge.mentoring.matching.AgeBand;
import se.brobygge.mentoring.matching.Candidate;
import se.brobygge.mentoring.matching.Criterion;
import se.brobygge.mentoring.matching.Gender;
import se.brobygge.mentoring.matching.Interest;
import se.brobygge.mentoring.matching.LanguageLevel;
import se.brobygge.mentoring.matching.MatchingEngine;
import se.brobygge.mentoring.matching.MeetingMode;
import se.brobygge.mentoring.matching.MentoringKind;
import se.brobygge.mentoring.matching.Population;
import se.brobygge.mentoring.matching.Score;
import se.brobygge.mentoring.matching.Scoring;
import se.brobygge.mentoring.matching.TimeSlot;
import se.brobygge.mentoring.matching.UnmatchedReason;

class ScoringTest {

    private static Candidate nurse(long id, Map<String, LanguageLevel> languages, Set<MentoringKind> kinds) {
        return new Candidate(
                id,
                languages,
                "22",
                Set.of(Interest.COOKING, Interest.MUSIC),
                "Norrby",
                Set.of(TimeSlot.EVENINGS),
                Set.of(MeetingMode.IN_PERSON),
                AgeBand.AGE_26_35,
                Gender.WOMAN,
                false,
                null,
                null,
                kinds,
                1);
    }

    @Test
    void everyCriterionIsExplainedWithItsPoints() {
        Candidate mentee = nurse(
                1,
                Map.of("ar", LanguageLevel.FLUENT, "sv", LanguageLevel.BASIC),
                Set.of(MentoringKind.LANGUAGE, MentoringKind.PROFESSION));
        Candidate mentor = nurse(
                2,
                Map.of("ar", LanguageLevel.INTERMEDIATE, "sv", LanguageLevel.FLUENT),
                Set.of(MentoringKind.PROFESSION));

        Score score = Scoring.explain(mentee, mentor);

        assertThat(score.feasible()).isTrue();
        assertThat(score.criteria())
                .containsExactly(
                        new Criterion(Criterion.Kind.SHARED_LANGUAGES, 20, List.of("ar", "sv")),
                        new Criterion(Criterion.Kind.SWEDISH_PRACTICE, 15, List.of()),
                        new Criterion(Criterion.Kind.GOALS, 10, List.of("PROFESSION")),
                        new Criterion(Criterion.Kind.SAME_FIELD, 25, List.of("22")),
                        new Criterion(Criterion.Kind.SHARED_INTERESTS, 10, List.of("COOKING", "MUSIC")),
                        new Criterion(Criterion.Kind.SAME_AREA, 10, List.of("Norrby")),
                        new Criterion(Criterion.Kind.COMMON_TIMES, 5, List.of("EVENINGS")));
        assertThat(score.total()).isEqualTo(95);
    }

    @Test
    void relatedFieldGivesFewerPointsThanTheSameField() {
        Candidate mentee = nurse(1, Map.of("sv", LanguageLevel.FLUENT), Set.of());
        Candidate mentor = new Candidate(
                2,
                Map.of("sv", LanguageLevel.FLUENT),
                "21",
                Set.of(),
                null,
                Set.of(TimeSlot.EVENINGS),
                Set.of(MeetingMode.IN_PERSON),
                null,
                Gender.MAN,
                false,
                null,
                null,
                Set.of(),
                1);
        assertThat(Scoring.explain(mentee, mentor).criteria())
                .contains(new Criterion(Criterion.Kind.RELATED_FIELD, 10, List.of("22", "21")));
    }

    @Test
    void unitGroupsMatchWithinTheirSubMajorGroupAndWithATwoDigitGroupStoredBefore() {
        assertThat(fieldCriterion("5321", "53"))
                .as("a new unit group meets the group stored before")
                .isEqualTo(new Criterion(Criterion.Kind.SAME_FIELD, 25, List.of("53")));
        assertThat(fieldCriterion("5120", "5131"))
                .as("cook and waiter, both service occupations")
                .isEqualTo(new Criterion(Criterion.Kind.SAME_FIELD, 25, List.of("51")));
        assertThat(fieldCriterion("5321", "5321"))
                .as("the same unit group is named as such")
                .isEqualTo(new Criterion(Criterion.Kind.SAME_FIELD, 25, List.of("5321")));
        assertThat(fieldCriterion("5120", "5321"))
                .as("service and care, the same major group")
                .isEqualTo(new Criterion(Criterion.Kind.RELATED_FIELD, 10, List.of("5120", "5321")));
        assertThat(fieldCriterion("2221", "7111")).isNull();
        Candidate mentee = occupied(1, "5321");
        Population population = new Population(List.of(mentee), List.of(occupied(2, "53"), occupied(3, "5120")));
        assertThat(Scoring.score(population, 0, 0))
                .isEqualTo(Scoring.explain(mentee, occupied(2, "53")).total());
        assertThat(Scoring.score(population, 0, 1))
                .isEqualTo(Scoring.explain(mentee, occupied(3, "5120")).total());
    }

    private static Candidate occupied(long id, String occupation) {
        return new Candidate(
                id,
                Map.of("sv", LanguageLevel.FLUENT),
                occupation,
                Set.of(),
                null,
                Set.of(TimeSlot.EVENINGS),
                Set.of(MeetingMode.IN_PERSON),
                null,
                Gender.MAN,
                false,
                null,
                null,
                Set.of(),
                1);
    }

    private static Criterion fieldCriterion(String mentee, String mentor) {
        return Scoring.explain(occupied(1, mentee), occupied(2, mentor)).criteria().stream()
                .filter(c -> c.kind() == Criterion.Kind.SAME_FIELD || c.kind() == Criterion.Kind.RELATED_FIELD)
                .findFirst()
                .orElse(null);
    }

    @Test
    void hardConstraintsRuleOutThePairWithTheReason() {
        Candidate arabic = nurse(1, Map.of("ar", LanguageLevel.FLUENT), Set.of());
        Candidate swedish = nurse(2, Map.of("sv", LanguageLevel.FLUENT), Set.of());
        assertThat(Scoring.explain(arabic, swedish).ruledOutBy()).isEqualTo(UnmatchedReason.NO_SHARED_LANGUAGE);

        Candidate weekends = new Candidate(
                3,
                Map.of("ar", LanguageLevel.FLUENT),
                null,
                Set.of(),
                null,
                Set.of(TimeSlot.WEEKENDS),
                Set.of(MeetingMode.IN_PERSON),
                null,
                Gender.MAN,
                false,
                null,
                null,
                Set.of(),
                1);
        assertThat(Scoring.explain(arabic, weekends).ruledOutBy()).isEqualTo(UnmatchedReason.NO_COMMON_TIME);

        Candidate onlineOnly = new Candidate(
                4,
                Map.of("ar", LanguageLevel.FLUENT),
                null,
                Set.of(),
                null,
                Set.of(TimeSlot.EVENINGS),
                Set.of(MeetingMode.ONLINE),
                null,
                Gender.WOMAN,
                false,
                null,
                null,
                Set.of(),
                1);
        assertThat(Scoring.explain(arabic, onlineOnly).ruledOutBy()).isEqualTo(UnmatchedReason.NO_COMMON_TIME);

        Candidate womanOnly = new Candidate(
                5,
                Map.of("ar", LanguageLevel.FLUENT),
                null,
                Set.of(),
                null,
                Set.of(TimeSlot.EVENINGS),
                Set.of(MeetingMode.IN_PERSON),
                AgeBand.AGE_26_35,
                Gender.WOMAN,
                true,
                null,
                null,
                Set.of(),
                1);
        Candidate man = new Candidate(
                6,
                Map.of("ar", LanguageLevel.FLUENT),
                null,
                Set.of(),
                null,
                Set.of(TimeSlot.EVENINGS),
                Set.of(MeetingMode.IN_PERSON),
                AgeBand.AGE_26_35,
                Gender.MAN,
                false,
                null,
                null,
                Set.of(),
                1);
        assertThat(Scoring.explain(womanOnly, man).ruledOutBy()).isEqualTo(UnmatchedReason.GENDER_PREFERENCE);
        assertThat(Scoring.explain(man, womanOnly).ruledOutBy())
                .as("the wish counts on either side")
                .isEqualTo(UnmatchedReason.GENDER_PREFERENCE);
        assertThat(Scoring.explain(womanOnly, arabic).feasible()).isTrue();

        Candidate wantsOlder = new Candidate(
                7,
                Map.of("ar", LanguageLevel.FLUENT),
                null,
                Set.of(),
                null,
                Set.of(TimeSlot.EVENINGS),
                Set.of(MeetingMode.IN_PERSON),
                AgeBand.AGE_18_25,
                Gender.MAN,
                false,
                AgeBand.AGE_51_65,
                AgeBand.AGE_66_PLUS,
                Set.of(),
                1);
        assertThat(Scoring.explain(wantsOlder, man).ruledOutBy()).isEqualTo(UnmatchedReason.AGE_PREFERENCE);
    }

    @Test
    void theFastScoreAndTheExplanationAgreeOnRandomPeople() {
        Random random = new Random(7);
        Population p =
                new Population(MatchingFixtures.mentees(60, 1, random), MatchingFixtures.mentors(60, 1000, random));
        int feasible = 0;
        int[] row = new int[p.mentorCount()];
        for (int i = 0; i < p.menteeCount(); i++) {
            Scoring.scoreRow(p, i, row);
            for (int j = 0; j < p.mentorCount(); j++) {
                int fast = Scoring.score(p, i, j);
                assertThat(row[j]).as("row and single pair agree").isEqualTo(fast);
                Score explained = Scoring.explain(p, i, j);
                if (fast >= 0) {
                    feasible++;
                    assertThat(explained.total()).isEqualTo(fast);
                    assertThat(explained.criteria().stream()
                                    .mapToInt(Criterion::points)
                                    .sum())
                            .isEqualTo(fast);
                } else {
                    assertThat(explained.feasible()).isFalse();
                }
            }
        }
        assertThat(feasible).isBetween(100, 3500);
    }

    @Test
    void theSolverFindsTheBruteForceOptimumOnSmallRandomRounds() {
        Random random = new Random(11);
        for (int round = 0; round < 30; round++) {
            List<Candidate> mentees = MatchingFixtures.mentees(6, 1, random);
            List<Candidate> mentors = MatchingFixtures.mentors(4, 100, random);
            Population p = new Population(mentees, mentors);
            long optimum = bruteForce(p, 0, new int[p.mentorCount()]);
            MatchingEngine.Result result = MatchingEngine.solve(p, MatchingEngine.Options.defaults());
            assertThat(result.totalScore()).as("round " + round).isEqualTo(optimum);
            assertThat(result.matches().stream()
                            .mapToLong(MatchingEngine.Match::score)
                            .sum())
                    .isEqualTo(optimum);
            assertThat(result.matches())
                    .allSatisfy(m -> assertThat(Scoring.explain(
                                            mentees.stream()
                                                    .filter(c -> c.id() == m.menteeId())
                                                    .findFirst()
                                                    .orElseThrow(),
                                            mentors.stream()
                                                    .filter(c -> c.id() == m.mentorId())
                                                    .findFirst()
                                                    .orElseThrow())
                                    .total())
                            .isEqualTo(m.score()));
        }
    }

    @Test
    void mentorCapacityIsRespectedAndTheRestAreListedWithAReason() {
        Candidate popular = MatchingFixtures.person(100, Map.of("sv", LanguageLevel.FLUENT), Set.of(), 2);
        Candidate arabicOnly = MatchingFixtures.person(101, Map.of("ar", LanguageLevel.FLUENT), Set.of(), 1);
        List<Candidate> mentees = new ArrayList<>();
        for (long id = 1; id <= 3; id++) {
            mentees.add(MatchingFixtures.person(id, Map.of("sv", LanguageLevel.BASIC), Set.of(), 1));
        }
        mentees.add(MatchingFixtures.person(4, Map.of("so", LanguageLevel.FLUENT), Set.of(), 1));

        MatchingEngine.Result result = MatchingEngine.solve(
                new Population(mentees, List.of(popular, arabicOnly)), MatchingEngine.Options.defaults());

        assertThat(result.matches()).hasSize(2).allMatch(m -> m.mentorId() == 100);
        assertThat(result.unmatched())
                .extracting(MatchingEngine.Unmatched::reason)
                .containsExactlyInAnyOrder(
                        UnmatchedReason.NO_CAPACITY,
                        UnmatchedReason.NO_SHARED_LANGUAGE,
                        UnmatchedReason.NO_SHARED_LANGUAGE);
        assertThat(result.unmatched())
                .filteredOn(u -> u.accountId() == 4)
                .singleElement()
                .extracting(MatchingEngine.Unmatched::reason)
                .isEqualTo(UnmatchedReason.NO_SHARED_LANGUAGE);
    }

    @Test
    void lockedPairsStayAndExcludedPairsAreNeverProposed() {
        Random random = new Random(3);
        List<Candidate> mentees = MatchingFixtures.mentees(8, 1, random);
        List<Candidate> mentors = MatchingFixtures.mentors(8, 100, random);
        Population p = new Population(mentees, mentors);
        MatchingEngine.Result free = MatchingEngine.solve(p, MatchingEngine.Options.defaults());
        MatchingEngine.Match first = free.matches().getFirst();
        var excluded = new MatchingEngine.Pair(first.menteeId(), first.mentorId());
        MatchingEngine.Result without =
                MatchingEngine.solve(p, new MatchingEngine.Options(24, Set.of(excluded), Set.of()));
        assertThat(without.matches())
                .noneMatch(m -> m.menteeId() == first.menteeId() && m.mentorId() == first.mentorId());
        assertThat(without.totalScore()).isLessThanOrEqualTo(free.totalScore());
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
