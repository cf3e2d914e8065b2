package se.brobygge.mentoring;

import java.util.List;

/**
 * One line of a pair's explanation: which criterion, how many points, and what it rests on
 * (language codes, an occupation code, an area, time slots, interests or kinds, as the kind says).
 */
public record Criterion(Kind kind, int points, List<String> args) {

    public enum Kind {
        SHARED_LANGUAGES,
        SWEDISH_PRACTICE,
        GOALS,
        SAME_FIELD,
        RELATED_FIELD,
        SHARED_INTERESTS,
        SAME_AREA,
        COMMON_TIMES
    }

    public Criterion {
        args = List.copyOf(args);
    }
}
