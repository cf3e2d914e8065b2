package se.brobygge.mentoring.matching;

import java.util.Arrays;

/**
 * The obvious alternative, kept only for comparison in the benchmark: mentees in turn take the
 * best possible mentor who still has a place. Not used by rounds.
 */
public final class GreedyMatcher {

    private GreedyMatcher() {}

    /** @return the total score of the greedy assignment */
    public static long solve(Population p) {
        int m = p.mentorCount();
        int[] capacity = Arrays.copyOf(p.mentorSide.capacity, m);
        long total = 0;
        int[] row = new int[m];
        for (int i = 0; i < p.menteeCount(); i++) {
            int best = -1;
            int bestScore = -1;
            Scoring.scoreRow(p, i, row);
            for (int j = 0; j < m; j++) {
                if (capacity[j] > 0) {
                    int score = row[j];
                    if (score > bestScore) {
                        bestScore = score;
                        best = j;
                    }
                }
            }
            if (best >= 0) {
                capacity[best]--;
                total += bestScore;
            }
        }
        return total;
    }
}
