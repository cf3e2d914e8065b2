package se.brobygge.mentoring.matching;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import se.brobygge.mentoring.MatchingFixtures;

/** The solver's row scoring gives every pair the same score and reason as {@link Scoring#score}. */
class RowScorerTest {

    @Test
    void rowsAgreeWithTheScoreOfEachPair() {
        Random random = new Random(5);
        assertRowsAgree(
                new Population(MatchingFixtures.mentees(80, 1, random), MatchingFixtures.mentors(70, 1000, random)));
    }

    @Test
    void rowsAgreeWithManyLanguagesAndPeopleWithoutOccupationOrArea() {
        Random random = new Random(9);
        // 100 languages: three words of language bits, beyond the first 64 too
        List<Candidate> mentees = varied(MatchingFixtures.mentees(90, 1, random), random);
        List<Candidate> mentors = varied(MatchingFixtures.mentors(90, 1000, random), random);
        assertRowsAgree(new Population(mentees, mentors));
    }

    private static List<Candidate> varied(List<Candidate> people, Random random) {
        List<Candidate> result = new ArrayList<>();
        for (Candidate c : people) {
            Map<String, LanguageLevel> languages = new HashMap<>(c.languages());
            for (int l = 0; l < 3; l++) {
                languages.put(
                        "x" + random.nextInt(100),
                        LanguageLevel.values()[random.nextInt(LanguageLevel.values().length)]);
            }
            boolean bare = random.nextInt(4) == 0;
            result.add(new Candidate(
                    c.id(),
                    languages,
                    bare ? null : c.occupation(),
                    c.interests(),
                    bare ? null : c.area(),
                    c.times(),
                    c.modes(),
                    c.ageBand(),
                    c.gender(),
                    c.sameGenderOnly(),
                    c.partnerMinAge(),
                    c.partnerMaxAge(),
                    c.kinds(),
                    c.capacity()));
        }
        return result;
    }

    private static void assertRowsAgree(Population p) {
        RowScorer scorer = new RowScorer(p);
        int m = p.mentorCount();
        int[] row = new int[m];
        int[] scratch = new int[m];
        int[] histogram = new int[RowScorer.MAX_SCORE + 2];
        int feasible = 0;
        for (int i = 0; i < p.menteeCount(); i++) {
            scorer.row(i, row, scratch, histogram);
            int[] expectedHistogram = new int[histogram.length];
            for (int j = 0; j < m; j++) {
                int score = Scoring.score(p, i, j);
                if (score >= 0) {
                    feasible++;
                    assertThat(row[j]).as("pair %d, %d", i, j).isEqualTo(score);
                    assertThat(scorer.reason(i, j)).isEqualTo(-1);
                } else {
                    assertThat(row[j]).as("pair %d, %d", i, j).isEqualTo(RowScorer.RULED_OUT);
                    assertThat(scorer.reason(i, j))
                            .isEqualTo(Scoring.reasonOf(score).ordinal());
                }
                expectedHistogram[Math.max(score, RowScorer.RULED_OUT) + 1]++;
            }
            assertThat(histogram).isEqualTo(expectedHistogram);
        }
        assertThat(feasible).as("possible pairs").isGreaterThan(100);
    }
}
