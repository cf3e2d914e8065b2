package se.brobygge.mentoring.matching;

import java.util.List;
import org.jspecify.annotations.Nullable;

/** A pair's score with its explanation, or the hard constraint that rules the pair out. */
public record Score(
        int total, List<Criterion> criteria, @Nullable UnmatchedReason ruledOutBy) {

    public Score {
        criteria = List.copyOf(criteria);
    }

    public boolean feasible() {
        return ruledOutBy == null;
    }

    static Score ruledOut(UnmatchedReason reason) {
        return new Score(0, List.of(), reason);
    }
}
